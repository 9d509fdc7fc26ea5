import * as fs from 'node:fs';
import * as path from 'node:path';
import type { chat_v1 } from '@googleapis/chat';
import { OfflineWorkspace } from '../../sim/workspace';
import { MAX_WIDGETS_PER_SECTION, readHostResponse } from '../../sim/services/card-service';
import { makeTempDir } from '../support/temp-dirs';

/** A throwaway Apps Script project (not an add-on) whose functions build cards. */
function projectWith(code: string): string {
  const dir = makeTempDir('cards-');
  fs.writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Europe/Berlin', runtimeVersion: 'V8' }));
  fs.writeFileSync(path.join(dir, 'Code.js'), code);
  return dir;
}

function workspace(): OfflineWorkspace {
  const ws = new OfflineWorkspace({ seed: 'cards' });
  ws.directory.addTenant({
    customerId: 'C0cards', domains: ['cards.example'], organizationName: 'Cards', timeZone: 'Europe/Berlin',
    language: 'en', orgUnits: [], groups: [], schemas: [],
  });
  ws.directory.addUser({
    kind: 'admin#directory#user', id: 'u1', primaryEmail: 'ada@cards.example', name: { givenName: 'Ada', familyName: 'L' },
    isAdmin: true, isDelegatedAdmin: false, suspended: false, archived: false, isMailboxSetup: true, orgUnitPath: '/',
    customerId: 'C0cards', creationTime: '2020-01-01T00:00:00Z',
  });
  return ws;
}

function run(code: string, fn = 'main') {
  const ws = workspace();
  const p = ws.loadProject(projectWith(code));
  return ws.run(p, fn, { user: 'ada@cards.example' });
}

// ---- runtime check that every key of the JSON exists in the @googleapis/chat declarations, by type -------------
type Schema = Map<string, Map<string, string>>;
function loadSchema(): Schema {
  const file = require.resolve('@googleapis/chat').replace(/index\.js$/, 'v1.d.ts');
  const src = fs.readFileSync(fs.existsSync(file) ? file : path.join(path.dirname(file), 'v1.d.ts'), 'utf8');
  const schema: Schema = new Map();
  const re = /export interface (Schema\$\w+) \{([\s\S]*?)\n {4}\}/g;
  for (let m; (m = re.exec(src)); ) {
    const fields = new Map<string, string>();
    for (const f of m[2].matchAll(/^\s+(\w+)\?: ([^;]+);/gm)) fields.set(f[1], f[2].replace(/\[\]$/, '').replace(/ \| null$/, ''));
    schema.set(m[1], fields);
  }
  return schema;
}
function unknownKeys(schema: Schema, value: unknown, type: string, at: string, out: string[]): string[] {
  const fields = schema.get(type);
  if (!fields || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    value.forEach((v, i) => unknownKeys(schema, v, type, `${at}[${i}]`, out));
    return out;
  }
  for (const [k, v] of Object.entries(value)) {
    const t = fields.get(k);
    if (!t) out.push(`${at}.${k} (not in ${type})`);
    else unknownKeys(schema, v, t, `${at}.${k}`, out);
  }
  return out;
}

