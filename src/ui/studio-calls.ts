/**
 * The Signature Studio's server side: what doGet serves and every function its page calls through
 * google.script.run. Each call is an entry point of its own — the page is untrusted, so each one asks
 * `authorizeStudioCall` (src/ui/studio-auth.ts) before it reads anything, opens only the caller's own tenant, and
 * checks every argument (a refusal throws, which reaches the page's failure handler as an Error:
 * apps-script/guides/html/reference/run, withFailureHandler).
 */
import type { Employee } from '../core/directory/employee';
import { STARTER_TEMPLATES } from '../core/signatures/starters';
import { validateTemplate, type TemplateIssue } from '../core/signatures/validate';
import { customKeysOf, placeholderCatalogue, signatureView } from '../core/signatures/placeholders';
import { renderSignature } from '../core/signatures/render';
import { bannerFor, liveCampaigns } from '../core/signatures/campaigns';
import { GMAIL_SIGNATURE_LIMIT, type SignatureTemplate } from '../core/signatures/types';
import { checkLayout, layoutTemplate, type LayoutIssue } from '../core/studio/layout';
import { layoutInTemplate, withLayoutComment } from '../core/studio/layout-comment';
import { gmailKeeps } from '../core/studio/gmail-keeps';
import { literalImageUrls, type ImageCheck } from '../core/studio/image-preflight';
import { probeImage } from '../adapters/image-probe';
import { emailKey } from '../core/tenant';
import { authorizeStudioCall } from './studio-auth';
import { currentViewer, type Viewer } from './viewer';
import { isCard, openWorld, type SignatureWorld } from './signature-cards';
import { savedToast } from './template-cards';

/** A web-app execution has 6 minutes (apps-script/guides/services/quotas); the save check stops well before. */
const CHECK_BUDGET_MS = 120_000;
const SEARCH_LIMIT = 20;
const MAX_TEMPLATE_CHARS = 50_000;

/** The caller's world after the Studio's gate, or a thrown refusal (nothing read before it). */
function studioWorld(): { viewer: Viewer; world: SignatureWorld } {
  const access = authorizeStudioCall(currentViewer());
  if (!access.allowed) throw new Error(access.reason);
  const world = openWorld(access.viewer);
  if (isCard(world)) throw new Error('Autograph is not set up for your domain yet: open Autograph in Gmail and finish setup first.');
  return { viewer: access.viewer, world };
}

/** The design the page sends: a layout from the designer, or HTML from the expert view. */
interface DesignInput {
  layout?: unknown;
  html?: unknown;
}

function customFieldKeys(world: SignatureWorld, employees: Employee[]): string[] {
  const defined = world.tenant.readMapping().customFields.map((f) => f.key);
  return [...new Set([...defined, ...customKeysOf(employees)])];
}

function knownFields(world: SignatureWorld, employees: Employee[]): Set<string> {
  return new Set(placeholderCatalogue(customFieldKeys(world, employees)).map((p) => p.name));
}

/** The template a design stands for, or the layout's problems. */
function templateOf(world: SignatureWorld, employees: Employee[], input: unknown): { html: string } | { layoutIssues: LayoutIssue[] } {
  const d = (typeof input === 'object' && input !== null ? input : {}) as DesignInput;
  if (d.layout !== undefined && d.layout !== null) {
    const checked = checkLayout(d.layout, knownFields(world, employees));
    if ('issues' in checked) return { layoutIssues: checked.issues };
    return { html: withLayoutComment(layoutTemplate(checked.layout), checked.layout) };
  }
  if (typeof d.html !== 'string') return { layoutIssues: [{ field: 'html', message: 'is missing', fix: 'design the signature or paste its HTML in the HTML view' }] };
  if (d.html.length > MAX_TEMPLATE_CHARS) return { layoutIssues: [{ field: 'html', message: `is ${d.html.length} characters`, fix: `keep the template under ${MAX_TEMPLATE_CHARS} characters` }] };
  return { html: d.html };
}

