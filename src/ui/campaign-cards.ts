/**
 * Campaign cards (admins): banners with a start and end in a time zone, assigned like templates, and each
 * department's standing banner. Which campaign wins when several apply, and that expired ones drop out on their
 * own, is written on the card so admins need not guess. Start and end are date-time pickers shown in the
 * campaign's zone (the domain's by default), the target is picked from lists, every error of a save is shown at
 * once beside its field, and the card says whom the campaign reaches — and warns when their template has no
 * banner slot, so the banner would show nowhere.
 */
import { isLive, zonedToInstant } from '../core/signatures/campaigns';
import { urlProblem } from '../core/signatures/html-policy';
import { campaignReach } from '../core/signatures/reach';
import { describeTarget, type Banner, type Campaign } from '../core/signatures/types';
import { departmentKey } from '../core/directory/departments';
import { actionFor, notify, notifyAndUpdate, pushCard, refreshBelow, updateCard, type Route } from './actions';
import { formDate, formValue, param, type AddOnEvent } from './event';
import { button, escapeCardText, header, textParagraph } from './card-kit';
import { withWorld, type SignatureWorld } from './signature-cards';
import { confirmFirst, doneAfterConfirmation } from './confirm';
import { errorsSection, markedTitle, notSavedText, textField, type FieldError } from './form-errors';
import { addTargetWidgets, checkTarget, targetDraftFrom, type TargetDraft } from './target-picker';
import { TIME_ZONES } from './sync-cards';
import type { Viewer } from './viewer';

type Card = GoogleAppsScript.Card_Service.Card;

const RULE =
  'When several campaigns are live for an employee, the most specific target wins (employee, then field rule, then department, then company), then the latest start. ' +
  'A run decides at its start which campaigns are live; ended campaigns drop out at the next run by themselves.';

function status(c: Campaign, now: number): string {
  if (isLive(c, now)) return 'live';
  return now < c.startsAt ? 'scheduled' : 'ended';
}

/** The domain's time zone (the tenant's setting, proposed from the admin's own at setup), never a silent UTC. */
function domainZone(world: SignatureWorld, e: AddOnEvent): string {
  return world.tenant.tenant.timeZone || e.commonEventObject?.timeZone?.id || 'UTC';
}

/** Zones offered: the usual list, with the domain's own and the campaign's first when they are not in it. */
function zonesOffered(...own: string[]): string[] {
  return [...new Set([...own.filter(Boolean), ...TIME_ZONES])];
}

/** "2026-12-01 09:00", the wall-clock time of `ms` in `timeZone`. */
function localTime(ms: number, timeZone: string): string {
  return Utilities.formatDate(new Date(ms), timeZone, 'yyyy-MM-dd HH:mm');
}

/** The zone's offset from UTC at `ms`, in minutes, as DateTimePicker.setTimeZoneOffsetInMins takes it. */
function offsetMinutes(ms: number, timeZone: string): number {
  const wall = Date.parse(`${localTime(ms, timeZone).replace(' ', 'T')}:00Z`);
  return Math.round((wall - Math.floor(ms / 60_000) * 60_000) / 60_000);
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
  const dd = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('department').setTitle('Department');
  dd.addItem('Choose a department', '', true);
  for (const d of [...world.tenant.departments()].sort((a, b) => a.name.localeCompare(b.name))) dd.addItem(d.name, d.name, false);
  banners
    .addWidget(dd)
    .addWidget(CardService.newTextInput().setFieldName('imageUrl').setTitle('Banner image (https)'))
    .addWidget(CardService.newTextInput().setFieldName('link').setTitle('Link (https)'))
    .addWidget(CardService.newTextInput().setFieldName('alt').setTitle('Alt text'))
    .addWidget(CardService.newButtonSet().addButton(button('Save department banner', 'campaigns.saveBanner')));
  return CardService.newCardBuilder().setName('campaigns').setHeader(header('Campaigns', 'banners under signatures')).addSection(list).addSection(banners).build();
}

/** What the campaign form holds; instants are those the pickers return (ms since the epoch). */
interface CampaignDraft {
  id: string;
  name: string;
  banner: Banner;
  startsAt: number | null;
  endsAt: number | null;
  timeZone: string;
  target: TargetDraft;
}

