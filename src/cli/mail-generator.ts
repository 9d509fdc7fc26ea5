/**
 * Realistic modern mail, labelled by construction, for training the gate and for regression tests (issue 15).
 * Every line is written knowing what it is (body, closing, signature), so the labels cannot drift. Kinds:
 * personal mail with a signature as Gmail's text/plain part gives an HTML signature (table cells joined, one
 * field per line), one-line "Name | Title | Company" forms, short sign-off blocks ("Name / Title / Company"),
 * signatures above a disclaimer or an attachment list, mobile sign-offs, replies and forwards from several
 * clients and languages with someone else's signature in the quote; and mail with no personal signature:
 * newsletters, notifications, mailing-list digests and list footers, machine reports, help-desk phone lists,
 * meeting invitations with a dial-in, department announcements signed with the firm's details, shipping notices.
 * Deterministic by seed. It is never the only evidence: figures on the real labelled sets are reported apart.
 */
import { Rng } from '../../sim/rng';
import { outsidePerson, type OutsidePerson } from '../../sim/directory/incoming-mail';
import type { LabelledMessage, LineLabel } from './signature-data';

export type GeneratedKind =
  | 'html-signature' | 'one-line' | 'short-block' | 'before-disclaimer' | 'reply-quoted' | 'mobile-sign-off' | 'sign-off-only'
  | 'newsletter' | 'notification' | 'list-digest' | 'list-footer' | 'machine-report' | 'phone-list'
  | 'meeting-invite' | 'department-announcement' | 'shipping-notice';

export const GENERATED_KINDS: readonly GeneratedKind[] = [
  'html-signature', 'one-line', 'short-block', 'before-disclaimer', 'reply-quoted', 'mobile-sign-off', 'sign-off-only',
  'newsletter', 'notification', 'list-digest', 'list-footer', 'machine-report', 'phone-list',
  'meeting-invite', 'department-announcement', 'shipping-notice',
];

/** Kinds whose sign block is a department's or a firm's: signature lines, but no personal signature. */
const IMPERSONAL_SIGNED: readonly GeneratedKind[] = ['department-announcement', 'shipping-notice'];

const BULK_KINDS: readonly GeneratedKind[] = [
  'newsletter', 'notification', 'list-digest', 'list-footer', 'machine-report', 'phone-list', 'meeting-invite', 'department-announcement', 'shipping-notice',
];

export interface GeneratedMessage extends LabelledMessage {
  kind: GeneratedKind;
  headers: { name: string; value: string }[];
  /** The sender's name, title and company as the newest part's signature writes them (kinds with one). */
  written?: { name: string; title: string; company: string };
}

type Piece = [string, LineLabel];

const OPENERS = ['Hi {to},', 'Hello {to},', 'Dear {to},', '{to},', 'Hi all,', 'Good morning {to},'];
const SENTENCES = [
  'Thanks for sending the revised schedule over so quickly.',
  'I have attached the draft agreement for your review.',
  'Could we move our call to Thursday afternoon instead?',
  'Let me know if the numbers look right to you before I send them on.',
  'We are ready to sign once legal has had a final look.',
  'Following up on our conversation last week about the pilot.',
  'Please find the updated quote below; prices are valid until the end of the month.',
  'I spoke to the warehouse team and the shipment leaves on Monday.',
];
const SIGN_OFFS = ['Best regards,', 'Kind regards,', 'Thanks,', 'Best,', 'Cheers,', 'Regards,', 'Mit freundlichen Grüßen', 'Cordialement,'];

function prose(rng: Rng, to: string): Piece[] {
  const out: Piece[] = [[rng.pick(OPENERS).replace('{to}', to), 'body'], ['', 'body']];
  const n = rng.int(1, 4);
  for (let i = 0; i < n; i++) out.push([rng.pick(SENTENCES), 'body']);
  out.push(['', 'body']);
  return out;
}