const EVERY_WIDGET = `
function main() {
  var a = CardService.newAction().setFunctionName('dispatchAction').setParameters({ action: 'x', id: '7' })
    .setLoadIndicator(CardService.LoadIndicator.SPINNER);
  var s1 = CardService.newCardSection().setHeader('All widgets').setCollapsible(true).setNumUncollapsibleWidgets(2)
    .addWidget(CardService.newTextParagraph().setText('<b>Bold</b> & plain'))
    .addWidget(CardService.newDecoratedText().setText('Ada').setTopLabel('Name').setBottomLabel('Admin').setWrapText(true)
      .setStartIcon(CardService.newIconImage().setIcon(CardService.Icon.PERSON)).setOnClickAction(a))
    .addWidget(CardService.newDecoratedText().setText('Sync').setSwitchControl(
      CardService.newSwitch().setFieldName('sync').setValue('on').setSelected(true).setOnChangeAction(a)))
    .addWidget(CardService.newDecoratedText().setText('Docs').setIcon(CardService.Icon.DESCRIPTION).setButton(
      CardService.newTextButton().setText('Open').setOpenLink(CardService.newOpenLink().setUrl('https://docs.google.com/x'))))
    .addWidget(CardService.newTextInput().setFieldName('q').setTitle('Search').setHint('Name or email').setValue('a')
      .setMultiline(false).setOnChangeAction(a).setSuggestions(CardService.newSuggestions().addSuggestion('ada')))
    .addWidget(CardService.newSelectionInput().setFieldName('dept').setTitle('Departments')
      .setType(CardService.SelectionInputType.CHECK_BOX).addItem('Sales', 'sales', true).addItem('R&D', 'rd', false))
    .addWidget(CardService.newSelectionInput().setFieldName('mode').setType(CardService.SelectionInputType.DROPDOWN)
      .addItem('Standard', 'std', true).addItem('Mirror', 'mirror', false))
    .addWidget(CardService.newDatePicker().setFieldName('d').setTitle('Start').setValueInMsSinceEpoch(1767225600000))
    .addWidget(CardService.newDateTimePicker().setFieldName('dt').setTitle('At').setValueInMsSinceEpoch('1767225600000')
      .setTimeZoneOffsetInMins(60))
    .addWidget(CardService.newTimePicker().setFieldName('t').setTitle('Nightly at').setHours(3).setMinutes(0))
    .addWidget(CardService.newButtonSet()
      .addButton(CardService.newTextButton().setText('Save').setTextButtonStyle(CardService.TextButtonStyle.FILLED)
        .setBackgroundColor('#1a73e8').setOnClickAction(a))
      .addButton(CardService.newTextButton().setText('Off').setDisabled(true).setOnClickAction(a))
      .addButton(CardService.newImageButton().setIcon(CardService.Icon.STAR).setAltText('Star').setOnClickAction(a)))
    .addWidget(CardService.newImage().setImageUrl('https://example.com/a.png').setAltText('Logo'))
    .addWidget(CardService.newDivider())
    .addWidget(CardService.newGrid().setTitle('Grid').setNumColumns(2).setOnClickAction(a)
      .addItem(CardService.newGridItem().setIdentifier('g1').setTitle('One')
        .setImage(CardService.newImageComponent().setImageUrl('https://example.com/1.png')
          .setCropStyle(CardService.newImageCropStyle().setImageCropType(CardService.ImageCropType.SQUARE)))));
  return CardService.newCardBuilder().setName('all')
    .setHeader(CardService.newCardHeader().setTitle('Autograph').setSubtitle('Admin').setImageUrl('https://example.com/l.png')
      .setImageStyle(CardService.ImageStyle.CIRCLE))
    .setPeekCardHeader(CardService.newCardHeader().setTitle('Peek'))
    .addSection(s1)
    .addCardAction(CardService.newCardAction().setText('Help').setOnClickAction(a))
    .setFixedFooter(CardService.newFixedFooter().setPrimaryButton(CardService.newTextButton().setText('Done').setOnClickAction(a)))
    .build();
}
function printed() { return main().printJson(); }
`;

