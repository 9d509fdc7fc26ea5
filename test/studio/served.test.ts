/**
 * The Studio opened as an admin would open it: the template editor's "Open in Studio" link (an OpenLink Gmail
 * allows under openLinkUrlPrefixes), then `npm start`'s server serving the web app at that link's path, as the
 * selected user, with google.script.run calls posted back from the sandboxed frame.
 */
import { startSidebarServer, type SidebarServer } from '../../sim/server';
import { openLinkAllowed } from '../../sim/host/open-link';
import { localWebAppHref } from '../../sim/server/web-app-page';
import { readHostResponse } from '../../sim/services/card-service';
import { action, studioCall, studioWorld, type StudioWorld } from './world';

function openLinks(card: unknown): string[] {
  const out: string[] = [];
  JSON.stringify(card, (k, v) => {
    if (k === 'openLink' && v && typeof v.url === 'string') out.push(v.url);
    return v;
  });
  return out;
}

describe('the Studio opened from the sidebar and served beside the offline Gmail', () => {
  let w: StudioWorld;
  let server: SidebarServer;
  let templateId: string;

  beforeAll(async () => {
    w = studioWorld(12, 5);
    const saved = studioCall(w, 'studioSave', [{ name: 'Plain', html: '<b>{{fullName}}</b>' }]);
    templateId = saved.id;
    server = await startSidebarServer({ ws: w.ws, project: w.project, port: 0, users: [w.admin], backgroundIdleMs: 0 });
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  it('gives the template editor an "Open in Studio" link to this template that Gmail may open', () => {
    const r = action(w, 'templates.edit', { params: { id: templateId } });
    const links = openLinks(readHostResponse(r.value));
    const studio = links.find((u) => u.includes('/macros/s/'))!;
    expect(studio).toMatch(new RegExp(`^https://script\\.google\\.com/macros/s/[\\w-]+/exec\\?template=${templateId}$`));
    const prefixes = (w.project.manifest.addOns!.common as { openLinkUrlPrefixes: string[] }).openLinkUrlPrefixes;
    expect(openLinkAllowed(studio, prefixes)).toBe(true);
    expect(localWebAppHref(w.project, studio)).toMatch(/^\/macros\/s\/[\w-]+\/exec\?template=/);
  });

  it('serves the page at the link’s path as the selected admin, and answers google.script.run calls', async () => {
    const r = action(w, 'templates.edit', { params: { id: templateId } });
    const link = openLinks(readHostResponse(r.value)).find((u) => u.includes('/macros/s/'))!;
    const path = localWebAppHref(w.project, link)!;
    const page = await (await fetch(server.url + path)).text();
    expect(page).toContain(`running as ${w.admin}`);
    expect(page).toContain('sandbox="allow-scripts');
    expect(page).toContain('google.script.run');
    expect(page).toContain(`data-template=&quot;${templateId}&quot;`);
    const runPath = path.replace(/\/exec.*$/, '/run');
    const call = async (fn: string, args: unknown[]) =>
      (await (await fetch(server.url + runPath, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ fn, args }) })).json()) as { ok: boolean; value?: any; error?: string };
    const loaded = await call('studioLoad', [templateId]);
    expect(loaded.ok).toBe(true);
    expect(loaded.value.template.name).toBe('Plain');
    expect(await call('studioLoad_', [])).toMatchObject({ ok: false });
  });
});