function draftOfCampaign(c: Campaign | null, zone: string): CampaignDraft {
  return {
    id: c?.id ?? '',
    name: c?.name ?? '',
    banner: c?.banner ?? { imageUrl: '', link: '', alt: '' },
    startsAt: c?.startsAt ?? null,
    endsAt: c?.endsAt ?? null,
    timeZone: c?.timeZone ?? zone,
    target: targetDraftFrom({}, c?.targets[0]),
  };
}

/**
 * The form as submitted. A picker's value arrives as `dateTimeInput.msSinceEpoch`
 * (workspace/add-ons/reference/rpc google.apps.card.v1 DateTimeInput: "Time since epoch time, in milliseconds"),
 * read here as the instant the admin picked in the zone the picker showed (`timezoneOffsetDate`: "If set, the
 * value_ms_epoch will be displayed in the specified time zone"). The docs do not say more; in case Gmail ever sent the
 * wall-clock time as if it were UTC, the card and the toast repeat the saved times in the campaign's zone, so a
 * shift would be in plain sight rather than silent.
 *
 * The pickers were shown in `shownZone` (a parameter of every form action); when the admin
 * has since chosen another zone, the wall-clock times they picked are kept and read in the new zone.
 */
function campaignDraftFrom(world: SignatureWorld, e: AddOnEvent): CampaignDraft {
  const saved = world.sigs.campaigns().find((c) => c.id === param(e, 'id')) ?? null;
  const base = draftOfCampaign(saved, domainZone(world, e));
  if (formValue(e, 'targetKind') === undefined && formValue(e, 'name') === undefined) return base;
  const timeZone = (formValue(e, 'timeZone') ?? base.timeZone).trim();
  const shown = param(e, 'shownZone') ?? timeZone;
  const moved = (ms: number | undefined): number | null => {
    if (ms === undefined || !Number.isFinite(ms)) return null;
    if (shown === timeZone || !isZone(shown) || !isZone(timeZone)) return ms;
    return zonedToInstant(localTime(ms, shown), timeZone);
  };
  return {
    id: base.id,
    name: (formValue(e, 'name') ?? '').trim(),
    banner: { imageUrl: (formValue(e, 'imageUrl') ?? '').trim(), link: (formValue(e, 'link') ?? '').trim(), alt: (formValue(e, 'alt') ?? '').trim() },
    startsAt: moved(formDate(e, 'start')),
    endsAt: moved(formDate(e, 'end')),
    timeZone,
    target: targetDraftFrom(e, saved?.targets[0]),
  };
}

function isZone(z: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: z });
    return z !== '';
  } catch {
    return false;
  }
}

/** Every problem of a banner, each naming its field and the fix. */
function bannerErrors(b: Banner): FieldError[] {
  const errors: FieldError[] = [];
  const img = urlProblem(b.imageUrl, 'image');
  if (img) errors.push({ field: 'imageUrl', label: 'Banner image', message: `${img}.` });
  if (b.link && !/^https:\/\//i.test(b.link)) errors.push({ field: 'link', label: 'Link', message: `use an https:// address, not "${b.link}".` });
  if (!b.alt) errors.push({ field: 'alt', label: 'Alt text', message: 'describe the banner in a few words (shown when images are off).' });
  return errors;
}

/** The campaign a form names, or every problem with it at once. */
function checkCampaign(world: SignatureWorld, d: CampaignDraft, e: AddOnEvent, by: string): { campaign: Campaign } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!d.name) errors.push({ field: 'name', label: 'Name', message: 'give the campaign a name.' });
  errors.push(...bannerErrors(d.banner));
  const savedZone = world.sigs.campaigns().find((c) => c.id === d.id)?.timeZone ?? '';
  if (!zonesOffered(domainZone(world, e), savedZone).includes(d.timeZone)) errors.push({ field: 'timeZone', label: 'Time zone', message: `"${d.timeZone}" is not a time zone Autograph offers; choose one from the list.` });
  if (d.startsAt === null) errors.push({ field: 'start', label: 'Starts', message: 'pick the date and time the banner starts.' });
  if (d.endsAt === null) errors.push({ field: 'end', label: 'Ends', message: 'pick the date and time the banner ends.' });
  else if (d.startsAt !== null && d.endsAt <= d.startsAt) errors.push({ field: 'end', label: 'Ends', message: 'pick an end after the start.' });
  const target = checkTarget(world, d.target);
  if ('error' in target) errors.push(target.error);
  if (errors.length > 0 || !('target' in target) || d.startsAt === null || d.endsAt === null) return { errors };
  const zone = d.timeZone;
  return {
    campaign: {
      id: d.id || `cmp-${Utilities.getUuid().slice(0, 8)}`,
      name: d.name, banner: d.banner, startLocal: localTime(d.startsAt, zone), endLocal: localTime(d.endsAt, zone), timeZone: zone,
      startsAt: d.startsAt, endsAt: d.endsAt, targets: [target.target], updatedAt: Date.now(), updatedBy: by,
    },
  };
}

