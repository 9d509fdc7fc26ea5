/**
 * A campaign that ends while a run is under way, through the built bundle: the run decided at its start that the
 * campaign was live, so every employee of that run gets its banner — including those written by executions that
 * start after the end. The next run drops the banner for everyone.
 */
import { action, directoryWorld, setUp, sheetRows, scriptProps, connectPublisher } from '../directory/world';
import { mailboxOf } from '../../sim/google/mailbox';
import { setLatencyModel } from '../../sim/google/latency';
import { STARTER_TEMPLATES } from '../../src/core/signatures/starters';

describe('a campaign ending mid-run', () => {
  it('gives every employee of the run the same answer, and drops out on the next run', () => {
    const w = directoryWorld({ users: 400, seed: 31 });
    if (!setUp(w).ok) throw new Error('setup failed');
    const key = `t:${w.tenant.customerId}`;
    for (let i = 0; i < 12 && scriptProps(w)[`${key}:run`]; i++) w.ws.advance(3600_000);
    connectPublisher(w);
    const banner = STARTER_TEMPLATES.find((s) => s.key === 'banner')!;
    action(w, 'templates.save', { form: { name: 'With banner', html: banner.html, aliasPolicy: 'primary' } });
    action(w, 'assignments.add', { form: { targetKind: 'company', templateId: sheetRows(w, 'signature_templates')[0].id } });
    const now = w.ws.clock.now();
    const saved = action(w, 'campaigns.save', {
      form: {
        name: 'Flash sale', imageUrl: 'https://cdn.example.com/flash.png', link: 'https://example.com/flash', alt: 'Flash sale',
        start: now - 3600_000, end: now + 20 * 60_000, timeZone: 'UTC', targetKind: 'company',
      },
    });
    expect(saved.ok).toBe(true);
    const campaignEnd = JSON.parse(sheetRows(w, 'signature_campaigns')[0].json).endsAt as number;

    // Apply now for 400 employees fits one card action at the latency model's pace: slow token exchanges (a second
    // each) make this run go on in the background, past the campaign's end.
    setLatencyModel(w.ws, { endpoints: { 'oauth.token': { baseMs: 1_000 } } });
    action(w, 'signatures.applyNow', { params: { scope: 'everyone' } });
    for (let i = 0; i < 12 && scriptProps(w)[`${key}:run`]; i++) w.ws.advance(3600_000);
    const run = sheetRows(w, 'runs').slice(-1)[0];
    expect(Number(run.executions)).toBeGreaterThan(1);
    expect(Date.parse(run.finishedAt)).toBeGreaterThan(campaignEnd);

    const employees = sheetRows(w, 'employees').filter((e) => e.reason === '' && e.syncOn !== 'false');
    const sig = (email: string) => mailboxOf(w.ws, w.ws.user(email)).sendAs[email]?.signature ?? '';
    expect(employees.filter((e) => sig(e.primaryEmail).includes('flash.png')).length).toBe(employees.length);

    action(w, 'signatures.applyNow', { params: { scope: 'everyone' } });
    for (let i = 0; i < 12 && scriptProps(w)[`${key}:run`]; i++) w.ws.advance(3600_000);
    expect(employees.filter((e) => sig(e.primaryEmail).includes('flash.png')).length).toBe(0);
    expect(employees.every((e) => sig(e.primaryEmail).includes(`mailto:${e.primaryEmail}`))).toBe(true);
  });
});
