/**
 * The records behind signatures: templates, who gets which (assignments), banners and campaigns, what Autograph
 * wrote to each send-as address, and the audit log. All plain data, so they persist as sheet rows or JSON.
 */

/** Gmail refuses longer signatures: 400 "Signature exceeds maximum length of 10000 characters". */
export const GMAIL_SIGNATURE_LIMIT = 10_000;

/** Which addresses of an employee get the template: the primary only, or every send-as alias as well. */
export type AliasPolicy = 'primary' | 'all';

export interface SignatureTemplate {
  id: string;
  name: string;
  /** Mustache-flavoured HTML (see docs/signatures.md). */
  html: string;
  aliasPolicy: AliasPolicy;
  /** Re-apply nightly where the employee changed the signature in Gmail; otherwise leave their edit. */
  enforce: boolean;
  updatedAt: number;
  updatedBy: string;
  /** A version on test for an audience first (staged.ts); everyone else keeps `html` until it is published. */
  staged?: StagedVersion | null;
}

/** Who tests a staged template version: an org unit (and its sub-units), a group's members, or listed employees. */
export type Audience =
  | { kind: 'org_unit'; orgUnitPath: string }
  /** Members as the Directory listed them (nested groups included) when the test started or was re-checked. */
  | { kind: 'group'; email: string; memberIds: string[]; resolvedAt: number }
  | { kind: 'employees'; emails: string[] };

export interface StagedVersion {
  /** The version (versions.ts) being tested, and its number for the cards. */
  versionId: string;
  number: number;
  html: string;
  audience: Audience;
  by: string;
  at: number;
}

/** A banner image under a signature: https image, https link, alt text. */
export interface Banner {
  imageUrl: string;
  link: string;
  alt: string;
}

/**
 * Who an assignment or a campaign is for. Precedence (most specific wins): employee > segment > department >
 * company. A segment is a field rule: every condition must hold (`location = Berlin`, `custom.team = Sales`).
 */
export type Target =
  | { kind: 'company' }
  | { kind: 'department'; department: string }
  | { kind: 'segment'; conditions: SegmentCondition[] }
  | { kind: 'employee'; email: string };

export interface SegmentCondition {
  /** Employee field key as in EMPLOYEE_FIELDS (`location`, `phones.work`, `custom.team`). */
  field: string;
  /** Compared case-insensitively after trimming. */
  equals: string;
}

export interface Assignment {
  id: string;
  target: Target;
  templateId: string;
  updatedAt: number;
  updatedBy: string;
}

export interface Campaign {
  id: string;
  name: string;
  banner: Banner;
  /** Wall-clock start and end as typed (`2026-12-01T09:00`) in `timeZone`; `startsAt`/`endsAt` are their instants. */
  startLocal: string;
  endLocal: string;
  timeZone: string;
  startsAt: number;
  endsAt: number;
  targets: Target[];
  updatedAt: number;
  updatedBy: string;
}

/** A department's standing banner, shown when no campaign applies. Keyed by department name (case-insensitive). */
export interface DepartmentBanner {
  department: string;
  banner: Banner;
}

/**
 * Linkage status of one send-as address: whether Autograph can keep its signature current, and if not why.
 * `ok` written and matching; `pending` planned, not yet written; `edited_in_gmail` the employee changed it and
 * the template does not enforce; `refused` rendering breaks a rule (too long, bad URL); `not_send_as` the alias
 * is not a send-as address in Gmail; `no_mailbox`; `unauthorized` delegation missing; `error` anything else;
 * `paused` sync is paused for the employee; `no_template` no assignment applies to them.
 */
export type LinkageStatus =
  | 'ok'
  | 'pending'
  | 'paused'
  | 'no_template'
  | 'edited_in_gmail'
  | 'refused'
  | 'not_send_as'
  | 'no_mailbox'
  | 'unauthorized'
  | 'error';

/** What Autograph knows about one send-as address. One row per (employee, address). */
export interface AddressState {
  /** The address (lower-case). The primary address and aliases each have a row. */
  address: string;
  /** The mailbox the address belongs to (the employee's primary email). */
  user: string;
  employeeId: string;
  /** Hash of the HTML Autograph last sent successfully (see `htmlHash`); '' never written. */
  sentHash: string;
  /** What Gmail stored after our last write, or what it held when last read: Gmail sanitises what we send. */
  storedHtml: string;
  /** A write is in flight: the hash being sent. Set before the write, cleared after; a cut-off leaves it set. */
  pendingHash: string;
  templateId: string;
  campaignId: string;
  lastWrittenAt: number;
  lastVerifiedAt: number;
  status: LinkageStatus;
  /** Why, and what to do, for any status other than `ok`. */
  reason: string;
  fix: string;
  /** Gmail's signature before Autograph first wrote this address (originals.ts); kept once, never overwritten. */
  original?: string;
  /** When `original` was read; 0 or absent: not kept (written before originals were kept, or never written). */
  originalAt?: number;
}

export type AuditCause =
  | { kind: 'nightly' }
  | { kind: 'apply_now'; by: string; scope: string }
  | { kind: 'self_service'; by: string }
  | { kind: 'enforce' };

export interface AuditEntry {
  at: number;
  address: string;
  employeeId: string;
  /** What the address held before (Gmail's stored HTML, '' unknown) and what it holds now. */
  before: string;
  after: string;
  templateId: string;
  campaignId: string;
  /** `nightly`, `apply_now by admin@x (department Sales)`, … */
  cause: string;
  /** Why it was written: `template changed`, `first write`, `enforced over an edit in Gmail`. */
  why: string;
}

export function describeCause(c: AuditCause): string {
  switch (c.kind) {
    case 'nightly':
      return 'nightly run';
    case 'enforce':
      return 'nightly run (enforce)';
    case 'apply_now':
      return `Apply now by ${c.by} (${c.scope})`;
    case 'self_service':
      return `applied by ${c.by} to their own Gmail`;
  }
}

export function describeTarget(t: Target): string {
  switch (t.kind) {
    case 'company':
      return 'whole company';
    case 'department':
      return `department ${t.department}`;
    case 'segment':
      return t.conditions.map((c) => `${c.field} = ${c.equals}`).join(' and ');
    case 'employee':
      return `employee ${t.email}`;
  }
}