/** Whom the campaign reaches, counted as a run decides banners; the warning when their template has no banner slot. */
function reachLines(world: SignatureWorld, c: Campaign): { reach: string; warning: string } {
  const r = campaignReach(c, {
    employees: world.tenant.employees(), campaigns: world.sigs.campaigns(), departmentBanners: world.sigs.departmentBanners(),
    assignments: world.sigs.assignments(), templates: world.sigs.templates(),
  });
  const people = (n: number) => `${n.toLocaleString('en')} employee${n === 1 ? '' : 's'}`;
  const reach = `Shows on the signatures of ${people(r.shows)} while live.` + (r.unassigned ? ` ${people(r.unassigned)} more have no template assigned.` : '');
  const warning = r.noSlot
    ? `No banner slot: ${people(r.noSlot)} get a template without a {{banner.…}} placeholder (${r.templatesWithoutSlot.join(', ')}), so the banner shows nowhere for them. Add the banner block to ${r.templatesWithoutSlot.length === 1 ? 'that template' : 'those templates'} (the "With banner" starter has one).`
    : '';
  return { reach, warning };
}

export function buildCampaignEditor(world: SignatureWorld, d: CampaignDraft, e: AddOnEvent, errors: FieldError[] = []): Card {
  const params: Record<string, string> = d.id ? { id: d.id, shownZone: d.timeZone } : { shownZone: d.timeZone };
  const s = CardService.newCardSection()
    .addWidget(textField('name', 'Name', d.name, errors))
    .addWidget(textField('imageUrl', 'Banner image (https)', d.banner.imageUrl, errors))
    .addWidget(textField('link', 'Link (https)', d.banner.link, errors))
    .addWidget(textField('alt', 'Alt text', d.banner.alt, errors));
  const zone = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName('timeZone').setTitle(markedTitle('Time zone', errors, 'timeZone'))
    .setOnChangeAction(actionFor('campaigns.form', params));
  for (const z of zonesOffered(d.timeZone, domainZone(world, e))) zone.addItem(z === domainZone(world, e) ? `${z} (your domain)` : z, z, z === d.timeZone);
  s.addWidget(zone);
  for (const [field, title, ms] of [['start', 'Starts', d.startsAt], ['end', 'Ends', d.endsAt]] as const) {
    // developers.google.com/apps-script/reference/card-service/date-time-picker#setTimeZoneOffsetInMins: "Sets the
    // number of minutes that the time zone should be offset from UTC" — the picker shows the campaign's zone.
    const picker = CardService.newDateTimePicker().setFieldName(field).setTitle(markedTitle(`${title} (${d.timeZone})`, errors, field))
      .setTimeZoneOffsetInMins(offsetMinutes(ms ?? Date.now(), isZone(d.timeZone) ? d.timeZone : 'UTC'));
    if (ms !== null) picker.setValueInMsSinceEpoch(ms);
    s.addWidget(picker);
  }
  addTargetWidgets(s, world, d.target, { route: 'campaigns.form', params, title: 'For' }, errors);
  const checked = checkCampaign(world, d, e, '');
  if ('campaign' in checked) {
    const { reach, warning } = reachLines(world, checked.campaign);
    s.addWidget(textParagraph(escapeCardText(`${localTime(checked.campaign.startsAt, checked.campaign.timeZone)} – ${localTime(checked.campaign.endsAt, checked.campaign.timeZone)} ${checked.campaign.timeZone}. ${reach}`)));
    if (warning) s.addWidget(textParagraph(`<font color="#d93025">${escapeCardText(warning)}</font>`));
  }
  const buttons = CardService.newButtonSet().addButton(button('Save', 'campaigns.save', params, true));
  if (d.id) buttons.addButton(button('Delete campaign', 'campaigns.delete', { id: d.id }));
  s.addWidget(buttons);
  const card = CardService.newCardBuilder().setName('campaign-editor').setHeader(header(d.id ? `Campaign ${escapeCardText(d.name)}` : 'New campaign'));
  const problems = errorsSection(errors);
  if (problems) card.addSection(problems);
  return card.addSection(s).build();
}

