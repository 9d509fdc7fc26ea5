/**
 * Incoming mail for the sample company's mailboxes: messages from people OUTSIDE the company, with the variety of
 * signatures Contact Inbox meets — plain text, Gmail's `gmail_signature` HTML, Outlook-style tables, phone labels
 * (M:, Tel, Cell, Fax, Mobil), disclaimers, non-Latin names, replies quoting our user's own signature, a sign-off
 * only, no signature at all, a phone-like order number — and automated mail it must skip (no-reply, List-Id, bulk,
 * Auto-Submitted). Everything is synthesized from the tables below (no labelled corpus is copied), deterministic
 * by seed.
 */
import type { OfflineWorkspace } from '../workspace';
import { Rng } from '../rng';
import { deliverMessage, type DeliverOptions } from '../google/mailbox';

export interface OutsidePerson {
  given: string;
  family: string;
  /** Written name (family first for ja). */
  name: string;
  local: string;
  title: string;
  company: string;
  domain: string;
  phone: string;
  mobile: string;
  fax: string;
  web: string;
  address: string;
  lang: 'en' | 'de' | 'fr' | 'ja' | 'es';
}

const COMPANIES: Array<{ company: string; domain: string; lang: OutsidePerson['lang']; cc: string; address: string; area: string }> = [
  { company: 'Bluefin Logistics Ltd', domain: 'bluefin-logistics.co.uk', lang: 'en', cc: '+44', area: '20', address: '14 Harbour Street, London EC3N 4AB, United Kingdom' },
  { company: 'Kestrel Analytics Inc.', domain: 'kestrel-analytics.com', lang: 'en', cc: '+1', area: '415', address: '500 Market St, Suite 300, San Francisco, CA 94105' },
  { company: 'Halvorsen & Dahl AS', domain: 'halvorsen-dahl.no', lang: 'en', cc: '+47', area: '22', address: 'Karl Johans gate 12, 0154 Oslo, Norway' },
  { company: 'Brückner Maschinenbau GmbH', domain: 'brueckner-mb.de', lang: 'de', cc: '+49', area: '711', address: 'Industriestraße 21, 70565 Stuttgart' },
  { company: 'Atelier Moreau SARL', domain: 'atelier-moreau.fr', lang: 'fr', cc: '+33', area: '1', address: '8 rue de la Paix, 75002 Paris' },
  { company: 'Sakura Trading Co., Ltd.', domain: 'sakura-trading.co.jp', lang: 'ja', cc: '+81', area: '3', address: '東京都千代田区丸の内1-1-1' },
  { company: 'Grupo Cierzo S.L.', domain: 'grupocierzo.es', lang: 'es', cc: '+34', area: '976', address: 'Paseo Independencia 24, 50004 Zaragoza' },
  { company: 'Pinecrest Legal LLP', domain: 'pinecrestlegal.com', lang: 'en', cc: '+1', area: '212', address: '1200 Avenue of the Americas, New York, NY 10036' },
];

const GIVEN: Record<OutsidePerson['lang'], string[]> = {
  en: ['Olivia', 'James', 'Priya', 'Daniel', 'Grace', 'Samuel', 'Chloe', 'Marcus'],
  de: ['Katrin', 'Matthias', 'Ulrike', 'Stefan', 'Birgit', 'Tobias'],
  fr: ['Camille', 'Julien', 'Élodie', 'Mathieu', 'Margaux', 'Antoine'],
  ja: ['健太', '美咲', '翔', '由美'],
  es: ['Lucía', 'Javier', 'Carmen', 'Álvaro', 'Nuria'],
};
const FAMILY: Record<OutsidePerson['lang'], string[]> = {
  en: ['Whitaker', 'Okafor', 'Raman', 'Fletcher', 'Donovan', 'Ashworth', 'Nakamura-Reid', 'Holloway'],
  de: ['Brandt', 'Vogel', 'Hartmann', 'Lindner', 'Seidel', 'Kuhn'],
  fr: ['Lefèvre', 'Garnier', 'Rousseau', 'Fontaine', 'Chevalier', 'Dupuis'],
  ja: ['佐藤', '高橋', '伊藤', '山本'],
  es: ['Martínez', 'Ortega', 'Navarro', 'Serrano', 'Castillo'],
};
const ROMAJI: Record<string, string> = { 健太: 'kenta', 美咲: 'misaki', 翔: 'sho', 由美: 'yumi', 佐藤: 'sato', 高橋: 'takahashi', 伊藤: 'ito', 山本: 'yamamoto' };
const TITLES: Record<OutsidePerson['lang'], string[]> = {
  en: ['Account Director', 'Head of Procurement', 'Senior Partner', 'Operations Manager', 'VP Business Development', 'Legal Counsel'],
  de: ['Leiterin Einkauf', 'Vertriebsleiter', 'Geschäftsführer', 'Projektingenieurin'],
  fr: ['Directrice commerciale', 'Responsable achats', 'Chef de projet'],
  ja: ['営業部長', '課長', '購買担当'],
  es: ['Directora de Compras', 'Responsable Comercial', 'Gerente de Proyectos'],
};

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.int(0, 10)).join('');

