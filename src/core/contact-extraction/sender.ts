/**
 * The From header, and how a line's words relate to the sender's name and address. A name in a signature is
 * trusted when it matches the display name or the address's local part ("jdoe", "john.doe", "doej").
 */
import type { Sender } from './types';
import { GENERIC_DOMAINS } from './lexicon';

/** Parses `"Doe, Jane" <jane@x.com>`, `Jane Doe <jane@x.com>`, `jane@x.com (Jane Doe)` or a bare address. */
export function parseFrom(header: string): Sender {
  const text = header.trim();
  const angle = /^(.*?)<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/.exec(text);
  if (angle) return { displayName: cleanDisplayName(angle[1]), email: angle[2].toLowerCase() };
  const paren = /^([^\s()]+@[^\s()]+)\s*\((.*)\)\s*$/.exec(text);
  if (paren) return { displayName: cleanDisplayName(paren[2]), email: paren[1].toLowerCase() };
  const bare = /[^\s<>"]+@[^\s<>"]+/.exec(text);
  return { displayName: bare ? cleanDisplayName(text.replace(bare[0], '')) : cleanDisplayName(text), email: bare ? bare[0].toLowerCase() : '' };
}

function cleanDisplayName(raw: string): string {
  let name = raw.trim().replace(/^"+|"+$/g, '').replace(/^'+|'+$/g, '').replace(/\\"/g, '"').trim();
  // Enron-era Lotus/Exchange forms: "Valdez, Christina </O=ENRON/...>" leaves "Valdez, Christina".
  name = name.replace(/\s*@\s*\w+$/, '').replace(/\s+/g, ' ');
  // "Last, First [Middle]" → "First [Middle] Last", only for a single comma between name-like words.
  const comma = /^([\p{L}'’-]+(?: [\p{L}'’-]+)?),\s*([\p{L}'’. -]+)$/u.exec(name);
  if (comma && !/\b(jr|sr|ii|iii|phd|md)\.?$/i.test(comma[2])) name = `${comma[2].trim()} ${comma[1]}`;
  return name;
}

const NAME_TOKEN = /[\p{L}][\p{L}'’-]*/gu;

const CJK = /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u;

/**
 * Lower-case name tokens of `name` (two letters or more, or one CJK character). Stops and returns null past
 * `limit` tokens: the line scorer asks this of every line, and a prose line is never a name.
 */
function nameTokensUpTo(name: string, limit: number): string[] | null {
  const out: string[] = [];
  NAME_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_TOKEN.exec(name)) !== null) {
    const t = m[0].toLowerCase();
    if (t.length < 2 && !CJK.test(t)) continue;
    if (out.length === limit) {
      NAME_TOKEN.lastIndex = 0;
      return null;
    }
    out.push(t);
  }
  return out;
}

export function nameTokens(name: string): string[] {
  return nameTokensUpTo(name, Infinity) ?? [];
}

export interface SenderProfile {
  sender: Sender;
  /** Lower-case tokens of the display name. */
  tokens: string[];
  localPart: string;
  domain: string;
  /** The organisation part of the domain ("deloitte" for mail.deloitte.co.uk), or '' for free-mail hosts. */
  orgLabel: string;
}

export function profileOf(sender: Sender): SenderProfile {
  const [localPart = '', domain = ''] = sender.email.toLowerCase().split('@');
  const labels = domain.split('.').filter(Boolean);
  // Skip a second-level public suffix (co.uk, com.au, co.jp) to reach the organisation's label.
  let org = labels.length >= 2 ? labels[labels.length - 2] : labels[0] ?? '';
  if (labels.length >= 3 && /^(co|com|ac|or|ne|org|net|gov|edu|gv)$/.test(org)) org = labels[labels.length - 3];
  return {
    sender,
    tokens: nameTokens(sender.displayName),
    localPart,
    domain,
    orgLabel: GENERIC_DOMAINS.test(domain) ? '' : org,
  };
}

/**
 * How well a short line names the sender: 1 when it contains a display-name token (or the line's words build
 * the address's local part: first.last, flast, firstl), else 0.
 */
export function nameMatchScore(line: string, profile: SenderProfile): number {
  const words = nameTokensUpTo(line, 6);
  if (words === null || words.length === 0) return 0;
  if (profile.tokens.length > 0) {
    const hits = words.filter((w) => profile.tokens.includes(w)).length;
    if (hits > 0) return Math.min(1, hits / Math.min(2, profile.tokens.length));
  }
  const local = profile.localPart.replace(/[^a-z]/g, '');
  if (local.length >= 3 && words.length >= 1 && words.length <= 4) {
    const ascii = words.map((w) => w.normalize('NFD').replace(/[^a-z]/g, ''));
    const first = ascii[0];
    const last = ascii[ascii.length - 1];
    const forms = [ascii.join(''), first + last, first[0] + last, last + first[0], first + (last[0] ?? ''), last + first, last];
    if (ascii.length === 1) forms.push(first);
    if (forms.some((f) => f.length >= 3 && (f === local || (f.length >= 4 && local.includes(f))))) return 0.8;
  }
  return 0;
}

/** Whether `company` plausibly is the sender's organisation, judged from the sender's domain. */
export function companyMatchesDomain(company: string, profile: SenderProfile): boolean {
  const org = profile.orgLabel;
  if (org.length < 2) return false;
  const squashed = company.toLowerCase().normalize('NFD').replace(/[^a-z0-9]/g, '');
  if (squashed.includes(org) || (squashed.length >= 3 && org.includes(squashed))) return true;
  // Initials then a word: "United States Filter Corporation" ↔ usfilter.com
  const words = (company.normalize('NFD').match(/[A-Za-z]+/g) ?? []).map((w) => w.toLowerCase());
  for (let k = 1; k < words.length; k++) {
    const form = words.slice(0, k).map((w) => w[0]).join('') + words[k];
    if (form.length >= 4 && org.startsWith(form)) return true;
  }
  // Acronym: "Pacific Gas and Electric" ↔ pge.com
  const initials = (company.match(/[A-Z][a-z]*|&/g) ?? []).filter((w) => w !== '&').map((w) => w[0].toLowerCase()).join('');
  return initials.length >= 2 && (initials === org || org.startsWith(initials));
}
