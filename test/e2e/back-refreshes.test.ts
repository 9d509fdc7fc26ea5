import { SidebarSession, type CardJson } from '../../sim/host';
import { freshInstall, type FreshInstall } from './fresh-install';

/**
 * ← shows the card below as it was built, as in Gmail (sim/host/session.ts back()): so after a save Autograph
 * rebuilds the card ← returns to (popCard + updateCard), and the setup wizard pushes "Pick users" over its step.
 */
const text = (c: CardJson | undefined) => JSON.stringify(c ?? {});
const title = (s: SidebarSession) => s.card?.header?.title as string;

/** A fresh install taken through the checklist's directory import (and a template when `template`). */
function installed(seed: string, template = false): FreshInstall & { s: SidebarSession } {
  const f = freshInstall(seed);
  const s = new SidebarSession(f.ws, f.project, f.admin).openHomepage();
  s.click('Import everyone');
  if (template) s.click('Use Classic');
  expect(s.error).toBeUndefined();
  return { ...f, s };
}

describe('back after a change', () => {
  it('shows the template list with the template just saved', () => {
    const { s } = installed('back-template');
    s.click('More designs');
    expect(title(s)).toBe('Templates');
    expect(text(s.card)).toContain('No templates yet');
    s.click('Use', {});
    expect(title(s)).toBe('New template');
    s.click('Save', { name: 'Sales signature' });
    expect(s.error).toBeUndefined();
    expect(s.notification).toMatch(/^Template saved\./);
    expect(title(s)).toBe('Edit Sales signature'); // the editor stays for more edits
    s.back();
    expect(title(s)).toBe('Templates');
    expect(text(s.card)).toContain('Sales signature');
    expect(text(s.card)).not.toContain('No templates yet');
    expect(s.stack).toHaveLength(2);
  });

  it('shows the campaign list with the campaign just saved, and ← from it goes back to Signatures', () => {
    const { s, ws } = installed('back-campaign', true);
    s.click('Signatures').click('Campaigns');
    expect(title(s)).toBe('Campaigns');
    s.click('New campaign');
    const now = ws.clock.now();
    s.click('Save', { name: 'Flash sale', imageUrl: 'https://cdn.example.com/flash.png', link: 'https://example.com/flash', alt: 'Flash sale', start: now + 3600_000, end: now + 86_400_000 });
    expect(s.error).toBeUndefined();
    expect(s.notification).toMatch(/^Campaign "Flash sale" saved/);
    // The editor closed, and the list it returns to was rebuilt with the campaign.
    expect(title(s)).toBe('Campaigns');
    expect(text(s.card)).toContain('Flash sale');
    expect(s.stack.map((c) => c.name)).toEqual(['home', 'signatures', 'campaigns']);
    s.back();
    expect(s.card!.name).toBe('signatures');
  });

  it('keeps the wizard\'s place: ← from "Pick users" returns to "Which users", with the picked count', () => {
    const f = freshInstall('back-pick');
    const s = new SidebarSession(f.ws, f.project, f.admin).openHomepage();
    s.click('Choose who and how').click('Connect').click('Next', { departmentsMode: 'standard' });
    expect(s.card!.name).toBe('dir.users');
    s.click('Pick users…');
    expect(s.card!.name).toBe('dir.pick');
    s.back();
    expect(s.card!.name).toBe('dir.users');
    s.click('Pick users…');
    const first = s.inputs().find((i) => i.name === 'pick');
    expect(first).toBeDefined();
    const ids = (s.card!.sections as CardJson[]).flatMap((x) => x.widgets).find((w: CardJson) => w.selectionInput?.name === 'pick').selectionInput.items.slice(0, 2).map((i: CardJson) => i.value);
    s.click('Add selected', { pick: ids });
    expect(s.error).toBeUndefined();
    s.back();
    expect(s.card!.name).toBe('dir.users');
    expect(text(s.card)).toContain('2 users picked.');
    s.click('Pick users…').click('Done');
    expect(s.card!.name).toBe('dir.users');
    expect(s.stack.map((c) => c.name)).toEqual(['home', 'dir.users']);
  });

  it('shows a card below as it was built when something else changed the data (as Gmail does, no rebuild)', () => {
    const { s, ws, project, admin } = installed('back-stale');
    s.click('More designs');
    s.click('Use', {});
    // Another tab (a second sidebar of the same admin) saves a template meanwhile.
    const other = new SidebarSession(ws, project, admin).openHomepage();
    other.click('More designs').click('Use', {}).click('Save', { name: 'From the other tab' });
    expect(other.notification).toMatch(/^Template saved\./);
    s.back();
    expect(title(s)).toBe('Templates');
    expect(text(s.card)).not.toContain('From the other tab');
  });
});