export const campaignRoutes: Record<string, Route> = {
  'campaigns.list': { adminOnly: true, handler: ({ viewer }) => withWorld(viewer, (w) => pushCard(buildCampaignsCard(w, Date.now()))) },
  'campaigns.edit': {
    adminOnly: true,
    handler: ({ viewer, event }) =>
      withWorld(viewer, (w) => pushCard(buildCampaignEditor(w, draftOfCampaign(w.sigs.campaigns().find((c) => c.id === param(event, 'id')) ?? null, domainZone(w, event)), event))),
  },
  'campaigns.form': { adminOnly: true, handler: ({ viewer, event }) => withWorld(viewer, (w) => updateCard(buildCampaignEditor(w, campaignDraftFrom(w, event), event))) },
  'campaigns.save': { adminOnly: true, handler: ({ viewer, event }) => withWorld(viewer, (w) => saveCampaign(viewer, w, event)) },
  'campaigns.delete': {
    adminOnly: true,
    handler: ({ viewer, event }) =>
      withWorld(viewer, (w) => {
        const c = w.sigs.campaigns().find((x) => x.id === param(event, 'id'));
        if (!c) return notify('This campaign no longer exists.');
        const live = isLive(c, Date.now());
        return confirmFirst(event, {
          route: 'campaigns.delete', params: { id: c.id }, subject: c.id,
          title: `Delete the campaign ${escapeCardText(c.name)}?`,
          consequences: [
            `"${escapeCardText(c.name)}" (${escapeCardText(`${c.startLocal} – ${c.endLocal} ${c.timeZone}`)}, for ${escapeCardText(c.targets.map(describeTarget).join(', '))}) is deleted.`,
            live ? 'It is live now: the next run takes its banner off the signatures that carry it (or puts on the next campaign or department banner that applies).' : 'It is not live now, so no signature changes.',
          ],
          undo: 'A deleted campaign cannot be restored: create it again with New campaign.',
          verb: `Delete ${c.name}`,
        }, () => {
          w.sigs.deleteCampaign(c.id);
          return doneAfterConfirmation(`Campaign "${c.name}" deleted.${live ? ' The next run removes its banner.' : ''}`, buildCampaignsCard(w, Date.now()), 1);
        });
      }),
  },
  'campaigns.saveBanner': {
    adminOnly: true,
    handler: ({ viewer, event }) =>
      withWorld(viewer, (w) => {
        const wanted = formValue(event, 'department') ?? '';
        const dept = w.tenant.departments().find((d) => departmentKey(d.name) === departmentKey(wanted));
        const banner: Banner = { imageUrl: (formValue(event, 'imageUrl') ?? '').trim(), link: (formValue(event, 'link') ?? '').trim(), alt: (formValue(event, 'alt') ?? '').trim() };
        const errors = bannerErrors(banner);
        if (!dept) errors.unshift({ field: 'department', label: 'Department', message: wanted ? `"${wanted}" is not one of your departments; choose one from the list.` : 'choose a department from the list.' });
        if (errors.length > 0 || !dept) return notify(`Not saved: ${errors.map((x) => `${x.label}: ${x.message}`).join(' ')}`);
        w.sigs.saveDepartmentBanner({ department: dept.name, banner });
        return notifyAndUpdate(`Banner saved for ${dept.name}.`, buildCampaignsCard(w, Date.now()));
      }),
  },
};

function saveCampaign(viewer: Viewer, w: SignatureWorld, event: AddOnEvent) {
  const d = campaignDraftFrom(w, event);
  const checked = checkCampaign(w, d, event, viewer.email);
  if ('errors' in checked) return notifyAndUpdate(notSavedText(checked.errors), buildCampaignEditor(w, d, event, checked.errors));
  const c = checked.campaign;
  const { reach, warning } = reachLines(w, c);
  w.sigs.saveCampaign(c);
  // The editor was pushed over the list: close it and rebuild the list, so it shows the campaign (and ← is home).
  return refreshBelow(buildCampaignsCard(w, Date.now()), undefined, `Campaign "${c.name}" saved (${status(c, Date.now())}, ${c.startLocal} – ${c.endLocal} ${c.timeZone}). ${warning || reach}`);
}
