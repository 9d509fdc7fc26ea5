/**
 * Campaign cards (admins): banners with a start and end in a time zone, assigned like templates, and each
 * department's standing banner. Which campaign wins when several apply, and that expired ones drop out on their
 * own, is written on the card so admins need not guess.
 */
import { isLive, zonedToInstant } from '../core/signatures/campaigns';
import { urlProblem } from '../core/signatures/html-policy';
import { describeTarget, type Banner, type Campaign } from '../core/signatures/types';
import { actionFor, notify, notifyAndUpdate, pushCard, type Route } from './actions';
import { formValue, param, type AddOnEvent } from './event';
import { button, escapeCardText, header, textParagraph, utcWhen } from './card-kit';
import { withWorld, type SignatureWorld } from './signature-cards';
import { parseTarget } from './template-cards';
import type { Viewer } from './viewer';
import { errorText } from '../core/error-text';

type Card = GoogleAppsScript.Card_Service.Card;

const RULE =
  'When several campaigns are live for an employee, the most specific target wins (employee, then field rule, then department, then company), then the latest start. ' +
  'A run decides at its start which campaigns are live; ended campaigns drop out at the next run by themselves.';

function status(c: Campaign, now: number): string {
  if (isLive(c, now)) return 'live';
  return now < c.startsAt ? 'scheduled' : 'ended';
}

export function buildCampaignsCard(world: SignatureWorld, now: number): Card {
  const list = CardService.newCardSection().setHeader('Campaigns');
  list.addWidget(textParagraph(escapeCardText(RULE)));
  for (const c of world.sigs.campaigns().sort((a, b) => b.startsAt - a.startsAt)) {
    list.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(escapeCardText(`${status(c, now)} · ${c.startLocal} – ${c.endLocal} ${c.timeZone}`))
        .setText(escapeCardText(c.name))
        .setBottomLabel(escapeCardText(c.targets.map(describeTarget).join(', ')))
        .setWrapText(true)
        .setOnClickAction(actionFor('campaigns.edit', { id: c.id })),
    );
  }
  list.addWidget(CardService.newButtonSet().addButton(button('New campaign', 'campaigns.edit', {}, true)));

  const banners = CardService.newCardSection().setHeader('Department banners (when no campaign applies)');
  for (const b of world.sigs.departmentBanners()) {
    banners.addWidget(CardService.newDecoratedText().setTopLabel(escapeCardText(b.department)).setText(escapeCardText(b.banner.alt || b.banner.imageUrl)).setBottomLabel(escapeCardText(b.banner.imageUrl)).setWrapText(true));
  }
  banners
    .addWidget(CardService.newTextInput().setFieldName('department').setTitle('Department'))
    .addWidget(CardService.newTextInput().setFieldName('imageUrl').setTitle('Banner image (https)'))
    .addWidget(CardService.newTextInput().setFieldName('link').setTitle('Link (https)'))
    .addWidget(CardService.newTextInput().setFieldName('alt').setTitle('Alt text'))
    .addWidget(CardService.newButtonSet().addButton(button('Save department banner', 'campaigns.saveBanner')));
  return CardService.newCardBuilder().setName('campaigns').setHeader(header('Campaigns', 'banners under signatures')).addSection(list).addSection(banners).build();
}

export function buildCampaignEditor(world: SignatureWorld, c: Campaign | null, defaultZone: string): Card {
  const target = c?.targets[0];
  const targetValue = !target ? '' : target.kind === 'department' ? target.department : target.kind === 'employee' ? target.email : target.kind === 'segment' ? target.conditions.map((x) => `${x.field} = ${x.equals}`).join('; ') : '';
  const params: Record<string, string> = c ? { id: c.id } : {};
  const s = CardService.newCardSection()
    .addWidget(CardService.newTextInput().setFieldName('name').setTitle('Name').setValue(c?.name ?? ''))
    .addWidget(CardService.newTextInput().setFieldName('imageUrl').setTitle('Banner image (https)').setValue(c?.banner.imageUrl ?? ''))
    .addWidget(CardService.newTextInput().setFieldName('link').setTitle('Link (https)').setValue(c?.banner.link ?? ''))
    .addWidget(CardService.newTextInput().setFieldName('alt').setTitle('Alt text').setValue(c?.banner.alt ?? ''))
    .addWidget(CardService.newTextInput().setFieldName('start').setTitle('Starts (YYYY-MM-DD HH:MM)').setValue(c?.startLocal ?? ''))
    .addWidget(CardService.newTextInput().setFieldName('end').setTitle('Ends (YYYY-MM-DD HH:MM)').setValue(c?.endLocal ?? ''))
    .addWidget(CardService.newTextInput().setFieldName('timeZone').setTitle('Time zone').setValue(c?.timeZone ?? defaultZone))
    .addWidget(
      CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setTitle('For').setFieldName('targetKind')
        .addItem('Whole company', 'company', !target || target.kind === 'company').addItem('Department', 'department', target?.kind === 'department')
        .addItem('Field rule (segment)', 'segment', target?.kind === 'segment').addItem('One employee', 'employee', target?.kind === 'employee'),
    )
    .addWidget(CardService.newTextInput().setFieldName('targetValue').setTitle('Department, rule or email').setValue(targetValue))
    .addWidget(CardService.newButtonSet().addButton(button('Save', 'campaigns.save', params, true)));
  if (c) {
    s.addWidget(textParagraph(`Shown from ${utcWhen(c.startsAt)} until ${utcWhen(c.endsAt)} (the times above, in UTC).`));
    s.addWidget(CardService.newButtonSet().addButton(button('Delete', 'campaigns.delete', params)));
  }
  return CardService.newCardBuilder().setName('campaign-editor').setHeader(header(c ? `Campaign ${escapeCardText(c.name)}` : 'New campaign')).addSection(s).build();
}

