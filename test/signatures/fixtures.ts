import sanitizeHtml from 'sanitize-html';
import { newEmployee, type Employee } from '../../src/core/directory/employee';
import type { SignatureWrite, SignatureWriter, WriterResult } from '../../src/core/signatures/apply';
import type { SendAsEntry } from '../../src/core/signatures/plan';
import type { Assignment, SignatureTemplate } from '../../src/core/signatures/types';

export const T0 = Date.UTC(2026, 10, 21, 3, 0);

export function employee(email: string, fields: Partial<Employee> = {}): Employee {
  const e = newEmployee(email, T0, `id-${email}`);
  Object.assign(e, { givenName: 'Ada', familyName: 'Lovelace', fullName: 'Ada Lovelace', title: 'Engineer', department: 'Engineering' }, fields);
  return e;
}

export function template(id: string, html: string, extra: Partial<SignatureTemplate> = {}): SignatureTemplate {
  return { id, name: id, html, aliasPolicy: 'primary', enforce: false, updatedAt: T0, updatedBy: 'admin@acme.test', ...extra };
}

export function companyWide(templateId: string, id = 'a-company'): Assignment {
  return { id, target: { kind: 'company' }, templateId, updatedAt: T0, updatedBy: 'admin@acme.test' };
}

/**
 * A Gmail-like sanitiser: keeps e-mail HTML, drops scripts and event handlers, and rewrites markup (attribute
 * quoting, self-closing tags) — so what Gmail stores differs from what was sent, as in Gmail.
 */
export function gmailSanitise(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ['a', 'b', 'strong', 'i', 'em', 'u', 'span', 'div', 'p', 'br', 'img', 'table', 'tbody', 'tr', 'td', 'font', 'small', 'hr'],
    allowedAttributes: { '*': ['style', 'width', 'height', 'align', 'valign', 'border', 'cellpadding', 'cellspacing', 'dir', 'colspan'], a: ['href', 'style'], img: ['src', 'alt', 'width', 'height', 'style'] },
    allowedSchemes: ['https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['https'] },
  });
}

export interface FakeGmailOptions {
  /** Probability that one call answers 429 (seeded). */
  rateLimit?: number;
  /** Throws (the execution dies) once this many patches have reached Gmail; the answer is lost. */
  dieAfterPatches?: number;
  aliases?: Record<string, string[]>;
  seed?: number;
}

/** An in-memory Gmail behind the SignatureWriter port, counting what reached it. */
export class FakeGmail implements SignatureWriter {
  readonly signatures = new Map<string, string>();
  /** Successful patches per address (Gmail changed), with the HTML sent. */
  readonly patches: Array<{ address: string; html: string }> = [];
  reads = 0;
  patchCalls = 0;
  private seed: number;

  constructor(private opts: FakeGmailOptions = {}) {
    this.seed = opts.seed ?? 7;
  }

  setOptions(opts: FakeGmailOptions): void {
    this.opts = { ...this.opts, ...opts };
  }

  private random(): number {
    this.seed = (Math.imul(this.seed, 1103515245) + 12345) >>> 0;
    return (this.seed >>> 8) / 0x1000000;
  }

  private limited(): boolean {
    return (this.opts.rateLimit ?? 0) > 0 && this.random() < (this.opts.rateLimit ?? 0);
  }

  entries(user: string): SendAsEntry[] {
    return [user, ...(this.opts.aliases?.[user] ?? [])].map((a) => ({ sendAsEmail: a, isPrimary: a === user, signature: this.signatures.get(a) ?? '' }));
  }

  listSendAs(users: string[]): Array<WriterResult<SendAsEntry[]>> {
    return users.map((u) => {
      if (this.limited()) return { ok: false, error: { kind: 'rate_limited', message: 'Too many concurrent requests for user' } };
      this.reads++;
      return { ok: true, value: this.entries(u) };
    });
  }

  patchSignatures(writes: SignatureWrite[]): Array<WriterResult<SendAsEntry>> {
    this.patchCalls++;
    return writes.map((w) => {
      if (this.limited()) return { ok: false, error: { kind: 'rate_limited', message: 'Rate Limit Exceeded' } };
      if (w.signature.length > 10_000) return { ok: false, error: { kind: 'too_long', message: 'Signature exceeds maximum length of 10000 characters' } };
      if (!this.entries(w.user).some((x) => x.sendAsEmail === w.sendAsEmail)) return { ok: false, error: { kind: 'not_found', message: `Send-as address ${w.sendAsEmail} not found` } };
      const stored = gmailSanitise(w.signature);
      this.signatures.set(w.sendAsEmail, stored);
      this.patches.push({ address: w.sendAsEmail, html: w.signature });
      if (this.opts.dieAfterPatches !== undefined && this.patches.length >= this.opts.dieAfterPatches) {
        this.opts.dieAfterPatches = undefined;
        throw new Error('Exceeded maximum execution time');
      }
      return { ok: true, value: { sendAsEmail: w.sendAsEmail, isPrimary: w.sendAsEmail === w.user, signature: stored } };
    });
  }

  /** The employee edits their own signature in Gmail's settings. */
  userEdits(address: string, html: string): void {
    this.signatures.set(address, gmailSanitise(html));
  }
}
