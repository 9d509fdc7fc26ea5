import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OfflineWorkspace } from '../../sim/workspace';
import { SidebarSession } from '../../sim/host/session';
import { openLinkAllowed } from '../../sim/host/open-link';
import { deliverMessage } from '../../sim/google/mailbox';

/** A small Gmail add-on that exercises every kind of host response. */
const ADDON = `
function card(name, title, widgets) {
  var s = CardService.newCardSection();
  widgets.forEach(function (w) { s.addWidget(w); });
  return CardService.newCardBuilder().setName(name).setHeader(CardService.newCardHeader().setTitle(title)).addSection(s).build();
}
function act(route, extra) {
  var p = extra || {}; p.route = route;
  return CardService.newAction().setFunctionName('onAction').setParameters(p);
}
function btn(text, route, extra) { return CardService.newTextButton().setText(text).setOnClickAction(act(route, extra)); }
function home(e) {
  return card('home', 'Home', [
    CardService.newTextParagraph().setText('locale ' + e.commonEventObject.userLocale + ' tz ' + (e.commonEventObject.timeZone || {}).id
      + ' offset ' + (e.commonEventObject.timeZone || {}).offset + ' host ' + e.commonEventObject.hostApp
      + ' legacy ' + e.userLocale + ' ' + (e.userTimezone || {}).id),
    CardService.newTextInput().setFieldName('name').setTitle('Name').setValue('Ada'),
    CardService.newSelectionInput().setFieldName('depts').setType(CardService.SelectionInputType.CHECK_BOX)
      .addItem('Sales', 'sales', true).addItem('R&D', 'rd', false),
    CardService.newDecoratedText().setText('Nightly').setSwitchControl(CardService.newSwitch().setFieldName('nightly').setValue('on')
      .setOnChangeAction(act('toggle'))),
    CardService.newButtonSet().addButton(btn('Next', 'push')).addButton(btn('Save', 'save'))
      .addButton(btn('Need name', 'push').setOnClickAction(act('push').addRequiredWidget('name')))
      .addButton(CardService.newTextButton().setText('Evil link').setOpenLink(CardService.newOpenLink().setUrl('https://evil.example/')))
      .addButton(btn('Broken', 'throw')).addButton(btn('Bare card', 'bare')),
  ]);
}
function onMessage(e) {
  GmailApp.setCurrentMessageAccessToken(e.gmail.accessToken);
  var m = GmailApp.getMessageById(e.gmail.messageId);
  return card('msg', 'Message', [CardService.newTextParagraph().setText('subject ' + m.getSubject() + ' from ' + m.getFrom())]);
}
function onPeekMessage(e) {
  return CardService.newCardBuilder().setName('peeked').setDisplayStyle(CardService.DisplayStyle.PEEK)
    .setHeader(CardService.newCardHeader().setTitle('Suggested contact'))
    .setPeekCardHeader(CardService.newCardHeader().setTitle('Grace Hopper'))
    .addSection(CardService.newCardSection().addWidget(CardService.newTextParagraph().setText('peek'))).build();
}
function onCompose(e) {
  return card('compose', 'Compose', [CardService.newButtonSet().addButton(btn('Insert', 'insert'))]);
}
function onUniversal(e) {
  return CardService.newUniversalActionResponseBuilder().displayAddOnCards([card('u', 'Universal', [CardService.newDivider()])]).build();
}
function onAction(e) {
  var p = e.commonEventObject.parameters, f = e.commonEventObject.formInputs || {};
  var nav = CardService.newNavigation();
  var r = CardService.newActionResponseBuilder();
  switch (p.route) {
    case 'push':
      return r.setNavigation(nav.pushCard(card('second', 'Second', [
        CardService.newTextParagraph().setText('name=' + (f.name ? f.name.stringInputs.value.join('|') : '-')
          + ' depts=' + (f.depts ? f.depts.stringInputs.value.join('|') : '-')
          + ' nightly=' + (f.nightly ? f.nightly.stringInputs.value.join('|') : '-')
          + ' legacy=' + (e.formInput && e.formInput.name)),
        CardService.newButtonSet().addButton(btn('Deeper', 'deeper')).addButton(btn('Update', 'update')).addButton(btn('Root', 'root')),
        CardService.newGrid().setTitle('Pick').setOnClickAction(act('grid'))
          .addItem(CardService.newGridItem().setIdentifier('g6').setTitle('Six'))
          .addItem(CardService.newGridItem().setIdentifier('g7').setTitle('Seven'))]))).build();
    case 'grid': return r.setNotification(CardService.newNotification().setText('picked ' + p.grid_item_identifier)).build();
    case 'deeper':
      return r.setNavigation(nav.pushCard(card('third', 'Third', [CardService.newButtonSet().addButton(btn('Back to second', 'popto'))]))).build();
    case 'popto': return r.setNavigation(nav.popToNamedCard('second')).build();
    case 'update': return r.setNavigation(nav.updateCard(card('second', 'Second (updated)', [CardService.newDivider()]))).build();
    case 'root': return r.setNavigation(nav.popToRoot()).setNotification(CardService.newNotification().setText('Back home')).setStateChanged(true).build();
    case 'save': return r.setNotification(CardService.newNotification().setText('Saved ' + f.name.stringInputs.value[0])).build();
    case 'toggle': return r.setNotification(CardService.newNotification().setText('nightly ' + (f.nightly ? 'on' : 'off'))).build();
    case 'throw': throw new Error('Directory unavailable, try again');
    case 'bare': return card('bare', 'Bare', [CardService.newDivider()]);
    case 'insert':
      return CardService.newUpdateDraftActionResponseBuilder().setUpdateDraftBodyAction(CardService.newUpdateDraftBodyAction()
        .addUpdateContent('<p>-- Ada</p>', CardService.ContentType.MUTABLE_HTML)
        .setUpdateType(CardService.UpdateDraftBodyType.IN_PLACE_INSERT)).build();
  }
}
`;