/** Reads and checks a banner from the form; a message naming the field and the fix when something is wrong. */
export function readBanner(e: AddOnEvent): Banner | string {
  const banner: Banner = { imageUrl: (formValue(e, 'imageUrl') ?? '').trim(), link: (formValue(e, 'link') ?? '').trim(), alt: (formValue(e, 'alt') ?? '').trim() };
  const img = urlProblem(banner.imageUrl, 'image');
  if (img) return `Banner image: ${img}.`;
  if (banner.link && !/^https:\/\//i.test(banner.link)) return `Link: use an https:// address, not "${banner.link}".`;
  if (!banner.alt) return 'Alt text: describe the banner in a few words (shown when images are off).';
  return banner;
}

export function readCampaign(e: AddOnEvent, viewer: Viewer, existing: Campaign | null): Campaign | string {
  const name = (formValue(e, 'name') ?? '').trim();
  if (!name) return 'Name: give the campaign a name.';
  const banner = readBanner(e);
  if (typeof banner === 'string') return banner;
  const timeZone = (formValue(e, 'timeZone') ?? 'UTC').trim();
  const startLocal = (formValue(e, 'start') ?? '').trim();
  const endLocal = (formValue(e, 'end') ?? '').trim();
  let startsAt: number;
  let endsAt: number;
  try {
    startsAt = zonedToInstant(startLocal, timeZone);
    endsAt = zonedToInstant(endLocal, timeZone);
  } catch (err) {
    return `Start/end: ${errorText(err)}.`;
  }
  if (endsAt <= startsAt) return 'Ends: the end must be after the start.';
  let target;
  try {
    target = parseTarget(formValue(e, 'targetKind') ?? 'company', formValue(e, 'targetValue') ?? '');
  } catch (err) {
    return errorText(err);
  }
  return {
    id: existing?.id ?? `cmp-${Utilities.getUuid().slice(0, 8)}`,
    name, banner, startLocal, endLocal, timeZone, startsAt, endsAt, targets: [target], updatedAt: Date.now(), updatedBy: viewer.email,
  };
}

export const campaignRoutes: Record<string, Route> = {
  'campaigns.list': { adminOnly: true, handler: ({ viewer }) => withWorld(viewer, (w) => pushCard(buildCampaignsCard(w, Date.now()))) },
  'campaigns.edit': {
    adminOnly: true,
    handler: ({ viewer, event }) =>
      withWorld(viewer, (w) => pushCard(buildCampaignEditor(w, w.sigs.campaigns().find((c) => c.id === param(event, 'id')) ?? null, w.sigs.settings().timeZone))),
  },
  'campaigns.save': {
    adminOnly: true,
    handler: ({ viewer, event }) =>
      withWorld(viewer, (w) => {
        const existing = w.sigs.campaigns().find((c) => c.id === param(event, 'id')) ?? null;
        const c = readCampaign(event, viewer, existing);
        if (typeof c === 'string') return notify(c);
        w.sigs.saveCampaign(c);
        return notifyAndUpdate(`Campaign "${c.name}" saved (${status(c, Date.now())}).`, buildCampaignsCard(w, Date.now()));
      }),
  },
  'campaigns.delete': {
    adminOnly: true,
    handler: ({ viewer, event }) =>
      withWorld(viewer, (w) => {
        w.sigs.deleteCampaign(param(event, 'id') ?? '');
        return notifyAndUpdate('Campaign deleted: the next run removes its banner.', buildCampaignsCard(w, Date.now()));
      }),
  },
  'campaigns.saveBanner': {
    adminOnly: true,
    handler: ({ viewer, event }) =>
      withWorld(viewer, (w) => {
        const department = (formValue(event, 'department') ?? '').trim();
        if (!department) return notify('Department: type the department name.');
        const banner = readBanner(event);
        if (typeof banner === 'string') return notify(banner);
        w.sigs.saveDepartmentBanner({ department, banner });
        return notifyAndUpdate(`Banner saved for ${department}.`, buildCampaignsCard(w, Date.now()));
      }),
  },
};