/** The sender's signature in one of the layouts Gmail's text/plain part produces from common HTML signatures. */
function signatureLines(rng: Rng, p: OutsidePerson): string[] {
  const layout = rng.int(0, 8);
  const phones = rng.chance(0.5) ? [`M: ${p.mobile}`, `T: ${p.phone}`] : [`Phone: ${p.phone}`, `Mobile: ${p.mobile}`];
  if (layout === 0) return [p.name, p.title, p.company, ...phones, p.web];
  // The fourth round's layouts: a one-line signature with its phone, a signature under a rule with one paragraph
  // per line (an HTML signature's <p>s as Gmail's text/plain gives them), bullets between fields, labelled fields.
  if (layout === 5) return [`${p.name} | ${p.title} | ${p.company} | ${p.phone}`];
  if (layout === 6) return [rng.pick(['________________________', '------------------']), '', p.name, '', p.title, '', p.company, '', `Tel: ${p.phone}`];
  if (layout === 7) return [p.name, `${p.title} • ${p.company}`, `M: ${p.mobile} • T: ${p.phone}`, p.web];
  if (layout === 8) return [p.name, `Title: ${p.title}`, `Company: ${p.company}`, `Phone: ${p.phone}`, `Email: ${p.local}@${p.domain}`];
  if (layout === 1) return [p.name, `${p.title} | ${p.company}`, `${phones[0]} | ${phones[1]}`, p.address];
  if (layout === 2) return [`${p.name} | ${p.title}`, p.company, phones[0], `${p.local}@${p.domain}`, p.web];
  return [p.name, p.title, p.company, p.address, `Tel ${p.phone} | Fax ${p.fax}`];
}

function personal(rng: Rng, p: OutsidePerson, kind: GeneratedKind): Piece[] {
  const out = prose(rng, rng.pick(['Sam', 'Alex', 'Jordan', 'team']));
  const signOff = rng.pick(SIGN_OFFS);
  if (kind === 'mobile-sign-off') return [...out, [p.given, 'closing'], ['', 'body'], [rng.pick(['Sent from my iPhone', 'Sent from my Android phone', 'Von meinem iPhone gesendet']), 'body']];
  if (kind === 'sign-off-only') return [...out, [signOff, 'closing'], [p.given, 'closing']];
  out.push([signOff, 'closing']);
  if (kind === 'one-line') return [...out, [`${p.name} | ${p.title} | ${p.company}`, 'signature'], [`${p.phone}`, 'signature']];
  if (kind === 'short-block') return [...out, [p.name, 'closing'], [p.title, 'signature'], [p.company, 'signature']];
  out.push(['', 'body']);
  if (rng.chance(0.4)) out.push(['--', 'signature']); // the sig-dash counts with its block, as markedBlock takes it
  for (const line of signatureLines(rng, p)) out.push([line, 'signature']);
  if (kind === 'before-disclaimer') {
    out.push(['', 'body']);
    out.push([rng.pick([
      'This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.',
      'Enclosure: Draft agreement v3.pdf',
      'Attachments: quote-2026-114.pdf (212 KB)',
    ]), 'body']);
  }
  return out;
}

const QUOTE_HEADERS: ((q: OutsidePerson) => string[])[] = [
  (q) => [`>>> "${q.family}, ${q.given}" <${q.local}@${q.domain}> 03/02/26 11:12AM >>>`],
  (q) => ['-----Original Message-----', `From: ${q.name} [mailto:${q.local}@${q.domain}]`, 'Sent: Monday, March 2, 2026 11:12 AM', 'To: Sam Lee', 'Subject: RE: schedule'],
  (q) => [`Von: ${q.name} <${q.local}@${q.domain}>`, 'Gesendet: Montag, 2. März 2026 11:12', 'An: Sam Lee', 'Betreff: AW: Termin'],
  (q) => [`De : ${q.name} <${q.local}@${q.domain}>`, 'Envoyé : lundi 2 mars 2026 11:12', 'À : Sam Lee', 'Objet : RE: rendez-vous'],
  (q) => [`On Mon, Mar 2, 2026 at 11:12 AM ${q.name} <${q.local}@${q.domain}> wrote:`],
  (q) => [`On 2 Mar 2026, at 11:12, ${q.name} <${q.local}@${q.domain}> wrote:`], // Apple Mail
  (q) => [`On 02.03.26 11:12, ${q.name} wrote:`], // Thunderbird
  (q) => [`Am Mo., 2. März 2026 um 11:12 Uhr schrieb ${q.name} <${q.local}@${q.domain}>:`],
];

function quoted(rng: Rng, q: OutsidePerson): Piece[] {
  const header = rng.pick(QUOTE_HEADERS)(q);
  const prefix = header[0].startsWith('On ') || header[0].startsWith('Am ') ? '> ' : '';
  const body = [rng.pick(SENTENCES), '', 'Regards,', ...signatureLines(rng, q)];
  return [['', 'body'], ...header.map((h): Piece => [h, 'body']), ['', 'body'], ...body.map((b): Piece => [`${prefix}${b}`.trimEnd(), 'body'])];
}

