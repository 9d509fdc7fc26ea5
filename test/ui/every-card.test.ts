/**
 * Every card the add-on builds, as Gmail would show it: each link it asks Gmail to open is under a prefix of the
 * manifest's `addOns.common.openLinkUrlPrefixes` (apps-script/manifest/allowlist-url; Gmail refuses the rest), and
 * no card holds more than the 100 widgets Gmail shows (google.apps.card.v1 Card: "Any widgets beyond this limit are
 * ignored"). Cards are reached the way the authorization matrix reaches them — every route of ROUTES with the
 * parameters its cards send (route-parameters.ts), so a new route joins by construction — plus the homepage, an
 * opened message, the compose action and every universal action through the Gmail host. The customer's directory
 * has 150 custom schema attributes, and an admin maps every one of them through the paged mapping card.
 * Runs the built bundle.
 */
import { ROUTES } from '../../src/ui/routes';
import manifest from '../../appsscript.json';
import { openLinkAllowed } from '../../sim/host/open-link';
import { SidebarSession, type CardJson } from '../../sim/host/session';
import { readHostResponse, MAX_WIDGETS_SHOWN_PER_CARD } from '../../sim/services/card-service';
import type { RunResult } from '../../sim/workspace';
import { deliverMessage, mailboxOf } from '../../sim/google/mailbox';
import { routeCallInputs, routeInputs } from '../security/route-parameters';
import { marksOf } from '../security/victim-marks';
import { act, rows, twoTenants, type Persona, type TwoTenants } from '../security/two-tenants';

const PREFIXES: string[] = manifest.addOns.common.openLinkUrlPrefixes;
const SCHEMA_FIELDS = 150;
const field = (i: number) => `f${String(i).padStart(3, '0')}`;

/** Every `openLink.url` anywhere in a host response or card (buttons, texts, images, grids, footers, card actions). */
function linksIn(json: unknown, out: string[] = []): string[] {
  if (Array.isArray(json)) for (const x of json) linksIn(x, out);
  else if (json && typeof json === 'object') {
    for (const [k, v] of Object.entries(json)) {
      if (k === 'openLink' && v && typeof v === 'object') out.push(String((v as { url?: unknown }).url ?? ''));
      linksIn(v, out);
    }
  }
  return out;
}

function widgetCount(card: CardJson): number {
  return (card.sections ?? []).reduce((n: number, s: CardJson) => n + (s.widgets?.length ?? 0), 0);
}

/** The cards a function's answer shows (pushed, updated, or returned), and the response itself. */
function shownBy(r: RunResult): { cards: CardJson[]; response: unknown } {
  if (!r.ok || r.value === undefined) return { cards: [], response: null };
  const host = readHostResponse(r.value);
  if (host.kind === 'cards' || host.kind === 'universal') return { cards: host.cards, response: host };
  if (host.kind === 'action') {
    const cards = host.response.navigations.flatMap((n) => ('pushCard' in n ? [n.pushCard] : 'updateCard' in n ? [n.updateCard] : []));
    return { cards, response: host };
  }
  return { cards: [], response: host };
}