function pathValue(view: Record<string, unknown>, name: string): string {
  let v: unknown = view;
  for (const part of name.split('.')) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[part] : undefined;
  return typeof v === 'string' ? v : '';
}

function signable(world: SignatureWorld): Employee[] {
  return world.tenant.employees().filter((x) => x.syncOn && x.reason === '');
}

function contextFor(world: SignatureWorld) {
  const now = Date.now();
  const live = liveCampaigns(world.sigs.campaigns(), now);
  const banners = world.sigs.departmentBanners();
  const timeZone = world.sigs.settings().timeZone;
  return { at: now, timeZone, bannerFor: (e: Employee) => bannerFor(e, live, banners).banner };
}

/** Everything the page opens with: the templates, the starters, the tenant's fields with sample values. */
export function studioLoad(templateId?: unknown) {
  const { world } = studioWorld();
  const employees = signable(world);
  const ctx = contextFor(world);
  const views = employees.slice(0, 200).map((e) => signatureView(e, { banner: ctx.bannerFor(e), at: ctx.at, timeZone: ctx.timeZone }));
  const fields = placeholderCatalogue(customFieldKeys(world, employees)).map((p) => ({
    name: p.name,
    label: p.label,
    sample: views.map((v) => pathValue(v, p.name)).find((s) => s !== '') ?? '',
  }));
  const templates = world.sigs.templates();
  const chosen = typeof templateId === 'string' ? templates.find((t) => t.id === templateId) ?? null : null;
  return {
    templates: templates.map((t) => ({ id: t.id, name: t.name })),
    template: chosen ? { id: chosen.id, name: chosen.name, html: chosen.html, aliasPolicy: chosen.aliasPolicy, enforce: chosen.enforce, layout: layoutInTemplate(chosen.html) } : null,
    starters: STARTER_TEMPLATES.map((s) => ({ key: s.key, name: s.name, html: s.html, aliasPolicy: s.aliasPolicy })),
    fields,
    employees: employees.length,
    limit: GMAIL_SIGNATURE_LIMIT,
  };
}

/** Employees whose email or name contains the query (the preview's employee search). */
export function studioSearch(query?: unknown) {
  const { world } = studioWorld();
  const q = typeof query === 'string' ? query.trim().toLowerCase() : '';
  return signable(world)
    .filter((e) => !q || e.primaryEmail.includes(q) || `${e.givenName} ${e.familyName}`.toLowerCase().includes(q))
    .slice(0, SEARCH_LIMIT)
    .map((e) => ({ email: e.primaryEmail, name: `${e.givenName} ${e.familyName}`.trim(), title: e.title }));
}

/** A rendering for the page: the count is the writer's (renderSignature's length), the HTML what the Gmail model keeps. */
function shown(world: SignatureWorld, html: string, e: Employee) {
  const ctx = contextFor(world);
  const r = renderSignature(html, e, { banner: ctx.bannerFor(e), at: ctx.at, timeZone: ctx.timeZone });
  return {
    email: e.primaryEmail,
    length: r.length,
    refusal: r.refusal,
    html: r.refusal && r.refusal.kind !== 'too_long' ? '' : gmailKeeps(r.html),
  };
}

/**
 * The exact preview: the design rendered by the writer's renderer for one employee (by email, else the first) and
 * for the employee whose rendering is longest, each through the model of Gmail's sanitiser, with the one count.
 */
export function studioPreview(design?: unknown, email?: unknown) {
  const { world } = studioWorld();
  const employees = signable(world);
  const t = templateOf(world, employees, design);
  if ('layoutIssues' in t) return { ok: false, layoutIssues: t.layoutIssues, issues: [] as TemplateIssue[] };
  const check = checkTemplate(world, employees, t.html);
  const wanted = typeof email === 'string' ? emailKey(email) : '';
  const chosen = (wanted && employees.find((e) => e.primaryEmail === wanted)) || employees[0];
  const longest = check.longest ? employees.find((e) => e.primaryEmail === check.longest!.email) : undefined;
  return {
    ok: check.ok,
    template: t.html,
    issues: check.issues,
    layoutIssues: [] as LayoutIssue[],
    limit: GMAIL_SIGNATURE_LIMIT,
    checked: check.checked,
    overLimit: check.overLimit.length,
    employee: chosen && check.ok ? shown(world, t.html, chosen) : null,
    longest: longest && check.ok ? shown(world, t.html, longest) : null,
  };
}

