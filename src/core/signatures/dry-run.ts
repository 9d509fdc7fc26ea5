/**
 * The dry run: what an Apply would write, decided by the writer's own planning — `planSignatureReads`, the same
 * mailbox reads (`readMailboxes`), then `planSignatureWrites` — with nothing sent. The count it shows is the
 * count of plan items an Apply would send, so the two cannot disagree for the same Gmail and the same instant.
 * Reads that could not be made (Gmail slowed us down, time ran out) are counted and said, not guessed.
 */
import { readMailboxes, type SignatureWriter } from './apply';
import { planSignatureReads, planSignatureWrites, signatureRenderer, type PlanInput, type PlanItem, type SignaturePlan } from './plan';
import { signatureFingerprint } from './html-policy';

/** Only reading: the dry run is handed no way to write. */
export type MailboxReader = Pick<SignatureWriter, 'listSendAs'>;

export interface DryRunSample {
  email: string;
  address: string;
  /** What Gmail holds now (read in this dry run), or what Autograph last stored when Gmail was not read. */
  before: string;
  beforeReadNow: boolean;
  after: string;
  why: string;
}

export interface DryRun {
  at: number;
  /** Addresses an Apply would write (plan action `write`). */
  wouldWrite: number;
  /** Of those, read from Gmail in this dry run and holding something else now (the rest read now hold it already). */
  wouldChange: number;
  /** Of those, not read in this dry run (the plan did not need it): `before` is what Autograph last stored. */
  notReadNow: number;
  /** Mailboxes the plan needed to read, and those it could not read (rate limit, time): their addresses are planned as Apply plans them without a read. */
  reads: number;
  unread: number;
  /** Writes counted for mailboxes the plan wanted to read but could not: an Apply reads them first, so it may write fewer. */
  unreadWrites: number;
  counts: SignaturePlan['counts'];
  /** Up to three employees' before and after, the first by email among those written. */
  samples: DryRunSample[];
  plan: SignaturePlan;
}

export const DRY_RUN_SAMPLES = 3;

/**
 * Dry-runs the plan parts an Apply would run, in its order (the signatures stage plans slices of employees, each
 * split into the employees it forces and the rest): each part reads what it needs and plans, nothing is sent.
 */
export function dryRunSignatures(parts: PlanInput[], reader: MailboxReader, outOfTime: () => boolean = () => false): DryRun {
  const readOnly: SignatureWriter = {
    listSendAs: (u) => reader.listSendAs(u),
    patchSignatures: () => {
      throw new Error('a dry run writes nothing');
    },
  };
  const items: PlanItem[] = [];
  let reads = 0;
  let unread = 0;
  const notRead = new Set<string>();
  for (const input of parts) {
    const render = input.renderer ?? signatureRenderer(input);
    const memo = new Map<string, ReturnType<typeof render>>();
    const planInput: PlanInput = {
      ...input,
      renderer: (e) => {
        let r = memo.get(e.id);
        if (!r) memo.set(e.id, (r = render(e)));
        return r;
      },
    };
    const users = planSignatureReads(planInput);
    const observed = readMailboxes(readOnly, users, 100, outOfTime);
    items.push(...planSignatureWrites(planInput, observed).items);
    reads += users.length;
    for (const u of users) if (!observed.has(u)) notRead.add(u);
    unread += users.filter((u) => !observed.has(u)).length;
  }
  const counts = { write: 0, unchanged: 0, edited: 0, refused: 0, paused: 0, no_template: 0, unreadable: 0, confirmed: 0 } as SignaturePlan['counts'];
  for (const i of items) counts[i.action]++;
  const writes = items.filter((i) => i.action === 'write');
  return {
    at: parts[0]?.at ?? 0,
    wouldWrite: writes.length,
    wouldChange: writes.filter((i) => i.readNow && signatureFingerprint(i.before) !== signatureFingerprint(i.html)).length,
    notReadNow: writes.filter((i) => !i.readNow).length,
    reads,
    unread,
    unreadWrites: writes.filter((i) => notRead.has(i.user)).length,
    counts,
    samples: samplesOf(writes),
    plan: { at: parts[0]?.at ?? 0, items, counts },
  };
}

function samplesOf(writes: PlanItem[]): DryRunSample[] {
  const out: DryRunSample[] = [];
  const seen = new Set<string>();
  for (const i of [...writes].sort((a, b) => (a.user < b.user ? -1 : a.user > b.user ? 1 : a.address < b.address ? -1 : 1))) {
    if (seen.has(i.user)) continue;
    seen.add(i.user);
    out.push({ email: i.user, address: i.address, before: i.before, beforeReadNow: i.readNow, after: i.html, why: i.why });
    if (out.length === DRY_RUN_SAMPLES) break;
  }
  return out;
}