describe('CardService', () => {
  it('prints google.apps.card.v1 JSON that fits chat_v1.Schema$GoogleAppsCardV1Card, key by key', () => {
    const r = run(EVERY_WIDGET, 'printed');
    expect(r.ok).toBe(true);
    const card: chat_v1.Schema$GoogleAppsCardV1Card = JSON.parse(r.value as string);
    expect(unknownKeys(loadSchema(), card, 'Schema$GoogleAppsCardV1Card', 'card', [])).toEqual([]);
    expect(card.name).toBe('all');
    expect(card.header).toEqual({ title: 'Autograph', subtitle: 'Admin', imageUrl: 'https://example.com/l.png', imageType: 'CIRCLE' });
    const w = card.sections![0].widgets!;
    expect(w[0]).toEqual({ textParagraph: { text: '<b>Bold</b> & plain' } });
    expect(w[1].decoratedText?.onClick?.action).toEqual({
      function: 'dispatchAction',
      parameters: [{ key: 'action', value: 'x' }, { key: 'id', value: '7' }],
      loadIndicator: 'SPINNER',
    });
    expect(w[2].decoratedText?.switchControl).toMatchObject({ name: 'sync', value: 'on', selected: true });
    expect(w[4].textInput).toMatchObject({ name: 'q', label: 'Search', hintText: 'Name or email', value: 'a', type: 'SINGLE_LINE' });
    expect(w[5].selectionInput?.items).toEqual([
      { text: 'Sales', value: 'sales', selected: true },
      { text: 'R&D', value: 'rd', selected: false },
    ]);
    expect(w[7].dateTimePicker).toMatchObject({ name: 'd', type: 'DATE_ONLY', valueMsEpoch: '1767225600000' });
    expect(w[9].dateTimePicker).toMatchObject({ name: 't', type: 'TIME_ONLY', valueMsEpoch: String(3 * 3600_000) });
    expect(w[10].buttonList?.buttons?.[0]).toMatchObject({ text: 'Save', type: 'FILLED', color: { red: 0.102, green: 0.451, blue: 0.91, alpha: 1 } });
    expect(card.fixedFooter?.primaryButton?.text).toBe('Done');
  });

  it('hands the host the built card without further service calls', () => {
    const r = run(EVERY_WIDGET);
    const host = readHostResponse(r.value);
    expect(host.kind).toBe('cards');
    expect(r.execution.serviceCallCount).toBeGreaterThan(50);
    expect(r.execution.elapsed()).toBe(0);
  });

  it('refuses a card without sections, naming the fix', () => {
    const r = run(`function main() { return CardService.newCardBuilder().setHeader(CardService.newCardHeader().setTitle('x')).build(); }`);
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/at least one section.*addSection/);
  });

  it(`refuses widget ${MAX_WIDGETS_PER_SECTION + 1} of a section, and the script can catch it as an Error`, () => {
    const r = run(`function main() {
      var s = CardService.newCardSection();
      for (var i = 0; i < ${MAX_WIDGETS_PER_SECTION}; i++) s.addWidget(CardService.newTextParagraph().setText('w' + i));
      try { s.addWidget(CardService.newTextParagraph().setText('one too many')); } catch (e) { return (e instanceof Error) + ':' + e.message; }
      return 'accepted';
    }`);
    expect(r.value).toMatch(/^true:A card section can hold at most 100 widgets/);
  });

  it('refuses 101 sections in one card', () => {
    const r = run(`function main() {
      var b = CardService.newCardBuilder();
      for (var i = 0; i < 101; i++) b.addSection(CardService.newCardSection().addWidget(CardService.newDivider()));
    }`);
    expect(r.error).toMatch(/at most 100 sections/);
  });

  it('refuses an action without a function name when the card is built', () => {
    const r = run(`function main() {
      return CardService.newCardBuilder().addSection(CardService.newCardSection().addWidget(
        CardService.newTextButton().setText('Go').setOnClickAction(CardService.newAction()))).build();
    }`);
    expect(r.error).toMatch(/setFunctionName/);
  });

  it('refuses action parameters that are not strings', () => {
    const r = run(`function main() { CardService.newAction().setFunctionName('f').setParameters({ page: 2 }); }`);
    expect(r.error).toMatch(/"page" is a number; action parameters must be strings/);
  });

  it('refuses an input without a field name, and a radio group with two selected items', () => {
    expect(run(`function main() { return CardService.newCardBuilder().addSection(CardService.newCardSection()
      .addWidget(CardService.newTextInput().setTitle('Name'))).build(); }`).error).toMatch(/TextInput has no field name/);
    expect(run(`function main() { return CardService.newCardBuilder().addSection(CardService.newCardSection()
      .addWidget(CardService.newSelectionInput().setFieldName('r').setType(CardService.SelectionInputType.RADIO_BUTTON)
        .addItem('a', 'a', true).addItem('b', 'b', true))).build(); }`).error).toMatch(/more than one item selected/);
  });

  it('refuses a plain object where a widget belongs', () => {
    const r = run(`function main() { CardService.newCardSection().addWidget({ textParagraph: { text: 'x' } }); }`);
    expect(r.error).toBe('Invalid argument: widget');
  });

  it('carries navigation, notification and state into the action response', () => {
    const r = run(`function main() {
      var c = CardService.newCardBuilder().setName('next').addSection(CardService.newCardSection()
        .addWidget(CardService.newTextParagraph().setText('Next'))).build();
      return CardService.newActionResponseBuilder()
        .setNavigation(CardService.newNavigation().popToRoot().pushCard(c))
        .setNotification(CardService.newNotification().setText('Saved'))
        .setStateChanged(true).build();
    }`);
    const host = readHostResponse(r.value);
    expect(host.kind).toBe('action');
    if (host.kind !== 'action') return;
    expect(host.response.notification).toBe('Saved');
    expect(host.response.stateChanged).toBe(true);
    expect(host.response.navigations.map((n) => Object.keys(n)[0])).toEqual(['popToRoot', 'pushCard']);
  });

  it('builds a draft update that inserts HTML in place', () => {
    const r = run(`function main() {
      return CardService.newUpdateDraftActionResponseBuilder().setUpdateDraftBodyAction(
        CardService.newUpdateDraftBodyAction().addUpdateContent('<b>Ada</b>', CardService.ContentType.MUTABLE_HTML)
          .setUpdateType(CardService.UpdateDraftBodyType.IN_PLACE_INSERT)).build();
    }`);
    expect(readHostResponse(r.value)).toEqual({
      kind: 'draft',
      update: { body: { type: 'IN_PLACE_INSERT', contents: [{ content: '<b>Ada</b>', contentType: 'MUTABLE_HTML' }] } },
    });
  });

  it('names a builder returned without build() as the likely mistake', () => {
    const r = run(`function main() { return CardService.newCardBuilder(); }`);
    expect(readHostResponse(r.value)).toEqual({ kind: 'unknown', description: 'a CardBuilder (did you forget .build()?)' });
  });
});
