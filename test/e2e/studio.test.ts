/**
 * The Studio in headless Chromium, as issue 13 asks: opened at the sidebar's "Open in Studio" link on the offline
 * Gmail's server, a two-column design with a photo and a conditional mobile block built in the page, previewed for
 * an employee with a mobile and one without, saved, assigned and applied — and Gmail holds the HTML the renderer
 * made of the saved template. Skipped locally without Chromium (CI fails instead), as test/e2e/sidebar.test.ts.
 */
import * as fs from 'node:fs';
import { chromium, type Browser, type FrameLocator } from 'playwright-core';
import { startSidebarServer, type SidebarServer } from '../../sim/server';
import { localWebAppHref } from '../../sim/server/web-app-page';
import { readHostResponse } from '../../sim/services/card-service';
import { sanitizeSignature } from '../../sim/google/signature-sanitizer';
import { mailboxOf } from '../../sim/google/mailbox';
import { rowToEmployee } from '../../src/core/directory/employee-row';
import { renderSignature } from '../../src/core/signatures/render';
import { sheetRows, shown } from '../directory/world';
import { action, studioWorld, type StudioWorld } from '../studio/world';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
const inCi = process.env.CI === 'true' || process.env.CI === '1';
const browserIt = (name: string, fn: () => Promise<void>) =>
  (hasChromium || inCi ? it : it.skip)(name, async () => {
    if (!hasChromium) throw new Error(`${CHROMIUM} is missing: CI must install it (apt-get install -y chromium)`);
    await fn();
  }, 180_000);

/** The "Open in Studio" link of the template editor for a new template, as the sidebar shows it. */
function studioLink(w: StudioWorld): string {
  const card = JSON.stringify(readHostResponse(action(w, 'templates.edit', { params: { starter: 'classic' } }).value));
  const url = /"url":"(https:\/\/script\.google\.com\/macros\/s\/[^"]+)"/.exec(card)?.[1];
  if (!url) throw new Error('the template editor shows no Open in Studio link');
  return url;
}

async function waitForPreview(f: FrameLocator, email: string): Promise<void> {
  await f.locator('#employee-count', { hasText: email }).waitFor({ timeout: 30_000 });
}

describe('the Signature Studio in headless Chromium', () => {
  let w: StudioWorld;
  let server: SidebarServer;
  let browser: Browser;

  beforeAll(async () => {
    w = studioWorld(16, 9);
    server = await startSidebarServer({ ws: w.ws, project: w.project, port: 0, users: [w.admin], backgroundIdleMs: 0 });
    if (hasChromium) browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  browserIt('designs, previews for two employees, saves; assign and apply put the same HTML in Gmail', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(server.url + localWebAppHref(w.project, studioLink(w))!);
    const f = page.frameLocator('iframe');
    await f.locator('#employee-count').filter({ hasText: 'characters' }).waitFor({ timeout: 30_000 });
    // Two columns, photo left, divider; the mobile phone moves to the second column as a conditional block.
    await f.locator('#columns').selectOption('2');
    await f.locator('#divider').check();
    await f.locator('#photo').selectOption('left');
    await f.locator('#main-blocks .block').nth(2).getByRole('button', { name: 'Remove' }).click();
    await f.locator('[data-add="side"]').click();
    const side = f.locator('#side-blocks .block').first();
    await side.locator('[data-k="kind"]').selectOption('phone');
    await side.locator('[data-k="field"]').selectOption('phone.mobile');
    await side.locator('[data-k="label"]').fill('Mobile');
    await side.locator('[data-k="conditional"]').check();
    await f.locator('#name').fill('Studio e2e');
    for (const [email, mobile] of [[w.withMobile, true], [w.withoutMobile, false]] as const) {
      await f.locator('#who').fill(email);
      await f.locator('#results div', { hasText: email }).click();
      await waitForPreview(f, email);
      const shownHtml = await f.locator('#frame-employee').getAttribute('srcdoc');
      expect([email, shownHtml!.includes('Mobile')]).toEqual([email, mobile]);
    }
    await f.locator('#save').click();
    await f.locator('#status', { hasText: 'Template saved' }).waitFor({ timeout: 30_000 });

    const row = sheetRows(w, 'signature_templates').map((r) => JSON.parse(r.json) as { id: string; name: string; html: string }).find((t) => t.name === 'Studio e2e')!;
    expect(row.html).toContain('{{#phone.mobile}}');
    expect(shown(action(w, 'assignments.add', { form: { targetKind: 'company', templateId: row.id } }))).toMatch(/Assigned to whole company/);
    const rows = sheetRows(w, 'employees');
    const header = Object.keys(rows[0]);
    for (const email of [w.withMobile, w.withoutMobile]) {
      expect(action(w, 'signatures.applyNow', { params: { scope: 'employee', email } }).ok).toBe(true);
      const e = rows.map((r) => rowToEmployee(header, header.map((h) => r[h]))).find((x) => x.primaryEmail === email)!;
      const rendered = renderSignature(row.html, e, { banner: null, at: w.ws.clock.now(), timeZone: w.tenant.timeZone });
      expect(mailboxOf(w.ws, w.ws.user(email)).sendAs[email]?.signature).toBe(sanitizeSignature(rendered.html));
    }
  });
});