describe('every card the add-on builds', () => {
  let t: TwoTenants;
  /** Problems found, as "where: what". */
  const problems: string[] = [];
  const seen = { cards: 0, links: 0, maxWidgets: 0 };
  const names = new Set<string>();

  function check(where: string, cards: CardJson[], response: unknown): void {
    for (const url of linksIn(response ?? cards)) {
      seen.links++;
      if (!openLinkAllowed(url, PREFIXES)) problems.push(`${where}: opens ${url}, outside openLinkUrlPrefixes`);
    }
    for (const card of cards) {
      seen.cards++;
      names.add(String(card.name));
      const n = widgetCount(card);
      seen.maxWidgets = Math.max(seen.maxWidgets, n);
      if (n > MAX_WIDGETS_SHOWN_PER_CARD) problems.push(`${where}: card "${card.name}" has ${n} widgets; Gmail shows ${MAX_WIDGETS_SHOWN_PER_CARD}`);
    }
  }

  function checkSession(where: string, s: SidebarSession): void {
    check(where, s.stack, s.stack);
    if (s.droppedWidgets) problems.push(`${where}: Gmail dropped ${s.droppedWidgets} widgets`);
    if (s.error && /openLinkUrlPrefixes/.test(s.error)) problems.push(`${where}: ${s.error}`);
  }

  /** Home › Directory sync › Field mapping, as the super admin clicks through Gmail. */
  function openMapping(): SidebarSession {
    return new SidebarSession(t.ws, t.project, t.A.as.superAdmin).openHomepage().click('Directory sync').click('Field mapping');
  }

  beforeAll(() => {
    t = twoTenants();
    // A directory with 150 custom attributes, every user holding a value for each.
    t.A.tenant.schemas.push({
      schemaId: 'hr-150', schemaName: 'HR', displayName: 'HR',
      fields: Array.from({ length: SCHEMA_FIELDS }, (_, i) => ({ fieldName: field(i), fieldType: 'STRING' as const })),
    });
    for (const u of t.ws.directory.usersOf(t.A.tenant.customerId)) {
      u.customSchemas = { ...(u.customSchemas ?? {}), HR: Object.fromEntries(Array.from({ length: SCHEMA_FIELDS }, (_, i) => [field(i), `${field(i)}-${u.name.givenName}`])) };
      t.ws.directory.updateUser(u);
    }
    // A sender whose signature carries profile links on sites the manifest does not list.
    deliverMessage(t.ws, t.A.inboxUser, {
      from: 'Tom Berg <tom@fjord.example>', subject: 'Hello',
      text: 'Hello,\n\nKind regards,\nTom Berg\nSales Director\nFjord Systems AB\nTel: +46 8 123 456 78\nhttps://www.linkedin.com/in/tom-berg\nhttps://x.com/tomberg\n',
    });
  }, 180_000);

  it('lets an admin map each of 150 custom attributes through the paged mapping card, and saves every one', () => {
    const s = openMapping();
    expect(s.card?.name).toBe('dir.mapping');
    const pages: number[] = [];
    const chosen = new Set<string>();
    for (let guard = 0; guard < 20; guard++) {
      expect(s.error).toBeUndefined();
      expect(s.droppedWidgets).toBe(0);
      expect(widgetCount(s.card!)).toBeLessThanOrEqual(MAX_WIDGETS_SHOWN_PER_CARD);
      pages.push(widgetCount(s.card!));
      expect(s.targets().map((x) => x.label)).toContain('Save mapping');
      const values: Record<string, string> = {};
      for (const input of s.inputs()) {
        if (!input.name.startsWith('map|customSchemas.HR.')) continue;
        values[input.name] = 'new:text';
        chosen.add(input.name.slice(4));
      }
      if (!s.targets().some((x) => x.label === 'Next')) {
        s.click('Save mapping', values);
        break;
      }
      s.click('Next', values);
    }
    expect(s.error).toBeUndefined();
    expect(s.notification).toBe('Mapping saved; it applies from the next sync.');
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(SCHEMA_FIELDS / 25));
    expect(chosen.size).toBe(SCHEMA_FIELDS);

    // Every attribute is mapped to its own new custom field, in the store.
    const fields = rows(t, t.A, 'fields');
    for (let i = 0; i < SCHEMA_FIELDS; i++) {
      const rule = fields.find((f) => f.attribute === `customSchemas.HR.${field(i)}`);
      expect(rule?.target).toBe(`custom.${field(i).toLowerCase()}`);
    }

    // Back and Next keep choices: page 2's attributes, changed and left by Back, are still mapped that way.
    const again = openMapping().click('Next');
    const onPage2 = again.inputs().filter((x) => x.name.startsWith('map|customSchemas.HR.')).map((x) => x.name);
    expect(onPage2.length).toBeGreaterThan(0);
    again.click('Back', { [onPage2[0]]: 'skip' });
    again.click('Next');
    const shown = Object.fromEntries(again.inputs().map((x) => [x.name, x.initial?.stringInputs?.value?.[0]]));
    expect(shown[onPage2[0]]).toBe('skip');
    expect(shown[onPage2[1]]).toBe(`field:custom.${onPage2[1].split('.').pop()}`);
  }, 180_000);

  it('opens only links the manifest allows and keeps every card within 100 widgets, on every route and entry point', () => {
    const found = routeInputs();
    const marks = marksOf(t, t.A, t.B);
    const personas: Persona[] = ['superAdmin', 'user'];
    for (const route of Object.keys(ROUTES).sort()) {
      for (const p of personas) {
        for (let k = 0; k < 2; k++) {
          const { params, form } = routeCallInputs(found, route, k, marks);
          const { cards, response } = shownBy(act(t, t.A.as[p], route, { params, form }));
          check(`${route} as ${p} [set ${k}]`, cards, response);
        }
      }
    }
    // Universal actions that are links in the manifest itself.
    check('manifest universalActions', [], manifest.addOns.common.universalActions.map((ua) => ('openLink' in ua ? { openLink: { url: ua.openLink } } : {})));
    for (const p of ['superAdmin', 'delegatedAdmin', 'user'] as Persona[]) {
      const s = new SidebarSession(t.ws, t.project, t.A.as[p]).openHomepage();
      checkSession(`homepage of ${p}`, s);
      for (const ua of manifest.addOns.common.universalActions) checkSession(`universal "${ua.label}" of ${p}`, s.universalAction(ua.label));
      checkSession(`compose of ${p}`, s.openCompose({}));
    }
    const inbox = new SidebarSession(t.ws, t.project, t.A.inboxUser);
    for (const m of mailboxOf(t.ws, t.ws.user(t.A.inboxUser)).messages) {
      inbox.openMessage(m.id);
      checkSession(`message ${m.id}`, inbox);
      for (const target of inbox.targets()) if (target.onClick.openLink) checkSession(`click ${target.label}`, inbox.click(target.id));
    }
    console.log(`every card: ${seen.cards} cards, ${seen.links} links, at most ${seen.maxWidgets} widgets on one card`);
    expect(seen.cards).toBeGreaterThan(Object.keys(ROUTES).length);
    expect(seen.links).toBeGreaterThan(0);
    // Confirmation cards (src/ui/confirm.ts) are among them: routes called without a confirmation show one.
    expect(names).toContain('confirm');
    expect(problems).toEqual([]);
  }, 600_000);
});