function checkTemplate(world: SignatureWorld, employees: Employee[], html: string) {
  const started = Date.now();
  const ctx = contextFor(world);
  return validateTemplate({ html, customFieldKeys: customFieldKeys(world, employees), employees, bannerFor: ctx.bannerFor, at: ctx.at, timeZone: ctx.timeZone, outOfTime: () => Date.now() - started > CHECK_BUDGET_MS });
}

/** Saves the design as a template after the same checks as the sidebar's editor; the answer says what was checked. */
export function studioSave(request?: unknown) {
  const { viewer, world } = studioWorld();
  const r = (typeof request === 'object' && request !== null ? request : {}) as Record<string, unknown>;
  const name = typeof r.name === 'string' ? r.name.trim() : '';
  if (!name || name.length > 100) return { saved: false, message: 'Name: give the template a name of at most 100 characters.', issues: [] as TemplateIssue[], layoutIssues: [] as LayoutIssue[] };
  const employees = signable(world);
  const t = templateOf(world, employees, r);
  if ('layoutIssues' in t) return { saved: false, message: 'Not saved: fix the fields listed.', issues: [] as TemplateIssue[], layoutIssues: t.layoutIssues };
  const id = typeof r.id === 'string' ? r.id : '';
  const existing = id ? world.sigs.templates().find((x) => x.id === id) : undefined;
  if (id && !existing) return { saved: false, message: 'This template no longer exists: reload the Studio.', issues: [] as TemplateIssue[], layoutIssues: [] as LayoutIssue[] };
  const check = checkTemplate(world, employees, t.html);
  if (!check.ok) return { saved: false, message: 'Not saved: fix the errors listed.', issues: check.issues, layoutIssues: [] as LayoutIssue[] };
  const template: SignatureTemplate = {
    id: existing?.id ?? `tpl-${Utilities.getUuid().slice(0, 8)}`,
    name,
    html: t.html,
    aliasPolicy: r.aliasPolicy === 'all' ? 'all' : 'primary',
    enforce: r.enforce === true,
    updatedAt: Date.now(),
    updatedBy: viewer.email,
  };
  world.sigs.saveTemplate(template);
  const longest = check.longest ? ` Checked ${check.checked} of ${employees.length} employees; longest rendering ${check.longest.length.toLocaleString('en-US')} characters (${check.longest.email}).` : '';
  return { saved: true, id: template.id, message: savedToast(template, world.sigs.assignments(), employees, world.tenant.tenant.autoSync) + longest, issues: check.issues, layoutIssues: [] as LayoutIssue[] };
}

/** Image pre-flight for every image address the design writes itself (image-preflight.ts). */
export function studioCheckImages(design?: unknown): ImageCheck[] {
  const { world } = studioWorld();
  const t = templateOf(world, signable(world), design);
  if ('layoutIssues' in t) return [];
  return literalImageUrls(t.html).slice(0, 10).map(probeImage);
}

/** doGet: the Studio page for an administrator; anyone else gets a refusal page and nothing is read. */
export function studioPage(e: { parameter?: Record<string, string> } | undefined) {
  const access = authorizeStudioCall(currentViewer());
  if (!access.allowed) {
    const out = HtmlService.createTemplateFromFile('StudioRefused');
    (out as unknown as Record<string, string>).reason = access.reason;
    return out.evaluate().setTitle('Autograph · Signature Studio');
  }
  const page = HtmlService.createTemplateFromFile('Studio');
  const id = e?.parameter?.template;
  (page as unknown as Record<string, string>).templateId = typeof id === 'string' && /^[\w-]{1,40}$/.test(id) ? id : '';
  return page.evaluate().setTitle('Autograph · Signature Studio').addMetaTag('viewport', 'width=device-width, initial-scale=1');
}