export function outsidePerson(rng: Rng): OutsidePerson {
  const c = rng.pick(COMPANIES);
  const given = rng.pick(GIVEN[c.lang]);
  const family = rng.pick(FAMILY[c.lang]);
  const ja = c.lang === 'ja';
  const local = ja ? `${ROMAJI[given]}.${ROMAJI[family]}` : rng.chance(0.5) ? `${fold(given)}.${fold(family)}` : `${fold(given)[0]}${fold(family)}`;
  return {
    given, family, name: ja ? `${family} ${given}` : `${given} ${family}`, local, title: rng.pick(TITLES[c.lang]), company: c.company, domain: c.domain,
    phone: `${c.cc} ${c.area} ${digits(rng, 3)} ${digits(rng, 4)}`, mobile: `${c.cc} ${rng.int(6, 8)}${digits(rng, 2)} ${digits(rng, 3)} ${digits(rng, 4)}`,
    fax: `${c.cc} ${c.area} ${digits(rng, 3)} ${digits(rng, 3)}0`, web: `www.${c.domain}`, address: c.address, lang: c.lang,
  };
}

export type MailKind =
  | 'text-signature' | 'html-gmail-signature' | 'outlook-table' | 'disclaimer' | 'reply-quoting-us'
  | 'sign-off-only' | 'no-signature' | 'order-number' | 'newsletter' | 'no-reply' | 'auto-reply';

/** Whether a kind carries a signature Contact Inbox should suggest (automated and signature-less mail do not). */
export const SUGGESTS: Record<MailKind, boolean> = {
  'text-signature': true, 'html-gmail-signature': true, 'outlook-table': true, disclaimer: true, 'reply-quoting-us': true,
  'sign-off-only': false, 'no-signature': false, 'order-number': false, newsletter: false, 'no-reply': false, 'auto-reply': false,
};

const GREETING: Record<OutsidePerson['lang'], [string, string]> = {
  en: ['Hi', 'Best regards,'], de: ['Hallo', 'Mit freundlichen Grüßen'], fr: ['Bonjour', 'Cordialement,'], ja: ['お世話になっております。', 'よろしくお願いいたします。'], es: ['Hola', 'Un saludo,'],
};
const SUBJECTS = ['Quote for Q1 delivery', 'Follow-up on our call', 'Contract draft v2', 'Meeting next week', 'Invoice question', 'Partnership proposal'];
const BODIES = [
  'Thanks for your time on the phone today. As discussed, I have attached the revised quote with the volume discount.',
  'Could we move our meeting to Thursday afternoon? Something came up on Wednesday.',
  'Please find the updated draft attached. Our legal team added two clauses on data retention.',
  'I wanted to follow up on the proposal we sent last week and see whether you had any questions.',
];

function textSignature(p: OutsidePerson, rng: Rng): string {
  const phoneLine = rng.pick([`T: ${p.phone} | M: ${p.mobile}`, `Tel ${p.phone}\nCell ${p.mobile}`, `Phone: ${p.phone}\nFax: ${p.fax}`, `Mobile: ${p.mobile}`]);
  return `${p.name}\n${p.title}\n${p.company}\n${phoneLine}\n${p.web}`;
}

export interface IncomingMail extends DeliverOptions {
  kind: MailKind;
  sender: OutsidePerson;
}

