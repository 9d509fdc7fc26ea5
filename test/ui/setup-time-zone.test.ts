/**
 * The time zone the setup proposes for the nightly run is the admin's own, as Gmail reports it — and Gmail reports
 * it only to an add-on whose manifest asks (`addOns.common.useLocaleFromApp` and the `script.locale` scope:
 * workspace/add-ons/how-tos/access-user-locale). Without them the setup can only fall back to the script's zone.
 * Runs the built bundle through the Gmail host.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { localeFromApp } from '../../sim/host/events';
import { SidebarSession } from '../../sim/host/session';
import type { SimProject } from '../../sim/project';
import { action, directoryWorld, type DirWorld } from '../directory/world';

const ROOT = path.join(__dirname, '..', '..');
const made: string[] = [];
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

/** dist/ as built, with the manifest changed by `edit` (a copy in a temp folder, removed after the tests). */
function distWithManifest(edit: (m: Record<string, any>) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autograph-manifest-'));
  made.push(dir);
  fs.copyFileSync(path.join(ROOT, 'dist', 'Code.js'), path.join(dir, 'Code.js'));
  const m = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', 'appsscript.json'), 'utf8'));
  edit(m);
  fs.writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify(m));
  return dir;
}

/** Connects Autograph as the admin in Chicago through Gmail, finishes the setup, and reads the proposed zone. */
function proposedZone(w: DirWorld): string | undefined {
  const s = new SidebarSession(w.ws, w.project, w.admin, { timeZone: 'America/Chicago' }).openHomepage();
  s.click('Directory sync').click('Connect');
  expect(s.error).toBeUndefined();
  for (const [route, form] of [
    ['dir.setup.saveDepartments', { departmentsMode: 'standard' }],
    ['dir.setup.saveUsers', { selectionKind: 'all' }],
    ['dir.setup.saveMapping', {}],
    ['dir.setup.import', {}],
  ] as Array<[string, Record<string, string>]>) expect(action(w, route, { form }).ok).toBe(true);
  s.openHomepage().click('Directory sync');
  expect(s.card?.name).toBe('sync');
  return s.inputs().find((i) => i.name === 'timeZone')?.initial?.stringInputs?.value[0];
}

describe('the time zone the setup proposes', () => {
  it("is the admin's own zone from Gmail (America/Chicago), not the script's Europe/Berlin", () => {
    const w = directoryWorld({ users: 12 });
    expect(w.project.manifest.timeZone).toBe('Europe/Berlin');
    // Autograph's manifest asks for the locale: useLocaleFromApp and the script.locale scope.
    expect(localeFromApp(w.project.manifest)).toBe(true);
    expect(proposedZone(w)).toBe('America/Chicago');
  });

  it("falls back to the script's zone when the manifest does not ask Gmail for the user's locale", () => {
    const noLocale = distWithManifest((m) => delete m.addOns.common.useLocaleFromApp);
    const base = directoryWorld({ users: 12 });
    const project: SimProject = base.ws.loadProject(noLocale, 'autograph-no-locale');
    expect(localeFromApp(project.manifest)).toBe(false);
    base.ws.install(project, base.tenant.customerId, base.admin);
    expect(proposedZone({ ...base, project })).toBe('Europe/Berlin');
  });
});
