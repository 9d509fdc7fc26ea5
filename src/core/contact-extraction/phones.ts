/**
 * Phone numbers in signature lines, with their type from the label beside them ("M:", "Mob", "Cell", "Tel",
 * "T:", "Phone", "Fax", "F:", "(fax)"). Order numbers, dates and ticket ids are refused: a candidate must be a
 * possible number for libphonenumber (min metadata, already in the bundle for signature formatting), and a bare
 * digit run without a label or separators is not taken.
 */
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { parsePhoneNumberFromString as parseWithMetadata, type MetadataJson } from 'libphonenumber-js/core';
import fullMetadata from 'libphonenumber-js/max/metadata';
import type { ContactPhone, PhoneType, Scored } from './types';
import { FAX_LABEL, MOBILE_LABEL, NOT_PHONE_CONTEXT, PHONE_CANDIDATE, PHONE_LABEL, digitsOf } from './lexicon';

/** Default region for numbers written without +: the sender domain's country code, else US. */
/**
 * Country-code domains sold as generic names (cloudnine.io, brand.co, model.ai): they say nothing about where the
 * sender's phones are, unless under a second-level label ("empresa.com.co").
 */
const VANITY_CCTLD = /^(io|co|ai|me|tv|fm|ly|gg|sh|to|ws|cc|la|vc|so)$/i;

export function defaultCountryFor(domain: string): CountryCode {
  const labels = domain.split('.');
  if (labels.length >= 2 && VANITY_CCTLD.test(labels[labels.length - 1]) && !/^(com|net|org|gov|edu|ac|co)$/i.test(labels[labels.length - 2] ?? '')) return 'US';
  const tld = labels.pop()?.toUpperCase() ?? '';
  const cc = tld === 'UK' ? 'GB' : tld;
  return cc.length === 2 && isSupportedCountry(cc) ? (cc as CountryCode) : 'US';
}