function bulk(rng: Rng, kind: GeneratedKind, p: OutsidePerson): { pieces: Piece[]; sender: { displayName: string; email: string } } {
  const d = p.domain;
  if (kind === 'newsletter') {
    return {
      sender: { displayName: `${p.company} ${rng.pick(['News', 'Insights', 'Weekly'])}`, email: `${rng.pick(['news', 'info', 'hello'])}@${d}` },
      pieces: [
        ['View this email in your browser', 'body'], ['', 'body'], [`WORD OF THE DAY: ${rng.pick(['Serendipity', 'Ephemeral', 'Lagniappe'])}`, 'body'],
        [rng.pick(SENTENCES), 'body'], ['', 'body'], ['Read more: https://' + d + '/blog/2026/03?utm_source=newsletter', 'body'], ['', 'body'],
        [p.company, 'body'], [p.address, 'body'], [`Tel ${p.phone}`, 'body'], ['', 'body'],
        ['You are receiving this because you signed up at ' + d + '.', 'body'], ['Unsubscribe | Update your preferences', 'body'],
      ],
    };
  }
  if (kind === 'notification') {
    return {
      sender: { displayName: `${p.name} (via Tracker)`, email: `notifications@tracker.example` },
      pieces: [
        [`${p.given} commented on issue #${rng.int(100, 999)}:`, 'body'], ['', 'body'], [rng.pick(SENTENCES), 'body'], ['', 'body'],
        ['—', 'body'], ['Reply to this email directly, view it on the tracker, or unsubscribe.', 'body'],
        [`You are receiving this because you were mentioned.`, 'body'],
      ],
    };
  }
  if (kind === 'list-digest' || kind === 'list-footer') {
    const pieces: Piece[] = kind === 'list-digest'
      ? [['Today\'s Topics:', 'body'], ['', 'body'], ['   1. Re: build fails on arm64 (' + p.name + ')', 'body'], ['   2. release vote (Dana Price)', 'body'], ['', 'body'], [rng.pick(SENTENCES), 'body']]
      : prose(rng, 'all');
    if (kind === 'list-footer') pieces.push([p.given, 'closing']);
    pieces.push(['', 'body'], ['-- ', 'body'], ['You received this message because you are subscribed to the Google Groups "dev-' + d + '" group.', 'body'],
      ['To unsubscribe from this group and stop receiving emails from it, send an email to dev+unsubscribe@' + d + '.', 'body']);
    return { sender: { displayName: kind === 'list-digest' ? `dev-${d} digest` : p.name, email: kind === 'list-digest' ? `dev@${d}` : `${p.local}@${d}` }, pieces };
  }
  if (kind === 'machine-report') {
    return {
      sender: { displayName: 'Deal Reports', email: `reports@${d}` },
      pieces: [
        ['Deal capture report', 'body'], ['', 'body'], [`DEAL_ID = ${rng.int(100000, 999999)}`, 'body'], [`SELLER_NAME = ${p.name}`, 'body'],
        [`SELLER_PHONE = ${p.phone}`, 'body'], [`SELLER_COMPANY = ${p.company}`, 'body'], [`STATUS = CONFIRMED`, 'body'],
        [`VOLUME = ${rng.int(1, 90)},000 MMBtu`, 'body'],
      ],
    };
  }
  if (kind === 'meeting-invite') {
    // A calendar invitation a person sends: the text is the conferencing service's, the number its dial-in.
    const id = `${rng.int(100, 999)} ${rng.int(100, 999)} ${rng.int(100, 999)}`;
    return {
      sender: { displayName: p.name, email: `${p.local}@${d}` },
      pieces: [
        [`${p.name} has invited you to: Quarterly planning`, 'body'], ['', 'body'], ['Microsoft Teams meeting', 'body'],
        ['Join on your computer, mobile app or room device', 'body'], ['Click here to join the meeting', 'body'], ['', 'body'],
        [`Meeting ID: ${id}`, 'body'], [`Passcode: ${rng.pick(['x7Hq2s', 'Tb93kP', 'mR4vZ8'])}`, 'body'], ['', 'body'], ['Or call in (audio only)', 'body'],
        [`${p.phone},,${id.replace(/ /g, '')}#   ${rng.pick(['United States, Chicago', 'United Kingdom, London', 'Germany, Berlin'])}`, 'body'],
        [`Phone Conference ID: ${id}#`, 'body'], ['Find a local number | Reset PIN', 'body'],
      ],
    };
  }
  if (kind === 'department-announcement') {
    // A department's mailbox signing with the firm's details: no person (issue 15, class 7).
    return {
      sender: { displayName: `${p.company.split(' ')[0]} ${rng.pick(['Announcements', 'Corporate Communications', 'People Team'])}`, email: `${rng.pick(['announcements', 'comms', 'people'])}@${d}` },
      pieces: [
        ['The offices will be closed on Friday for the spring holiday. Building access will be limited to badge holders.', 'body'], ['', 'body'],
        [`${p.company.split(' ')[0]} ${rng.pick(['Corporate Communications', 'Facilities', 'Human Resources'])}`, 'signature'], [p.company, 'signature'],
        [p.address, 'signature'], [p.phone, 'signature'],
      ],
    };
  }
  if (kind === 'shipping-notice') {
    const carrier = rng.pick(['Parcelo', 'Shipwise', 'Cargonet']);
    return {
      sender: { displayName: `${carrier} Tracking`, email: `tracking@${carrier.toLowerCase()}.example` },
      pieces: [
        [`Your package from ${p.company} is on its way.`, 'body'], ['', 'body'], [`Tracking number: 1Z${rng.int(100000, 999999)}${rng.int(1000, 9999)}`, 'body'],
        ['Estimated delivery: Thursday', 'body'], ['', 'body'], [`Need help? Call ${p.phone}`, 'body'], [`${carrier} Logistics, Inc.`, 'signature'],
        [rng.pick(['1 Parcel Way, Louisville, KY 40213', '22 Dock Road, Felixstowe IP11 3QW']), 'signature'],
      ],
    };
  }
  const desks = ['Help desk', 'After hours', 'Network outages', 'Facilities', 'Security'];
  return {
    sender: { displayName: 'IT Service Desk', email: `support@${d}` },
    pieces: [['For help with your new laptop, call:', 'body'], ['', 'body'],
      ...desks.map((k): Piece => [`${k}\t${p.phone.slice(0, -4)}${rng.int(1000, 9999)}`, 'body']), ['', 'body'], ['IT Service Desk', 'body']],
  };
}