const MANIFEST = {
  timeZone: 'Europe/Berlin',
  runtimeVersion: 'V8',
  oauthScopes: [
    'https://www.googleapis.com/auth/gmail.addons.execute',
    'https://www.googleapis.com/auth/gmail.addons.current.message.readonly',
    'https://www.googleapis.com/auth/script.locale',
  ],
  addOns: {
    common: {
      name: 'Test',
      useLocaleFromApp: true,
      homepageTrigger: { runFunction: 'home' },
      universalActions: [{ label: 'Universal', runFunction: 'onUniversal' }],
      openLinkUrlPrefixes: ['https://docs.google.com/', 'https://*.example.org/help'],
    },
    gmail: {
      contextualTriggers: [{ unconditional: {}, onTriggerFunction: 'onMessage' }],
      composeTrigger: { selectActions: [{ text: 'Insert', runFunction: 'onCompose' }], draftAccess: 'NONE' },
    },
  },
};

/** Every project folder a test made, removed when the file's tests are done. */
const made: string[] = [];
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

function setup(manifest: object = MANIFEST) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'addon-'));
  made.push(dir);
  fs.writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify(manifest));
  fs.writeFileSync(path.join(dir, 'Code.js'), ADDON);
  const ws = new OfflineWorkspace({ seed: 'session', startAt: Date.UTC(2026, 6, 1, 9) });
  ws.directory.addTenant({
    customerId: 'C0host', domains: ['host.example'], organizationName: 'Host', timeZone: 'Europe/Berlin',
    language: 'de', orgUnits: [], groups: [], schemas: [],
  });
  ws.directory.addUser({
    kind: 'admin#directory#user', id: 'u1', primaryEmail: 'ada@host.example', name: { givenName: 'Ada', familyName: 'L' },
    isAdmin: true, isDelegatedAdmin: false, suspended: false, archived: false, isMailboxSetup: true, orgUnitPath: '/',
    customerId: 'C0host', creationTime: '2020-01-01T00:00:00Z',
  });
  const project = ws.loadProject(dir, 'test-addon');
  ws.install(project, 'C0host', 'ada@host.example');
  return { ws, s: new SidebarSession(ws, project, 'ada@host.example') };
}

const text = (s: SidebarSession, i = 0) => s.card!.sections[0].widgets[i].textParagraph?.text;