/** "Fx:", a rarer fax label the line features do not use. */
const EXTRA_FAX = /(?<![\p{L}\p{N}])fx\s*[:.]?\s*(?=[+(\d]|$)/iu;
/** "Telephone No.:", "Fax Number:": the "No." belongs to a phone label, so it is no order number. */
const PHONE_NUMBER_LABEL = /(?<![\p{L}\p{N}])(tel|telephone|phone|ph|fax|facsimile(\s+transmission)?|mobile|cell|direct)\.?\s*(no\.?|nr\.?|number|#)\s*[:#]?\s*$/iu;

/** "Tél. :", "Tlf.", "Tfn", "Puh.": office-phone abbreviations the line features' word list does not carry. */
const EXTRA_WORK = /(?<![\p{L}\p{N}])(tél|tlf|tfn|puh|dial|sími|clinic|电话|座机)(?![\p{L}])/iu;

/** "Home:", "Privat:", "Domicile:": a home number (People API type `home`). */
const HOME_LABEL = /(?<![\p{L}\p{N}])(home|privat|private|domicile)\b/iu;

/** "T 010 123 4567", "M 06 12345678": a capital letter alone before the number, at the line's start or after "|". */
const BARE_LETTER_LABEL = /(?:^|[|•·]\s*)([TMFPOCD])\s+$/i;
const LETTER_AFTER_TYPE: Record<string, PhoneType> = { o: 'work', w: 'work', h: 'home', c: 'mobile', m: 'mobile', f: 'fax' };
const BARE_LETTER_TYPE: Record<string, PhoneType> = { T: 'work', P: 'work', O: 'work', D: 'work', M: 'mobile', C: 'mobile', F: 'fax' };

/** "Port. :" (French portable), "kom." (Polish komórka), "Natel" (Swiss): mobile labels the line features lack. */
const EXTRA_MOBILE = /(?<![\p{L}])(port\.|kom\.|komórka|natel|моб|сот|text|sms|whatsapp|signal|gsm)/iu;
/** Russian "Тел.", "Факс": the office and fax labels in Cyrillic. */
const CYRILLIC_WORK = /(?<![\p{L}])тел/iu;
const CYRILLIC_FAX = /(?<![\p{L}])факс/iu;

/** "Pager:", "Beeper": a pager reaches the person but is no desk line, and People has no pager type. */
const PAGER_LABEL = /(?<![\p{L}])(pager|beeper|pgr)\b/iu;

function typeFromLabel(label: string): PhoneType | null {
  if (PAGER_LABEL.test(label)) return 'other';
  if (FAX_LABEL.test(label) || EXTRA_FAX.test(label) || CYRILLIC_FAX.test(label)) return 'fax';
  if (MOBILE_LABEL.test(label) || EXTRA_MOBILE.test(label)) return 'mobile';
  if (CYRILLIC_WORK.test(label)) return 'work';
  if (HOME_LABEL.test(label)) return 'home';
  if (PHONE_LABEL.test(label) || EXTRA_WORK.test(label)) return 'work';
  return null;
}

/** A North American number as written: "(713) 555-0142", "713.555.0142", "1-713-555-0142". */
const NANP_SHAPE = /^(1[\s.-]?)?(\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}$/;

/** A Brazilian CEP ("01310-200") or a Japanese postcode ("〒150-0002"): a postcode, not a phone. */
const POSTCODE = /^\d{5}-\d{3}$/;

const DATE_LIKE = /^\(?\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\)?$/;
const TIME_RANGE = /^\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2}$/;

/**
 * A meeting's dial-in ("+1 323-555-0188,,123456789#", "Phone Conference ID: 512 114 893#", "Join by phone … PIN"):
 * the conferencing service's number, not the sender's.
 */
const DIAL_IN = /,,\s*\d|\d\s*#(?!\d)|\b(conference id|meeting id|passcode|access code|participant code|dial[- ]?in|join by phone|pin)\b/i;

/**
 * The type of a number its sender did not label: "mobile" only when libphonenumber's full metadata places it in
 * its country's mobile ranges alone, else "other". The mobile-only metadata was tried first: having no fixed-line
 * ranges, it answers MOBILE where the two overlap (any +1 number, Santiago's "+56 2 …" landlines), which the full
 * metadata calls FIXED_LINE_OR_MOBILE. A fixed line stays "other": home or office, the signature does not say.
 */
function unlabelledType(e164: string): PhoneType {
  return parseWithMetadata(e164, fullMetadata as unknown as MetadataJson)?.getType() === 'MOBILE' ? 'mobile' : 'other';
}

/** "NIP:", "VAT", "SIRET", "CNPJ", "IBAN": a tax or company number, however phone-like its digits. */
const TAX_ID_BEFORE = /(?<![\p{L}])(nip|vat|tva|ust-?id|uid|siret|siren|cnpj|cpf|ein|tin|abn|acn|gst|gstin|kvk|org\.?\s?nr|reg\.?\s?no|hrb|hra|iban|bic|swift|regon|krs|p\.?\s?iva|cif|nif)\b[^\d]{0,12}$/iu;

export function phonesInLine(text: string, country: CountryCode): Scored<ContactPhone>[] {
  const out: Scored<ContactPhone>[] = [];
  if (DIAL_IN.test(text)) return out;
  // "01 44 55 66 77 – 06 98 76 54 32": a spaced dash between two numbers separates them, as "|" does.
  const line = text.replace(/(\d)\s+[–—]\s+(?=[+(\d])/g, '$1 | ');
  PHONE_CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  const matches: { raw: string; start: number; end: number }[] = [];
  while ((m = PHONE_CANDIDATE.exec(line)) !== null) matches.push({ raw: m[0], start: m.index, end: m.index + m[0].length });
  matches.forEach((match, k) => {
    let raw = match.raw.trim().replace(/[\s(\-–./]+$/, '');
    // "Tel. + 358 9 165 59258": a plus sign set apart from the digits still makes the number international.
    let spacedPlus = /(^|[\s:.])\+\s+$/.test(line.slice(Math.max(prevEnd, match.start - 5), match.start)) && !match.raw.startsWith('+');
    const before = line.slice(prevEnd, match.start).replace(/\+\s+$/, '');
    const nextStart = k + 1 < matches.length ? matches[k + 1].start : line.length;
    const after = line.slice(match.end, Math.min(nextStart, match.end + 14));
    prevEnd = match.end;
    if ((NOT_PHONE_CONTEXT.test(before) && !PHONE_NUMBER_LABEL.test(before)) || DATE_LIKE.test(raw) || TIME_RANGE.test(raw)) return;
    if (POSTCODE.test(raw) || /〒\s*$/.test(before) || TAX_ID_BEFORE.test(before)) return;
    const extMatch = /\s*(?:x|ext\.?|extension|#)\s*(\d{1,6})$/i.exec(raw);
    const main = extMatch ? raw.slice(0, extMatch.index) : raw;
    const digits = digitsOf(main);
    if (digits.length < 7 || digits.length > 15) return;
    const labelBefore = (PHONE_NUMBER_LABEL.exec(before)?.[0] ?? '') || (/([\p{L}.()]+[\s:：.\-–#]*)$/u.exec(before.slice(-24))?.[1] ?? '');
    const labelAfter = /^[\s\-–:]*[(\[]?\s*([\p{L}]+)/u.exec(after)?.[1] ?? '';
    // "713.853.0145 (o)", "(c)", "(f)": one letter in brackets after the number.
    const letterAfter = /^\s*[(\[]([owhcmf])[)\]]/i.exec(after)?.[1]?.toLowerCase();
    const bareLetter = BARE_LETTER_LABEL.exec(before)?.[1];
    const type =
      typeFromLabel(labelBefore + main) ??
      (bareLetter ? BARE_LETTER_TYPE[bareLetter.toUpperCase()] : null) ??
      (/^(fax|facsimile|cell|cellular|mobile|mob|office|work|direct|phone|ph|tel|telephone|pager|voice)$/i.test(labelAfter) ? typeFromLabel(labelAfter) : null) ??
      (letterAfter ? LETTER_AFTER_TYPE[letterAfter] : null);
    const separated = /[\s().\-–/]/.test(main.trim()) || main.trim().startsWith('+') || spacedPlus;
    if (!type && !separated) return; // "741599123" with no label: an id, not a phone
    if (spacedPlus && !parsePhoneNumberFromString(`+${main}`)?.isValid()) spacedPlus = false;
    const dialled = spacedPlus ? `+${main}` : main.startsWith('00') ? `+${main.slice(2)}` : main;
    let parsed = parsePhoneNumberFromString(dialled, country);
    // "(713) 555-0142" from a .no or .uk sender: a North American shape that the domain's country cannot place.
    if ((!parsed || !parsed.isPossible()) && country !== 'US' && NANP_SHAPE.test(main.trim())) parsed = parsePhoneNumberFromString(dialled, 'US');
    raw = (spacedPlus ? `+${raw}` : raw).replace(/\s+/g, ' ');
    if (!parsed || !parsed.isPossible()) {
      // A number the sender labelled ("Phone: +47 22 335 2979") that libphonenumber cannot place is still the one
      // they wrote: offered on the card as a hint to check (below PREFILL_CONFIDENCE), never dropped unseen.
      if (type) out.push({ value: { value: raw, type }, confidence: 0.5 });
      return;
    }
    out.push({
      value: { value: raw, type: type ?? unlabelledType(parsed.number), e164: parsed.number },
      confidence: (type ? 0.9 : 0.65) * (parsed.isValid() ? 1 : 0.85),
    });
  });
  // "x8321" alone: an internal extension; not a dialable number, so not a contact phone.
  return out;
}

export function dedupePhones(phones: Scored<ContactPhone>[]): Scored<ContactPhone>[] {
  const seen = new Map<string, Scored<ContactPhone>>();
  for (const p of phones) {
    const key = p.value.e164 ?? digitsOf(p.value.value);
    const existing = seen.get(key);
    if (!existing || p.confidence > existing.confidence) seen.set(key, p);
  }
  return [...seen.values()];
}
