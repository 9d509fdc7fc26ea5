/**
 * The wizard's field mapping as an admin meets it in Gmail (issue 12, "A calmer wizard"): attributes grouped
 * person, work, contact, custom, named in plain words with real users' values beside them, sensible defaults
 * (work phone, not home; website and LinkedIn when users have them), under 100 widgets a page. Runs the built
 * bundle.
 */
import { SidebarSession, type CardJson } from '../../sim/host/session';
import { MAX_WIDGETS_SHOWN_PER_CARD } from '../../sim/services/card-service';
import { directoryWorld, importableUsers, scriptProps, sheetRows, type DirWorld } from '../directory/world';

/** Home › Directory sync › Connect › Next › Next: the mapping card, as a fresh install reaches it. */
function mappingStep(w: DirWorld): SidebarSession {
  const s = new SidebarSession(w.ws, w.project, w.admin).openHomepage().click('Directory sync').click('Connect').click('Next').click('Next');
  expect(s.card?.name).toBe('dir.mapping');
  return s;
}

/** Every text a person reads on a card (labels, texts, headers, titles), not input names or parameters. */
function visibleTexts(card: CardJson | undefined): string[] {
  const out: string[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) (typeof v === 'string' && ['text', 'topLabel', 'bottomLabel', 'header', 'label', 'title'].includes(k) ? out.push(v) : walk(v));
  };
  walk(card);
  return out;
}

/** The widget after the one labelled `label`: the attribute's row is its name, then its dropdown. */
function rowOf(card: CardJson | undefined, label: string): CardJson | undefined {
  for (const section of card?.sections ?? []) for (const w of section.widgets ?? []) if (w.decoratedText?.topLabel === label) return w.decoratedText;
  return undefined;
}

describe('the field mapping card', () => {
  let w: DirWorld;
  let s: SidebarSession;
  const pages: CardJson[] = [];

  beforeAll(() => {
    w = directoryWorld({ users: 80, seed: 9 });
    s = mappingStep(w);
    pages.push(s.card!);
    for (let i = 0; i < 5 && s.targets().some((t) => t.label === 'Next'); i++) pages.push(s.click('Next').card!);
  });

  it('groups attributes as person, work, contact and custom, each page under 100 widgets', () => {
    const headers = pages.flatMap((p) => (p.sections ?? []).map((x: CardJson) => x.header).filter(Boolean));
    const order = ['Person', 'Work', 'Contact', 'Custom attributes'].map((h) => headers.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const p of pages) expect((p.sections ?? []).reduce((n: number, x: CardJson) => n + (x.widgets?.length ?? 0), 0)).toBeLessThanOrEqual(MAX_WIDGETS_SHOWN_PER_CARD);
  });

  it('names every attribute in plain words, never the API names', () => {
    const texts = pages.flatMap(visibleTexts);
    expect(texts).toEqual(expect.arrayContaining(['Employment › Start date', 'Work phone', 'Address › City', 'Job title', 'Website']));
    for (const t of texts) expect(t).not.toMatch(/customSchemas\.|organizations\.|phones\.|addresses\.|websites\.|name\.givenName|work_fax/);
  });

  it("shows real users' values beside each attribute, and how many users have it", () => {
    const first = pages[0];
    const phone = rowOf(first, 'Work phone') ?? pages.map((p) => rowOf(p, 'Work phone')).find(Boolean);
    const values = new Set(importableUsers(w).flatMap((u) => (u.phones ?? []).filter((p) => p.type === 'work').map((p) => p.value)));
    const shown = String(phone?.text).split(' · ');
    expect(shown.length).toBeGreaterThan(0);
    for (const v of shown) expect(values.has(v)).toBe(true);
    expect(String(phone?.bottomLabel)).toMatch(/^\d+ of \d+ users · now: Work phone$/);
  });

  it('maps the work phone, not the home phone, and the website and LinkedIn profile users have', () => {
    const byAttr = new Map<string, string | undefined>();
    for (const p of pages) {
      for (const section of p.sections ?? []) {
        for (const x of section.widgets ?? []) {
          const input = x.selectionInput;
          if (input?.name?.startsWith('map|')) byAttr.set(input.name.slice(4), (input.items ?? []).find((i: CardJson) => i.selected)?.value);
        }
      }
    }
    expect(byAttr.get('phones.work')).toBe('field:phones.work');
    expect(byAttr.get('phones.mobile')).toBe('field:phones.mobile');
    expect(byAttr.get('phones.home')).toBe('skip');
    expect(byAttr.get('websites.work')).toBe('field:custom.website');
    expect(byAttr.get('websites.profile')).toBe('field:custom.linkedin');
    // Saved and imported: an employee with a LinkedIn profile in Workspace carries it in Autograph.
    s.click('Save mapping').click('Import now');
    expect(s.error).toBeUndefined();
    for (let i = 0; i < 12 && Object.keys(scriptProps(w)).some((k) => k === `t:${w.tenant.customerId}:run`); i++) w.ws.advance(3600_000);
    const withProfile = importableUsers(w).find((u) => u.websites?.some((x) => x.type === 'profile'))!;
    const row = sheetRows(w, 'employees').find((e) => e.primaryEmail === withProfile.primaryEmail.toLowerCase())!;
    expect(JSON.parse(row.custom)).toMatchObject({ linkedin: withProfile.websites!.find((x) => x.type === 'profile')!.value, website: withProfile.websites!.find((x) => x.type === 'work')!.value });
    expect(row['phones.home']).toBe('');
  });
});