describe('SidebarSession (Gmail host emulation)', () => {
  it('passes the homepage the common event object Gmail builds', () => {
    const { s } = setup();
    s.openHomepage();
    expect(s.error).toBeUndefined();
    // Berlin in July is UTC+2: the offset is in milliseconds.
    expect(text(s)).toBe('locale de tz Europe/Berlin offset 7200000 host GMAIL legacy de Europe/Berlin');
  });

  it('leaves the locale and time zone out unless the manifest asks for them with useLocaleFromApp and script.locale', () => {
    const withoutFlag = { ...MANIFEST, addOns: { ...MANIFEST.addOns, common: { ...MANIFEST.addOns.common, useLocaleFromApp: false } } };
    const withoutScope = { ...MANIFEST, oauthScopes: MANIFEST.oauthScopes.filter((x) => !x.endsWith('/script.locale')) };
    for (const manifest of [withoutFlag, withoutScope]) {
      const { s } = setup(manifest);
      s.openHomepage();
      expect(s.error).toBeUndefined();
      expect(text(s)).toBe('locale undefined tz undefined offset undefined host GMAIL legacy undefined undefined');
    }
  });

  it('sends the form inputs the card shows, overridden by what the user entered', () => {
    const { s } = setup();
    s.openHomepage().click('Next', { depts: ['sales', 'rd'], nightly: true });
    expect(s.card!.header.title).toBe('Second');
    expect(text(s)).toBe('name=Ada depts=sales|rd nightly=on legacy=Ada');
    s.back().click('Next', { name: '', depts: [] });
    expect(text(s)).toBe('name=- depts=- nightly=- legacy=undefined');
  });

  it('keeps a navigation stack through push, popToNamedCard, update and popToRoot', () => {
    const { s } = setup();
    s.openHomepage().click('Next').click('Deeper');
    expect(s.stack.map((c) => c.name)).toEqual(['home', 'second', 'third']);
    s.click('Back to second');
    expect(s.stack.map((c) => c.name)).toEqual(['home', 'second']);
    s.click('Update');
    expect(s.card!.header.title).toBe('Second (updated)');
    expect(s.stack).toHaveLength(2);
    s.back();
    expect(s.card!.name).toBe('home');
    s.click('Next').click('Root');
    expect(s.stack.map((c) => c.name)).toEqual(['home']);
    expect(s.notification).toBe('Back home');
  });

  it('shows the card below as it was built on ←, running nothing, even after setStateChanged(true)', () => {
    const { s } = setup();
    s.openHomepage().click('Next').click('Root');
    expect(s.stateChanged).toBe(true);
    const home = s.card;
    s.click('Next');
    const runs = s.log.length;
    s.back();
    // Gmail shows the card it kept (workspace/add-ons/how-tos/navigation); nothing documents a rebuild on ←.
    expect(s.card).toBe(home);
    expect(s.log).toHaveLength(runs);
  });

  it('passes the clicked grid item as grid_item_identifier', () => {
    const { s } = setup();
    s.openHomepage().click('Next').click('Seven');
    expect(s.notification).toBe('picked g7');
  });

  it('shows a notification without changing the card', () => {
    const { s } = setup();
    s.openHomepage().click('Save', { name: 'Grace' });
    expect(s.notification).toBe('Saved Grace');
    expect(s.card!.name).toBe('home');
  });

  it('keeps what the user typed while the card stays, and forgets it when the card is replaced', () => {
    const { s } = setup();
    s.openHomepage().click('Save', { name: 'Grace', depts: ['rd'] });
    expect(s.enteredValues).toEqual({ name: 'Grace', depts: ['rd'] });
    s.click('Next');
    expect(s.enteredValues).toEqual({});
  });

  it('fires a switch onChangeAction with the new value', () => {
    const { s } = setup();
    s.openHomepage().change('nightly', true);
    expect(s.notification).toBe('nightly on');
  });

  it('will not run an action while a required widget is empty', () => {
    const { s, ws } = setup();
    s.openHomepage();
    const before = ws.executions.length;
    s.click('Need name', { name: '' });
    expect(s.error).toBe('Fill in name first.');
    expect(ws.executions.length).toBe(before);
  });

  it('refuses to open a link outside openLinkUrlPrefixes, naming the manifest field', () => {
    const { s } = setup();
    s.openHomepage().click('Evil link');
    expect(s.error).toMatch(/openLinkUrlPrefixes/);
    expect(s.openedLinks).toEqual([]);
  });

  it('matches links against the prefixes as the allowlist page says: case-sensitive paths, children, one leading wildcard', () => {
    const allowed = (url: string) => openLinkAllowed(url, MANIFEST.addOns.common.openLinkUrlPrefixes);
    expect(allowed('https://docs.google.com/')).toBe(true);
    expect(allowed('https://DOCS.google.com/document/d/1')).toBe(true);
    expect(allowed('https://a.b.example.org/help')).toBe(true);
    expect(allowed('https://a.example.org/help/page?x#y')).toBe(true);
    expect(allowed('https://a.example.org/help?x')).toBe(true);
    expect(allowed('https://example.org/help')).toBe(false); // at least one subdomain
    expect(allowed('https://a.example.org/helpdesk')).toBe(false); // not a child of /help
    expect(allowed('https://a.example.org/Help')).toBe(false); // paths are case-sensitive
    expect(allowed('http://docs.google.com/')).toBe(false);
    expect(allowed('https://docs.google.com.evil.example/')).toBe(false);
    expect(allowed('mailto:ada@host.example')).toBe(false);
    expect(allowed('javascript:alert(1)')).toBe(false);
    expect(openLinkAllowed('https://anything.example/', ['*'])).toBe(true);
  });

  it('shows a script error as Gmail does and keeps the card', () => {
    const { s } = setup();
    s.openHomepage().click('Broken');
    expect(s.error).toBe('Error with the add-on. Run time error. Directory unavailable, try again');
    expect(s.card!.name).toBe('home');
  });

  it('tells the developer when an action returns a bare Card', () => {
    const { s } = setup();
    s.openHomepage().click('Bare card');
    expect(s.error).toMatch(/returned a Card; an action must return an ActionResponse/);
  });

  it('gives the contextual trigger a message token that opens the message through GmailApp', () => {
    const { s, ws } = setup();
    const id = deliverMessage(ws, 'ada@host.example', { from: 'Grace <grace@outside.example>', subject: 'Hello', text: 'Hi Ada' });
    s.openMessage(id);
    expect(s.error).toBeUndefined();
    expect(text(s)).toBe('subject Hello from Grace <grace@outside.example>');
  });

  it('keeps the homepage stack under a message and returns to it when the message closes', () => {
    const { s, ws } = setup();
    const id = deliverMessage(ws, 'ada@host.example', { from: 'grace@outside.example', subject: 'Hi', text: 'x' });
    s.openHomepage().click('Next');
    s.openMessage(id);
    expect(s.stack.map((c) => c.name)).toEqual(['msg']);
    const runs = ws.executions.length;
    s.closeContext();
    expect(s.stack.map((c) => c.name)).toEqual(['home', 'second']);
    expect(ws.executions.length).toBe(runs);
  });

  it('overlays a PEEK contextual card until the user views it', () => {
    const peekManifest = JSON.parse(JSON.stringify(MANIFEST));
    peekManifest.addOns.gmail.contextualTriggers[0].onTriggerFunction = 'onPeekMessage';
    const { s, ws } = setup(peekManifest);
    const id = deliverMessage(ws, 'ada@host.example', { from: 'grace@outside.example', subject: 'Hi', text: 'x' });
    s.openHomepage().openMessage(id);
    expect(s.card!.name).toBe('home');
    expect(s.peek?.peekCardHeader.title).toBe('Grace Hopper');
    s.viewPeek();
    expect(s.card!.name).toBe('peeked');
  });

  it('replaces the cards with those of a universal action', () => {
    const { s } = setup();
    s.openHomepage().click('Next').universalAction('Universal');
    expect(s.stack.map((c) => c.name)).toEqual(['u']);
  });

  it('inserts HTML into the open draft from a compose action', () => {
    const { s } = setup();
    s.openCompose({ body: '<p>Hello</p>' }).click('Insert');
    expect(s.error).toBeUndefined();
    expect(s.draft!.body).toBe('<p>Hello</p><p>-- Ada</p>');
  });
});
