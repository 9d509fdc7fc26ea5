/**
 * Where signature records live: templates, assignments, campaigns, department banners, per-address state and the
 * audit log. `SignatureStore` is the port the core and cards use; `MemorySignatureStore` keeps plain JSON (tests,
 * the bench); `SheetSignatureStore` keeps each record kind in a sheet of the tenant's store spreadsheet.
 */
import type { SignatureStateStore } from '../core/signatures/apply';
import type {
  AddressState,
  Assignment,
  AuditEntry,
  Campaign,
  DepartmentBanner,
  SignatureTemplate,
} from '../core/signatures/types';

export interface SignatureSettings {
  /** IANA zone for `{{year}}` and campaign times typed without one. */
  timeZone: string;
  /** Re-read mailboxes of enforcing templates after this many days (0: only when something changed). */
  verifyAfterDays: number;
}

export const DEFAULT_SIGNATURE_SETTINGS: SignatureSettings = { timeZone: 'UTC', verifyAfterDays: 7 };

export interface SignatureStore extends SignatureStateStore {
  templates(): SignatureTemplate[];
  saveTemplate(t: SignatureTemplate): void;
  deleteTemplate(id: string): void;
  assignments(): Assignment[];
  saveAssignment(a: Assignment): void;
  deleteAssignment(id: string): void;
  campaigns(): Campaign[];
  saveCampaign(c: Campaign): void;
  deleteCampaign(id: string): void;
  departmentBanners(): DepartmentBanner[];
  saveDepartmentBanner(b: DepartmentBanner): void;
  settings(): SignatureSettings;
  saveSettings(s: SignatureSettings): void;
  /** Newest first; `address` filters to one address. */
  audit(filter?: { address?: string; employeeId?: string; limit?: number }): AuditEntry[];
}

/** The plain-JSON shape of a whole signature store (what `MemorySignatureStore` holds). */
export interface SignatureData {
  templates: SignatureTemplate[];
  assignments: Assignment[];
  campaigns: Campaign[];
  departmentBanners: DepartmentBanner[];
  states: Record<string, AddressState>;
  audit: AuditEntry[];
  settings: SignatureSettings;
}

export function emptySignatureData(): SignatureData {
  return { templates: [], assignments: [], campaigns: [], departmentBanners: [], states: {}, audit: [], settings: { ...DEFAULT_SIGNATURE_SETTINGS } };
}

function upsert<T>(list: T[], item: T, same: (x: T) => boolean): void {
  const i = list.findIndex(same);
  if (i >= 0) list[i] = item;
  else list.push(item);
}

/** A store over one plain object; pass an object from elsewhere (e.g. a saved JSON) to share it. */
export class MemorySignatureStore implements SignatureStore {
  constructor(readonly data: SignatureData = emptySignatureData()) {}

  templates(): SignatureTemplate[] {
    return this.data.templates.map((t) => ({ ...t }));
  }
  saveTemplate(t: SignatureTemplate): void {
    upsert(this.data.templates, { ...t }, (x) => x.id === t.id);
  }
  deleteTemplate(id: string): void {
    this.data.templates = this.data.templates.filter((t) => t.id !== id);
  }
  assignments(): Assignment[] {
    return this.data.assignments.map((a) => ({ ...a }));
  }
  saveAssignment(a: Assignment): void {
    upsert(this.data.assignments, { ...a }, (x) => x.id === a.id);
  }
  deleteAssignment(id: string): void {
    this.data.assignments = this.data.assignments.filter((a) => a.id !== id);
  }
  campaigns(): Campaign[] {
    return this.data.campaigns.map((c) => ({ ...c }));
  }
  saveCampaign(c: Campaign): void {
    upsert(this.data.campaigns, { ...c }, (x) => x.id === c.id);
  }
  deleteCampaign(id: string): void {
    this.data.campaigns = this.data.campaigns.filter((c) => c.id !== id);
  }
  departmentBanners(): DepartmentBanner[] {
    return this.data.departmentBanners.map((b) => ({ ...b }));
  }
  saveDepartmentBanner(b: DepartmentBanner): void {
    upsert(this.data.departmentBanners, { ...b }, (x) => x.department.toLowerCase() === b.department.toLowerCase());
  }
  settings(): SignatureSettings {
    return { ...this.data.settings };
  }
  saveSettings(s: SignatureSettings): void {
    this.data.settings = { ...s };
  }
  addressStates(): Map<string, AddressState> {
    return new Map(Object.entries(this.data.states).map(([k, v]) => [k, { ...v }]));
  }
  saveAddressStates(states: AddressState[]): void {
    for (const s of states) this.data.states[s.address] = { ...s };
  }
  appendAudit(entries: AuditEntry[]): void {
    this.data.audit.push(...entries.map((e) => ({ ...e })));
  }
  audit(filter: { address?: string; employeeId?: string; limit?: number } = {}): AuditEntry[] {
    const out: AuditEntry[] = [];
    for (let i = this.data.audit.length - 1; i >= 0 && out.length < (filter.limit ?? Infinity); i--) {
      const e = this.data.audit[i];
      if (filter.address && e.address !== filter.address) continue;
      if (filter.employeeId && e.employeeId !== filter.employeeId) continue;
      out.push({ ...e });
    }
    return out;
  }
}