export function incomingMail(rng: Rng, to: { email: string; name: string }, kind: MailKind): IncomingMail {
  const p = outsidePerson(rng);
  const [hi, bye] = GREETING[p.lang];
  const firstName = to.name.split(' ')[0] || 'there';
  const body = rng.pick(BODIES);
  const from = `${p.name} <${p.local}@${p.domain}>`;
  const subject = rng.pick(SUBJECTS);
  const base = { from, to: to.email, subject, kind, sender: p };
  switch (kind) {
    case 'text-signature':
      return { ...base, text: `${hi} ${firstName},\n\n${body}\n\n${bye}\n\n${textSignature(p, rng)}\n` };
    case 'html-gmail-signature':
      return {
        ...base,
        html:
          `<div dir="ltr">${hi} ${firstName},<div><br></div><div>${body}</div><div><br></div><div>${bye}</div><div><br></div>-- <br>` +
          `<div dir="ltr" class="gmail_signature"><div><b>${p.name}</b></div><div>${p.title} | ${p.company}</div>` +
          `<div>M: ${p.mobile}</div><div>T: ${p.phone}</div><div><a href="https://${p.web}">${p.web}</a></div><div>${p.address}</div></div></div>`,
      };
    case 'outlook-table':
      return {
        ...base,
        html:
          `<html><body><div class="WordSection1"><p class="MsoNormal">${hi} ${firstName},</p><p class="MsoNormal">${body}</p><p class="MsoNormal">${bye}</p>` +
          `<table border="0" cellpadding="0"><tr><td><p class="MsoNormal"><b>${p.name}</b><br>${p.title}<br>${p.company}</p></td>` +
          `<td><p class="MsoNormal">Tel: ${p.phone}<br>Fax: ${p.fax}<br>${p.address}</p></td></tr></table></div></body></html>`,
      };
    case 'disclaimer':
      return {
        ...base,
        text:
          `${hi} ${firstName},\n\n${body}\n\n${bye}\n${textSignature(p, rng)}\n\n` +
          'CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. ' +
          'If you have received it in error, please notify the sender and delete it.\n',
      };
    case 'reply-quoting-us':
      return {
        ...base,
        subject: `Re: ${subject}`,
        text:
          `${body}\n\n${bye}\n${textSignature(p, rng)}\n\nOn Mon, 16 Nov 2026 at 10:02, ${to.name} <${to.email}> wrote:\n` +
          `> ${hi} ${p.given},\n> could you send the updated figures?\n> \n> ${to.name}\n> Our Company\n> +1 555 0100 200\n`,
      };
    case 'sign-off-only':
      return { ...base, text: `${hi} ${firstName},\n\n${body}\n\nThanks,\n${p.given}\n` };
    case 'no-signature':
      return { ...base, text: `${body}\n` };
    case 'order-number':
      return { ...base, subject: 'Your order', text: `${hi} ${firstName},\n\nyour order #${digits(rng, 10)} has shipped; tracking 1Z${digits(rng, 12)}.\n\n${p.given}\n` };
    case 'newsletter':
      return {
        ...base,
        from: `${p.company} News <news@${p.domain}>`,
        subject: 'Our November newsletter',
        headers: { 'List-Id': `<news.${p.domain}>`, 'List-Unsubscribe': `<mailto:unsubscribe@${p.domain}>`, Precedence: 'bulk' },
        html: `<p>New products this month.</p><p>${p.company}<br>${p.address}<br>Tel ${p.phone}</p>`,
      };
    case 'no-reply':
      return { ...base, from: `${p.company} <no-reply@${p.domain}>`, subject: 'Your invoice is ready', text: `Your invoice is ready.\n\n${p.company}\nTel ${p.phone}\n` };
    case 'auto-reply':
      return {
        ...base,
        subject: `Automatic reply: ${subject}`,
        headers: { 'Auto-Submitted': 'auto-replied' },
        text: `I am out of the office until Monday.\n\n${textSignature(p, rng)}\n`,
      };
  }
}

/** Kinds in the proportions a business mailbox sees them. */
const MIX: MailKind[] = [
  'text-signature', 'text-signature', 'html-gmail-signature', 'html-gmail-signature', 'outlook-table', 'disclaimer', 'reply-quoting-us',
  'sign-off-only', 'no-signature', 'order-number', 'newsletter', 'no-reply', 'auto-reply',
];

export interface IncomingMailSummary {
  delivered: number;
  /** Delivered messages whose kind carries a signature to suggest, per recipient. */
  withSignature: Record<string, number>;
  ids: Record<string, string[]>;
}

/**
 * Delivers `perUser` messages to each of `recipients`, spread over the `spanMs` before now (oldest first), with
 * arrival times on the virtual clock. Deterministic by `seed`.
 */
export function deliverIncomingMail(
  ws: OfflineWorkspace,
  recipients: string[],
  opts: { perUser: number; seed: string | number; spanMs?: number; kinds?: MailKind[] },
): IncomingMailSummary {
  const rng = new Rng(opts.seed);
  const span = opts.spanMs ?? 0;
  const now = ws.clock.now();
  const summary: IncomingMailSummary = { delivered: 0, withSignature: {}, ids: {} };
  for (const email of recipients) {
    const user = ws.directory.findUser(email);
    if (!user) throw new Error(`deliverIncomingMail: ${email} is not a user of the offline Workspace`);
    const name = user.name.fullName ?? `${user.name.givenName} ${user.name.familyName}`;
    for (let i = 0; i < opts.perUser; i++) {
      const kind = opts.kinds ? opts.kinds[i % opts.kinds.length] : rng.pick(MIX);
      const m = incomingMail(rng, { email, name }, kind);
      const at = span > 0 ? now - span + Math.floor((span * (i + 1)) / (opts.perUser + 1)) : now;
      const { kind: _k, sender: _s, ...deliver } = m;
      const id = deliverMessage(ws, email, { ...deliver, at });
      (summary.ids[email] ??= []).push(id);
      summary.delivered++;
      if (SUGGESTS[kind]) summary.withSignature[email] = (summary.withSignature[email] ?? 0) + 1;
    }
  }
  return summary;
}
