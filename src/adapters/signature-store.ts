/**
 * Where signature records live: templates, assignments, campaigns, department banners, per-address state and the
 * audit log. `SignatureStore` is the port the core and cards use; `MemorySignatureStore` keeps plain JSON (tests,
 * the bench); `SheetSignatureStore` keeps each record kind in a sheet of the tenant's store spreadsheet.
 */
import type { SignatureStateStore } from '../core/signatures/apply';
import { SheetTable, spans, type Cell, type Row } from './store/sheet-table';
import { rowReader } from '../core/sheet-row';
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
  /** One address's state (a card for one person reads no more than that). */
  addressState(address: string): AddressState | null;
  /** The address states of these mailboxes only (a card for one person reads their rows, not the table). */
  addressStatesOf(users: string[]): Map<string, AddressState>;
  /**
   * Every address's state with only what a state's kind and label need (STATE_COUNT_COLUMNS; `fix`, hashes and
   * stored HTML left empty): what status cards that count every employee read. `withReasons` false: not the
   * reason either (cards that show only counts).
   */
  addressOutcomes(withReasons?: boolean): Map<string, AddressState>;
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
  addressStates(users?: string[]): Map<string, AddressState> {
    const want = users ? new Set(users.map((u) => u.toLowerCase())) : null;
    const out = new Map<string, AddressState>();
    for (const [k, v] of Object.entries(this.data.states)) if (!want || want.has(v.user)) out.set(k, { ...v });
    return out;
  }
  addressStatesOf(users: string[]): Map<string, AddressState> {
    return this.addressStates(users);
  }
  addressOutcomes(): Map<string, AddressState> {
    return this.addressStates();
  }
  addressState(address: string): AddressState | null {
    const s = this.data.states[address.toLowerCase()];
    return s ? { ...s } : null;
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

// ---- In the tenant's store spreadsheet ----------------------------------------------------------------------


type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const SIGNATURE_TABLES = {
  templates: 'signature_templates',
  assignments: 'signature_assignments',
  campaigns: 'signature_campaigns',
  banners: 'signature_banners',
  settings: 'signature_settings',
  states: 'signature_addresses',
  audit: 'signature_audit',
} as const;

const STATE_COLUMNS: Array<keyof AddressState> = [
  'address', 'user', 'employeeId', 'status', 'reason', 'fix', 'templateId', 'campaignId', 'lastWrittenAt', 'lastVerifiedAt',
  'sentHash', 'pendingHash', 'storedHtml', 'originalAt', 'original',
];
const STATE_NUMERIC: Array<keyof AddressState> = ['lastWrittenAt', 'lastVerifiedAt', 'originalAt'];
/**
 * The columns signatureStateOf reads to pick a state and word its label (employee-state.ts): not `fix`, which the
 * counting cards never show, nor the wide stored HTML and originals.
 */
export const STATE_COUNT_COLUMNS: Array<keyof AddressState> = ['address', 'user', 'status', 'reason', 'lastWrittenAt', 'lastVerifiedAt'];
const AUDIT_COLUMNS: Array<keyof AuditEntry> = ['at', 'address', 'employeeId', 'cause', 'why', 'templateId', 'campaignId', 'before', 'after'];
/** Records kept as one readable summary column and the record as JSON. */
const RECORD_COLUMNS = ['id', 'summary', 'json'];
/** The audit log keeps the newest entries; older ones are dropped when it reaches twice this. */
export const KEEP_AUDIT = 10_000;

function toRow<T>(record: T, columns: Array<keyof T>): Row {
  return columns.map((c) => {
    const v = record[c] as unknown;
    return typeof v === 'number' || typeof v === 'boolean' ? v : String(v ?? '');
  });
}

function fromRow<T>(header: string[], row: Row, columns: Array<keyof T>, numeric: Array<keyof T>): T {
  const cells = rowReader(header, row);
  const out: Record<string, unknown> = {};
  for (const c of columns) {
    const v = cells.raw(String(c));
    out[String(c)] = numeric.includes(c) ? Number(v) || 0 : String(v);
  }
  return out as T;
}

/**
 * Each record kind in its own sheet. Per-address state is read once per execution and kept, so the many small
 * saves of a run write only the rows that changed (SheetTable.writeChanged).
 */
export class SheetSignatureStore implements SignatureStore {
  private stateCache: { header: string[]; rows: Row[]; index: Map<string, number>; byUser: Map<string, string[]>; onSheet: boolean } | null = null;

  constructor(private readonly ss: Spreadsheet) {}

  private table(name: string): SheetTable {
    return SheetTable.of(this.ss, name);
  }

  private records<T>(name: string): T[] {
    return this.table(name).read().rows.map((r) => JSON.parse(String(r[2])) as T);
  }

  private putRecord<T>(name: string, id: string, summary: string, record: T | null): void {
    const t = this.table(name);
    const current = t.read();
    const rows = current.rows.filter((r) => String(r[0]) !== id);
    const at = current.rows.findIndex((r) => String(r[0]) === id);
    if (record !== null) {
      const row: Row = [id, summary, JSON.stringify(record)];
      if (at >= 0) rows.splice(at, 0, row);
      else rows.push(row);
    }
    t.writeChanged(current, RECORD_COLUMNS, rows);
  }

  templates(): SignatureTemplate[] {
    return this.records(SIGNATURE_TABLES.templates);
  }
  saveTemplate(t: SignatureTemplate): void {
    this.putRecord(SIGNATURE_TABLES.templates, t.id, t.name, t);
  }
  deleteTemplate(id: string): void {
    this.putRecord(SIGNATURE_TABLES.templates, id, '', null);
  }
  assignments(): Assignment[] {
    return this.records(SIGNATURE_TABLES.assignments);
  }
  saveAssignment(a: Assignment): void {
    this.putRecord(SIGNATURE_TABLES.assignments, a.id, `${a.target.kind} → ${a.templateId}`, a);
  }
  deleteAssignment(id: string): void {
    this.putRecord(SIGNATURE_TABLES.assignments, id, '', null);
  }
  campaigns(): Campaign[] {
    return this.records(SIGNATURE_TABLES.campaigns);
  }
  saveCampaign(c: Campaign): void {
    this.putRecord(SIGNATURE_TABLES.campaigns, c.id, `${c.name} ${c.startLocal} – ${c.endLocal} ${c.timeZone}`, c);
  }
  deleteCampaign(id: string): void {
    this.putRecord(SIGNATURE_TABLES.campaigns, id, '', null);
  }
  departmentBanners(): DepartmentBanner[] {
    return this.records(SIGNATURE_TABLES.banners);
  }
  saveDepartmentBanner(b: DepartmentBanner): void {
    this.putRecord(SIGNATURE_TABLES.banners, b.department.trim().toLowerCase(), b.department, b);
  }
  settings(): SignatureSettings {
    const [s] = this.records<SignatureSettings>(SIGNATURE_TABLES.settings);
    return { ...DEFAULT_SIGNATURE_SETTINGS, ...(s ?? {}) };
  }
  saveSettings(s: SignatureSettings): void {
    this.putRecord(SIGNATURE_TABLES.settings, 'settings', 'signature settings', s);
  }

  /**
   * The per-address table, read once per execution and kept: rows as on the sheet, the row of each address, the
   * addresses of each mailbox. Saves update it in place and write only the rows they touch.
   */
  private states(): { header: string[]; rows: Row[]; index: Map<string, number>; byUser: Map<string, string[]>; onSheet: boolean } {
    if (!this.stateCache) {
      const data = this.table(SIGNATURE_TABLES.states).read();
      const header = STATE_COLUMNS.map(String);
      const same = data.header.join('|') === header.join('|');
      const rows = same ? data.rows : data.rows.map((r) => toRow(fromRow<AddressState>(data.header, r, STATE_COLUMNS, STATE_NUMERIC), STATE_COLUMNS));
      const index = new Map<string, number>();
      const byUser = new Map<string, string[]>();
      rows.forEach((r, k) => {
        const address = String(r[0]);
        index.set(address, k);
        const user = String(r[1]);
        const list = byUser.get(user);
        if (list) list.push(address);
        else byUser.set(user, [address]);
      });
      this.stateCache = { header, rows, index, byUser, onSheet: same && data.header.length > 0 };
    }
    return this.stateCache;
  }

  addressStates(users?: string[]): Map<string, AddressState> {
    const c = this.states();
    const out = new Map<string, AddressState>();
    const addresses = users ? users.flatMap((u) => c.byUser.get(u.toLowerCase()) ?? []) : [...c.index.keys()];
    for (const a of addresses) {
      const s = fromRow<AddressState>(c.header, c.rows[c.index.get(a)!], STATE_COLUMNS, STATE_NUMERIC);
      out.set(s.address, s);
    }
    return out;
  }

  /**
   * One address's state without reading the table (a card for one person): Sheets finds the row in the address
   * column, then only that row is read. Reads the table when its columns were renamed by hand.
   */
  addressState(address: string): AddressState | null {
    const want = address.toLowerCase();
    if (this.stateCache) return this.addressStates().get(want) ?? null;
    const found = this.table(SIGNATURE_TABLES.states).findRows('address', want, { entireCell: true, matchCase: false });
    if (!found) return this.addressStates().get(want) ?? null;
    const hit = found.rows.map((r) => fromRow<AddressState>(found.header, r.row, STATE_COLUMNS, STATE_NUMERIC)).find((st) => st.address === want);
    return hit ?? null;
  }

  addressStatesOf(users: string[]): Map<string, AddressState> {
    if (this.stateCache) return this.addressStates(users);
    const out = new Map<string, AddressState>();
    for (const user of users) {
      const want = user.toLowerCase();
      const found = this.table(SIGNATURE_TABLES.states).findRows('user', want, { entireCell: true, matchCase: false });
      if (!found) return this.addressStates(users);
      for (const r of found.rows) {
        const st = fromRow<AddressState>(found.header, r.row, STATE_COLUMNS, STATE_NUMERIC);
        if (st.user === want) out.set(st.address, st);
      }
    }
    return out;
  }

  addressOutcomes(withReasons = true): Map<string, AddressState> {
    if (this.stateCache) return this.addressStates();
    const columns = STATE_COUNT_COLUMNS.filter((c) => withReasons || c !== 'reason').map(String);
    const data = this.table(SIGNATURE_TABLES.states).readNamedColumns(columns);
    if (!data) return this.addressStates();
    const out = new Map<string, AddressState>();
    for (const r of data.rows) {
      const st = fromRow<AddressState>(data.header, r, STATE_COLUMNS, STATE_NUMERIC);
      out.set(st.address, st);
    }
    return out;
  }

  saveAddressStates(states: AddressState[]): void {
    if (states.length === 0) return;
    const c = this.states();
    const changed: number[] = [];
    const added: Row[] = [];
    for (const s of states) {
      const row = toRow(s, STATE_COLUMNS);
      const at = c.index.get(s.address);
      if (at === undefined) {
        c.index.set(s.address, c.rows.length);
        c.rows.push(row);
        added.push(row);
        const list = c.byUser.get(s.user);
        if (list) list.push(s.address);
        else c.byUser.set(s.user, [s.address]);
      } else {
        c.rows[at] = row;
        changed.push(at);
      }
    }
    const t = this.table(SIGNATURE_TABLES.states);
    if (!c.onSheet) {
      t.replaceAll(c.header, c.rows);
      c.onSheet = true;
      return;
    }
    for (const [from, to] of spans([...new Set(changed)].sort((a, b) => a - b), 8)) {
      t.overwriteRows(from, c.rows.slice(from, to + 1));
    }
    if (added.length > 0) t.append(c.header, added);
  }

  appendAudit(entries: AuditEntry[]): void {
    if (entries.length === 0) return;
    const t = this.table(SIGNATURE_TABLES.audit);
    const rows = entries.map((e) => toRow(e, AUDIT_COLUMNS));
    t.append(AUDIT_COLUMNS.map(String), rows);
    const count = t.dataRowCount();
    if (count > KEEP_AUDIT * 2) {
      t.deleteRows(Array.from({ length: count - KEEP_AUDIT }, (_, i) => i));
    }
  }

  audit(filter: { address?: string; employeeId?: string; limit?: number } = {}): AuditEntry[] {
    const d = this.table(SIGNATURE_TABLES.audit).read();
    const out: AuditEntry[] = [];
    for (let i = d.rows.length - 1; i >= 0 && out.length < (filter.limit ?? Infinity); i--) {
      const e = fromRow<AuditEntry>(d.header, d.rows[i], AUDIT_COLUMNS, ['at']);
      if (filter.address && e.address !== filter.address) continue;
      if (filter.employeeId && e.employeeId !== filter.employeeId) continue;
      out.push(e);
    }
    return out;
  }
}