/** One message of `kind`, deterministic for (seed, kind, n). */
export function generateMessage(seed: string, kind: GeneratedKind, n: number): GeneratedMessage {
  const rng = new Rng(`${seed}:${kind}:${n}`);
  const p = outsidePerson(rng);
  const isBulk = BULK_KINDS.includes(kind);
  let pieces: Piece[];
  let sender = { displayName: p.name, email: `${p.local}@${p.domain}` };
  if (isBulk) ({ pieces, sender } = bulk(rng, kind, p));
  else {
    pieces = personal(rng, p, kind === 'reply-quoted' ? rng.pick(['html-signature', 'one-line', 'short-block'] as const) : kind);
    if (kind === 'reply-quoted' || rng.chance(0.3)) pieces.push(...quoted(rng, outsidePerson(rng)));
  }
  const headers = [{ name: 'From', value: `"${sender.displayName}" <${sender.email}>` }];
  const labels = pieces.map(([, l]) => l);
  const quoteAt = pieces.findIndex(([t], i) => i > 0 && QUOTE_START.test(t));
  const hasSignature = labels.slice(0, quoteAt >= 0 ? quoteAt : labels.length).includes('signature');
  return {
    id: `gen/${kind}/${n}`, dataset: 'quagga', split: 'train', kind, headers, sender,
    ...(hasSignature && !isBulk ? { written: { name: p.name, title: p.title, company: p.company } } : {}),
    body: pieces.map(([t]) => t).join('\n'), labels, newestEnd: quoteAt >= 0 ? quoteAt : labels.length,
    hasSignature: labels.slice(0, quoteAt >= 0 ? quoteAt : labels.length).includes('signature'),
    // A department's or a carrier's sign block is labelled signature, as the real sets label one, but names nobody.
    ...(IMPERSONAL_SIGNED.includes(kind) ? { personalSignature: false } : {}),
  };
}

const QUOTE_START = /^(>>> |-----Original Message-----|Von: |De : |On .* wrote:$|Am .*schrieb)/;

/** `perKind` messages of every kind. */
export function generateCorpus(seed: string, perKind: number): GeneratedMessage[] {
  return GENERATED_KINDS.flatMap((kind) => Array.from({ length: perKind }, (_x, n) => generateMessage(seed, kind, n)));
}
