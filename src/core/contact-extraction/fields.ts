/**
 * Parses a signature block into contact fields, each with a confidence. The name is trusted when it matches the
 * From display name (or the address's local part); the company when it matches the sender's domain; phone types
 * come from their labels (phones.ts).
 */
import type { ContactPhone, ExtractedContact, Scored, SocialLink } from './types';
import {
  isAddressLine, COMPANY_WORDS, DISCLAIMER, EMAIL, EMAIL_ALL, MOBILE_FOOTER, SEPARATOR_LINE, SIGN_OFF, SOCIAL_NETWORKS, TITLE_WORDS,
  URL_ALL, COUNTRY_LINE,
} from './lexicon';
import { isPhoneLike } from './features';
import { dedupePhones, defaultCountryFor, phonesInLine } from './phones';
import { companyMatchesDomain, nameMatchScore, type SenderProfile } from './sender';
import { hasDepartmentWord } from './gate';

/** Removes mail-client artefacts: `<mailto:…>`, `<tel:…>`, `[cid:…]`, `[Description: …]`, bullets. */
export function cleanSignatureLine(text: string): string {
  return text
    .slice(0, 400)
    .replace(/<(mailto|tel|https?):[^>]*>/gi, '')
    .replace(/\[(cid|image|description)[^\]]*\]/gi, '')
    .replace(/^\s*[-–—*•·|>]+\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface SigLine {
  text: string;
  used: boolean;
  phone: boolean;
  email: boolean;
  url: boolean;
}

const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*,?$|^[\p{Lu}]\.?$/u;
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s　]{2,12}$/u;

function looksLikeName(text: string): boolean {
  if (/\d|@|https?:|www\./i.test(text)) return false;
  if (CJK_NAME.test(text)) return true;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (TITLE_WORDS.test(text) || COMPANY_WORDS.test(text) || SIGN_OFF.test(text)) return false;
  return words.every((w) => NAME_WORD.test(w));
}

/**
 * One-word professions the shared TITLE_WORDS (also a line-classifier feature, so changing it means retraining)
 * lacks: "Geologist" alone under a name is a job title.
 */
const PROFESSION = /^(geologist|geophysicist|petrophysicist|landman|chemist|physicist|biologist|meteorologist|hydrologist|surveyor|auditor|actuary|underwriter|buyer|receptionist|nurse|physician|pharmacist|architect|economist|statistician|librarian|translator|interpreter)$/i;

/**
 * One-word titles built by composition in Dutch and German ("Projectleider", "Vertriebsleiterin",
 * "Geschäftsführer", "Beleidsmedewerker"), which a word list of separate title words cannot catch.
 */
const COMPOUND_TITLE = /^[\p{L}-]*(leider|leiter|leiterin|manager|managerin|directeur|direktor|direktorin|adviseur|berater|beraterin|ingenieur|ingenieurin|medewerker|mitarbeiter|mitarbeiterin|coördinator|koordinator|koordinatorin|spezialist|spezialistin|referent|referentin|assistent|assistentin|sachbearbeiter|sachbearbeiterin|geschäftsführer|geschäftsführerin|inhaber|inhaberin|eigenaar|vorstand|anwalt|anwältin|notar|notarin|arzt|ärztin|entwickler|entwicklerin|verkäufer|verkäuferin|prokurist|prokuristin|vertreter|vertreterin|beauftragter|beauftragte|sekretär|sekretärin|kaufmann|kauffrau|administrator|administratorin|techniker|technikerin|buchhalter|buchhalterin)$/iu;

/** "(she/her)", "(they/them)" after a name: pronouns, not part of the contact's name. */
/** "Ms. Laura Bennett": a social honorific is no part of the name (a professional one, "Dr.", stays). */
const SOCIAL_HONORIFIC = /^(mr|mrs|ms|miss|mx)\.?\s+(?=\p{Lu})/iu;

const PRONOUNS = /\s*[([]?\b(?:she|he|they|ze|xe)\s*\/\s*(?:her|hers|him|his|them|theirs|zir|xem)\b[)\]]?\s*$/i;

/** "38th Floor": part of a postal address (the shared ADDRESS pattern only knows lower-case "floor"). */
const FLOOR = /\b\d{1,3}(st|nd|rd|th)\s+floor\b|\bfloor\s+\d{1,3}\b/i;

/** Whether the line's first word is the sender's organisation ("Enron …" from enron.com), not a free-mail host. */
function opensWithOrg(text: string, profile: SenderProfile): boolean {
  const words = text.normalize('NFD').split(/[\s,|–—-]+/).map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, ''));
  if (profile.orgLabel.length < 3 || words.length < 2) return false;
  // "Enron North America - West Desk" at enron.com; "Gulf Coast Gas Marketing" at gulfcoastgas.com (the label
  // spelt over the first words).
  for (let k = 1; k <= Math.min(4, words.length - 1); k++) if (words.slice(0, k).join('') === profile.orgLabel) return true;
  return false;
}

/**
 * Two to six capitalised words (joined by "&", "and", "of", "-"; a bracketed acronym such as "Merrill Lynch (OGC)"
 * allowed), no digits, no title word, no address.
 */
export function isOrganisationShaped(text: string): boolean {
  const words = text.replace(/[,;]$/, '').split(/\s+/);
  if (words.length < 2 || words.length > 6 || /\d|@|:/.test(text) || TITLE_WORDS.test(text) || isAddressLine(text)) return false;
  // "IBM (Telelogic AB)": a parenthesised part is judged by its words.
  return words.map((w) => w.replace(/^\(/, '').replace(/\)[.,]?$/, '')).every((w) => /^[\p{Lu}][\p{L}'’.&,-]*$/u.test(w) || /^(&|and|of|the|for|[-–_])$/i.test(w));
}

/**
 * "Perfect Commerce, Inc. tel: 650-798-3367": the company written before a labelled phone on the same line. Only
 * a prefix with a legal form or the sender's domain counts, so "Call me at 555…" or a city stays out.
 */
function companyBeforePhone(text: string, profile: SenderProfile): string | null {
  const m = /^(.{3,60}?)[\s,;|–-]+(?:tel|phone|ph|t|office|direct|main)\b\.?\s*:?\s*[+(\d]/i.exec(text);
  if (!m) return null;
  const prefix = m[1].replace(/[,;|–-]+$/, '').trim();
  if (/\d|@/.test(prefix) || TITLE_WORDS.test(prefix)) return null;
  return COMPANY_WORDS.test(prefix) || companyMatchesDomain(prefix, profile) ? prefix : null;
}

/** Legal forms only (COMPANY_WORDS also has "Services", "Group", "Partners"…, which name departments too). */
const LEGAL_FORM = /(?<![\p{L}])(inc|corp|llc|llp|ltd|plc|gmbh|ag|ab|bv|b\.v|nv|n\.v|sa|s\.a|sas|sarl|s\.a\.r\.l|srl|s\.r\.l|spa|s\.p\.a|sp\. z o\.o|s\.r\.o|lda|ltda|oy|asa|pty|pte|kk)(?![\p{L}])\.?/iu;

/** Nordic legal forms, upper case only ("as" is an English word): Halvorsen & Dahl AS, Møller A/S, Nordlys ApS. */
const NORDIC_FORM = /(?<![\p{L}])(AS|A\/S|ApS|AB|Oy|Oyj)$/u;

/**
 * Legal forms that are short words or initials, counted only at the end of the line and in their written case:
 * US professional corporations and partnerships ("Smith, Jones & Doe, P.C.", "Hale PLLC", "Brookfield L.P."), the
 * European company (SE), Spanish S.L., Brazilian Ltda., German KG/OHG/e.V./eG/e.K./UG and partnerships (PartG, mbB).
 */
const TRAILING_LEGAL_FORM = /[\s,](P\.\s?C\.?|PC|PLLC|P\.L\.L\.C\.?|L\.L\.P\.?|L\.P\.?|LP|LLLP|P\.A\.?|SE|S\.L\.?|SL|Ltda\.?|KG|OHG|e\.\s?V\.?|eG|mbB|PartG|PartGmbB|UG|e\.\s?K\.?)\s*$/;

/** "Company: Fjordlaks AS", "Firma: …": a label before the company's name, not part of it. */
const COMPANY_LABEL = /^\s*(company|organi[sz]ation|employer|firm|firma|entreprise|empresa|företag|selskap|unternehmen)\s*:\s*/i;

/**
 * "Musterstraße 12", "Storgata 5", "Kungsvägen 14 B": a street whose kind is part of its one-word name, then the
 * house number, as German and Nordic addresses write it. Not in the shared isAddressLine: that is a line feature
 * of the shipped signature model (changing it means retraining).
 */
const COMPOUND_STREET = /[\p{L}](straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|gata|gatan|gaten|vägen|veien|vegen|vej|gade|straat|laan|gracht)\s+\d{1,5}\s?[a-zA-Z]?(?![\p{L}\p{N}])/u;

/** "Unit 4, Riverside Business Park", "Building 2, Science Park": a unit in an estate, as UK and EU addresses open. */
const UNIT_LINE = /^\s*(unit|building|bldg\.?|block|house|flat|apt\.?|apartment)\s+\w{1,5},\s+\S|\b(business|industrial|science|technology|retail) (park|estate|centre|center)\b/i;

/**
 * Streets whose kind comes first, as Spanish, Portuguese, Italian, French and Polish addresses write them ("Calle
 * de Alcalá 145", "Rua Augusta, 900", "Av. Paulista, 1578", "Via Roma 12", "ul. Marszałkowska 84/92"), with a house
 * number on the line; and English street kinds the shared pattern lacks ("14 Lowther Mews").
 */
const STREET_FIRST = /^\s*(calle|c\/|avenida|avda\.?|av\.|rua|travessa|largo|praça|plaza|paseo|carrer|via|viale|corso|piazza|piazzale|rue|bd|boulevard|chemin|allée|place|quai|ul\.|al\.|aleja|plac)\s+\S.*\d/iu;
const MORE_STREET = /\b\d{1,5}[a-z]?\s+([\p{L}'’.-]+\s){1,3}(mews|close|crescent|terrace|row|grove|gardens|walk|yard|wharf|quay|hill|green|rise|parade)\b/iu;

/**
 * A postcode and its town, as most of the world writes them ("111 43 Stockholm", "00-514 Warszawa", "01310-200
 * São Paulo", "2000 Antwerpen", "1220 Wien"), or a town and a six-digit PIN ("Bengaluru 560001").
 */
const POSTCODE_TOWN = /^\s*(?:[A-Z]{1,2}-)?(\d{3} \d{2}|\d{2}-\d{3}|\d{5}-\d{3}|\d{4,6})\s+\p{Lu}[\p{L}'’.-]+|\b\p{Lu}[\p{L}]+\s+\d{6}\b/u;
/** "One Kendall Square", "Two Harbor Drive": a street number spelt out. */
const WORD_NUMBER_STREET = /^\s*(one|two|three|four|five|six|seven|eight|nine|ten)\s+\p{Lu}[\p{L}'’.-]+\s+(square|street|plaza|place|center|centre|drive|avenue|way|park|road)\b/iu;

export function isPostalLine(text: string): boolean {
  const t = text.replace(ADDRESS_LABEL, '');
  return isAddressLine(t) || COMPOUND_STREET.test(t) || UNIT_LINE.test(t) || STREET_FIRST.test(t) || MORE_STREET.test(t) || POSTCODE_TOWN.test(t) || WORD_NUMBER_STREET.test(t);
}

/** "A:", "Add:", "Address:", "Adresse:": a label before an address line. */
const ADDRESS_LABEL = /^\s*(a|add|addr|address|adresse|adres|dirección|direccion|indirizzo|endereço|anschrift)\s*[:.]\s*/iu;

/**
 * "Estimator | Summit Roofing LLC", "Direttore Commerciale – Bianchi Arredamenti S.r.l.": of a line's cells, the
 * one that names the company (a legal form, or the sender's domain), when the line has several.
 */
function companyCell(text: string, profile: SenderProfile): string {
  const cells = text.split(/\s+[|•·–—]\s+/).map((c) => c.trim()).filter(Boolean);
  if (cells.length < 2) return text;
  const legal = cells.find((c) => hasLegalForm(c) || LEGAL_FORM.test(c));
  // After a dash the rest is as often the firm's department ("Enron North America – West Desk"): only a legal form
  // splits it; a "|" or "•" separates fields, so the cell the sender's domain names is the company there too.
  return legal ?? (/\s[|•·]\s/.test(text) ? cells.find((c) => companyMatchesDomain(c, profile)) : undefined) ?? text;
}

/** Words of a business's name that no person's name holds ("Riverbend Family Dental"; not "Law" or "Church", which are surnames). */
const BUSINESS_WORDS = /\b(dental|dentistry|clinic|medical|health|pharmacy|studio|salon|spa|restaurant|caf[eé]|bakery|hotel|realty|properties|law (firm|office|group)|legal|consulting|solutions|brewing|brewery|logistics|transport|trading|holdings|ventures|capital|labs?|technologies|systems|software|design|media|events|travel|insurance|school|academy|university|institute|foundation|society|association|club)\b/i;

/** A button's or a link's text ("View Invoice", "Click Here", "Download Now"): an imperative, no name. */
const BUTTON_TEXT = /^\s*(view|click|download|pay|open|reply|join|sign|register|book|get|see|read|learn|shop|buy|order|track|manage|update|confirm|verify|start|try|watch|listen|visit|go)\b/i;

/** A firm's name in Japanese, Chinese or Korean ("株式会社ほしぞら", "（株）", "有限公司", "주식회사"). */
const CJK_FIRM = /株式会社|有限会社|合同会社|（株）|\(株\)|有限公司|股份|集团|公司|주식회사|\(주\)/u;

/**
 * Whether a name names a person: no department or mailbox word, no legal form ("Lumen Design Studio Ltd"), and not
 * the company of the sender's domain unless it is the From display name itself and two words or more ("Parcelo
 * Logistics" from tracking@parcelo.com under "Parcelo Tracking", and "Northwind" <ap-team@northwind.example>, are
 * the firm; "Hans Müller" <hans@mueller.de> is a person).
 */
export function isPersonName(name: string, profile: SenderProfile): boolean {
  if (BUTTON_TEXT.test(name) || hasDepartmentWord(name) || BUSINESS_WORDS.test(name) || hasLegalForm(name) || CJK_FIRM.test(name)) return false;
  const squash = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (!companyMatchesDomain(name, profile)) return true;
  // The domain names the firm in the display name itself: a person only when it is one of two or more words
  // (a family name: "Hans Müller" <hans@mueller.de>), not when it spans several ("Lumen Design Studio" at
  // lumendesign.example) or the name is one word ("Northwind").
  const words = name.trim().split(/\s+/).map(squash);
  const spansWords = words.some((_w, i) => words.slice(i).some((_v, k) => k >= 1 && words.slice(i, i + k + 1).join('') === profile.orgLabel));
  return words.length >= 2 && !spansWords && squash(name) === squash(profile.sender.displayName);
}

/**
 * Whether the block opens with another person's name: "Janine Roth\nSenior Architect\n…" passed on by Paul Becker
 * ("Please reach out to my colleague:"). Only when the From display name is a person's full name that no line of
 * the block's top matches, so a block that simply lacks the name line is not taken for someone else's.
 */
export function namesAnotherPerson(blockLines: string[], profile: SenderProfile, closingName?: string, linesAbove: string[] = []): boolean {
  const display = profile.sender.displayName.trim();
  // "Best,\nJonas Weber" right above the block, or "Linda Park, RN, BSN" over it: the sender signed it.
  if (closingName && nameMatchScore(closingName, profile) > 0) return false;
  if (linesAbove.some((t) => nameMatchScore(cleanSignatureLine(t).split(NAME_HEAD_SEPARATOR)[0], profile) >= 1)) return false;
  // Without the sender's address (a quoted header's "Live Person") there is nothing to judge the block against.
  if (profile.sender.email === '' || display.split(/\s+/).length < 2 || !isPersonName(display, profile)) return false;
  const top = blockLines.map(cleanSignatureLine).filter((t) => t !== '' && !SEPARATOR_LINE.test(t)).slice(0, 4);
  const head = (t: string) => t.split(/\s*[|,–—]\s*|\s+-\s+/)[0];
  // "Becker Architects" shares the sender's family name but is the firm: only a person's name line counts.
  if (top.length === 0 || top.some((t) => nameMatchScore(head(t), profile) > 0 && isPersonName(head(t), profile))) return false;
  // The block opens with a department and names nobody ("IT Service Desk\nGlobex Corporation\n+1 800 …"): a
  // service's details passed on, not the sender's.
  const firstWordIsSender = top.some((t) => nameMatchScore(t.split(/\s+/)[0], profile) > 0); // "Samuel x3-9890 (GCP Team)"
  if (!firstWordIsSender && hasDepartmentWord(head(top[0])) && !top.some((t) => looksLikeName(head(t)) && isPersonName(head(t), profile))) return true;
  // Another person's name among the first lines, over a firm line or an address ("WESTLAKE REALTY PARTNERS\nVictor
  // Hale | Property Manager", "tom.hayes@…\nTom Hayes"). Latin-script names only: CJK_NAME (any two to twelve
  // characters) would take a title like "営業部長" for a name.
  return top.slice(0, 3).some((t) => !CJK_NAME.test(head(t)) && looksLikeName(head(t)) && !isTitleText(head(t)) && isPersonName(head(t), profile));
}

/** "Contact Person:", "Name:", "Attn:": a form's label before a name. */
const NAME_LABEL = /^\s*(contact( person)?|name|attn\.?|attention)\s*:\s*(?=\p{Lu})/iu;

/** A gap between two columns: tabs, or four spaces or more. */
const COLUMN_GAP = /\t+\s*|\s{4,}/;

/**
 * A two-column signature ("Lydia Fromm\t\t\tPh: (713) 853-3311\nCounsel\t\t\tFax: (713) 646-3490"), read as
 * its left column then its right one, so name and title are not taken for phone lines. Only when two lines or
 * more split so; a label's own gap ("Phone:     713-…") is no column.
 */
function splitColumns(blockLines: string[]): string[] {
  const cells = blockLines.map((line) => {
    const m = COLUMN_GAP.exec(line.trim());
    if (!m || m.index === 0) return null;
    const left = line.trim().slice(0, m.index);
    const right = line.trim().slice(m.index + m[0].length);
    return /:\s*$/.test(left) || right === '' || !/\p{L}/u.test(left) ? null : [left, right];
  });
  if (cells.filter(Boolean).length < 2) return blockLines;
  const left = blockLines.map((line, i) => cells[i]?.[0] ?? line);
  const right = cells.map((c) => c?.[1]).filter((c): c is string => Boolean(c));
  return [...left, ...right];
}

/** Where a name line's name ends: "Priya Nair | …", "Clara Jensen · Interior Designer · …", "Linda Park, RN". */
const NAME_HEAD_SEPARATOR = /\s*[|,–—•·]\s*|\s+[-/]\s+/;

/** No From header to match names against (an archived list post). */
export function isUnknownSender(profile: SenderProfile): boolean {
  return profile.tokens.length === 0 && profile.localPart === '';
}

/** A company line as shown: without a list comma, or a sentence's full stop after a parenthesis ("IBM (… AB)."). */
function companyText(text: string): string {
  return text.replace(/[,;]$/, '').replace(/\)\.$/, ')');
}

/** Whether a line carries a company word or legal form in any of the forms above. */
export function hasLegalForm(text: string): boolean {
  // "IBM (Telelogic AB).": the form may close a parenthesis or end a sentence.
  const closed = text.trim().replace(/\)[.,;]?$/, '');
  return COMPANY_WORDS.test(text) || NORDIC_FORM.test(closed) || TRAILING_LEGAL_FORM.test(closed);
}

/**
 * Nordic job titles, often compounds ("Daglig leder", "Prosjektleder", "Seniorrådgiver", "Försäljningschef",
 * "Økonomiansvarlig"), which the shared TITLE_WORDS lacks (a classifier feature: changing it means retraining).
 */
const NORDIC_TITLE = /(?<![\p{L}])(daglig leder|\p{L}*(leder|ledare|rådgiver|rådgivare|konsulent|direktør|direktör|sjef|chef|ansvarlig|ansvarig|selger|säljare))(?![\p{L}])/iu;

/**
 * Italian, Spanish, French and Portuguese titles, and trades, that the shared TITLE_WORDS lacks ("Direttore
 * Commerciale", "Abogada", "Avocat associé", "Estimator"); like NORDIC_TITLE, kept out of the line features.
 */
const MORE_TITLE = /(?<![\p{L}])(arquiteto|arquiteta|desenvolvedor|desenvolvedora|consultor|consultora|coordenador|coordenadora|surgeon|teacher|dentist|therapist|counselor|counsellor|paramedic|pharmacist|veterinarian|technologist|illustrator|adjuster|merchandiser|organizer|organiser|disponent|disponentin|gérante|asesora|produtora|produtor|nurse|päällikkö|\p{L}+päällikkö|johtaja|\p{L}+johtaja|framkvæmdastjóri|engenheiro|engenheira|kierownik|kierowniczka|dyrektor|dyrektorka|prezes|specjalista|specjalistka|inżynier|menedżer|konsultant|konsultantka|ředitel|ředitelka|vedoucí|jednatel|директор|менеджер|руководитель|бухгалтер|инженер|специалист|начальник|юрист|direttore|direttrice|amministratore|amministratrice|ingegnere|avvocato|avvocata|consulente|presidente|président|présidente|associé|associée|socio|socia|abogado|abogada|avocat|avocate|coordinador|coordinadora|coordinatore|coordinatrice|analista|dirigente|delegado|delegada|estimator|superintendent|foreman|realtor|notary|notaio|notario)(?![\p{L}])/iu;

/** Whether a line, or its part before a "|", "," or dash, reads as a job title in any of the word lists. */
function isTitleText(text: string): boolean {
  const test = (t: string) => TITLE_WORDS.test(t) || PROFESSION.test(t.trim()) || COMPOUND_TITLE.test(t.trim()) || NORDIC_TITLE.test(t) || MORE_TITLE.test(t);
  // "Vertriebsleiter | Brückner Maschinenbau GmbH": the compound title lists match a whole cell, not a whole line.
  // "Vertriebsleiter DACH": a compound title followed by its region or team.
  return test(text) || test(text.split(/\s*[|,•·]\s*|\s+[–—-]\s+/)[0]) || COMPOUND_TITLE.test(text.trim().split(/\s+/)[0]);
}

/** Splits "Title, Company" / "Title | Company" / "Title at Company" when the right side reads as a company. */
function splitTitleCompany(text: string, profile: SenderProfile, companyElsewhere = false): { title: string; company?: string } {
  const m = /^(.+?)(\s*[,|•·]\s*|\s+[–—-]\s+|\s+(?:at|@|bei|chez|en)\s+)(.+)$/.exec(text);
  if (!m) return { title: text };
  const [, left, separator, right] = m;
  // After a dash the right side is as often a department ("Manager - Human Capital Advisory Services"): only a
  // legal form or the sender's domain makes it the company there ("CFO — Nordic Freight AB").
  // "Attorney at Law": after "at", one word that is no firm's is part of the title.
  // (A short word inside the domain, "Law" in ruizlaw.example, is no match: only the whole organisation label is.)
  if (/^\s+(at|@|bei|chez|en)\s+$/.test(separator) && right.trim().split(/\s+/).length < 2 && !LEGAL_FORM.test(right) &&
    right.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') !== profile.orgLabel) return { title: text };
  const dash = /[–—-]/.test(separator);
  const rightIsCompany = dash
    ? LEGAL_FORM.test(right) || NORDIC_FORM.test(right) || companyMatchesDomain(right, profile)
    : hasLegalForm(right) || LEGAL_FORM.test(right) || companyMatchesDomain(right, profile) || /^[A-Z&]{2,6}$/.test(right.trim()) ||
      (/[|•·]|^\s+(at|@)\s+$/.test(separator) && isOrganisationShaped(right) && !hasDepartmentWord(right));
  // A right side with title words is a second title ("Manager, Sales Operations") unless a legal form or the
  // sender's domain names it a company: "Legal Counsel | Pinecrest Legal LLP".
  // After "|", "at" or "@", a capitalised organisation's name is the company ("Research Scientist | Meridian
  // Genomics", "Founder @ Cajú Labs"); after a comma it is as often the department ("Manager, Gas Trading").
  const fieldSeparator = /[|•·]|^\s+(at|@)\s+$/.test(separator);
  const surelyCompany = LEGAL_FORM.test(right) || NORDIC_FORM.test(right.trim()) || TRAILING_LEGAL_FORM.test(right) || companyMatchesDomain(right, profile) ||
    (fieldSeparator && isOrganisationShaped(right) && !hasDepartmentWord(right));
  // "Manager, Content Services" over "Enron Broadband Services, Inc.": a company word alone ("Services", "Power")
  // names the department when another line of the block names the firm surely.
  if (companyElsewhere && !surelyCompany) return { title: text };
  if (isTitleText(left) && rightIsCompany && (surelyCompany || !TITLE_WORDS.test(right.replace(COMPANY_WORDS, '')))) {
    return { title: left.trim(), company: right.trim() };
  }
  return { title: text };
}

/**
 * A link written without scheme or "www." ("helix-bio.com", "linkedin.com/in/priyanair"), as modern signatures
 * print them: a host ending in a common top-level domain, optionally a path. E-mail addresses are removed from
 * the line first, so "priya@helix-bio.com" does not yield "helix-bio.com".
 */
const BARE_LINK_ALL = /(?<![\p{L}\p{N}@.\/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|io|co|eu|de|fr|uk|nl|ch|at|it|es|se|no|dk|fi|be|jp|au|ca|us|info|biz|ai|app|dev)(?:\/[^\s<>"')\]|,;]*)?(?![\p{L}\p{N}@-])/giu;

/** What may stand beside bare links on a links-only line: separators and labels ("Web:", "LinkedIn |"). */
const LINK_LABELS_ONLY = /^[\s|•·,;:/-]*(?:(?:web|www|site|url|linkedin|twitter|x|github|xing|instagram|facebook)\s*:?[\s|•·,;/-]*)*$/i;

function socialOf(url: string): SocialLink | null {
  const host = /^(?:https?:\/\/)?([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';
  const net = SOCIAL_NETWORKS.find((s) => s.host.test(host));
  return net ? { network: net.network, url: /^https?:/i.test(url) ? url : `https://${url}` } : null;
}

/** "Julie" under a sign-off from "Julie Gibson": one word, the display name's first, and the display name a full name. */
function signsWithFirstName(closingName: string, profile: SenderProfile): boolean {
  const word = closingName.trim().replace(/[,.!]$/, '');
  const display = profile.sender.displayName.trim().split(/\s+/);
  return /^[\p{Lu}][\p{L}'’-]+$/u.test(word) && display.length >= 2 && display.length <= 4 &&
    display[0].toLowerCase() === word.toLowerCase() && display.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w));
}

/** The separators of a one-line signature's fields ("Name | Title | Company | +47 …", "Title • Company • M: …"). */
const ONE_LINE_SEPARATOR = /\s+[|•·/]\s+/;

/**
 * "Ingrid Solheim | Head of Sales | Fjordlaks AS | +47 22 33 52 97" → the words ("Ingrid Solheim | Head of Sales |
 * Fjordlaks AS") and each phone, address or link on a line of its own, so the name, title and company are read
 * from the words as on any line, and a line holding a phone is not passed over for its title.
 */
function splitContactFields(text: string): string[] {
  const fields = text.split(ONE_LINE_SEPARATOR);
  if (fields.length < 2) return [text];
  const isDetail = (f: string) => isPhoneLike(f) || EMAIL.test(f) || /^(https?:\/\/|www\.)/i.test(f.trim()) || isPostalLine(f);
  const words = fields.filter((f) => !isDetail(f));
  const details = fields.filter(isDetail);
  if (details.length === 0) return [text];
  // "1120 NW Couch St, Portland OR 97209 / 971-555-0102": details only, each on its own line.
  return words.length === 0 ? details : [words.join(' | '), ...details];
}

/** At most this many addresses besides the main one: more is a list of colleagues, not one person's. */
const MAX_OTHER_EMAILS = 2;

/**
 * Parses the block's lines (already isolated from the body) into a contact. `closingName` is the name under a
 * sign-off ("Thanks,\nJohn"), used only when it matches the sender and the block names nobody.
 */
export function parseSignature(blockLines: string[], profile: SenderProfile, closingName?: string): ExtractedContact {
  const country = defaultCountryFor(profile.domain);
  const lines: SigLine[] = splitColumns(blockLines)
    .map(cleanSignatureLine)
    .flatMap(splitContactFields)
    .filter((t) => t !== '' && !SEPARATOR_LINE.test(t) && !MOBILE_FOOTER.test(t) && !(DISCLAIMER.test(t) && t.split(' ').length > 8))
    .map((text) => ({ text, used: false, phone: isPhoneLike(text), email: EMAIL_ALL.test(text), url: false }));
  for (const l of lines) {
    EMAIL_ALL.lastIndex = 0;
    l.email = EMAIL_ALL.test(l.text);
    EMAIL_ALL.lastIndex = 0;
    URL_ALL.lastIndex = 0;
    l.url = URL_ALL.test(l.text);
    URL_ALL.lastIndex = 0;
  }
  const contact: ExtractedContact = { phones: [], socialLinks: [] };

  // Phones, emails, links: found anywhere in the block.
  const phones: Scored<ContactPhone>[] = [];
  const emails: string[] = [];
  for (const l of lines) {
    if (l.phone) {
      const found = phonesInLine(l.text.replace(EMAIL_ALL, ' '), country);
      if (found.length > 0) l.used = true;
      phones.push(...found);
    }
    for (const e of l.text.match(EMAIL_ALL) ?? []) {
      emails.push(e.replace(/^mailto:/i, ''));
      l.used = true;
    }
    const withoutEmails = l.text.replace(EMAIL_ALL, ' ');
    const schemeLinks = withoutEmails.match(URL_ALL) ?? [];
    const rest = withoutEmails.replace(URL_ALL, ' ');
    // Bare hosts only on short contact lines, not in a sentence that mentions "see acme.com for details"; and the
    // line stays free for the company when more than links is on it ("Amazon.com, Inc.").
    const bare = rest.split(/\s+/).length <= 8 ? rest.match(BARE_LINK_ALL) ?? [] : [];
    const bareOnly = bare.length > 0 && LINK_LABELS_ONLY.test(rest.replace(BARE_LINK_ALL, ' '));
    const links = [...schemeLinks, ...bare];
    for (const u of links) {
      const url = u.replace(/[.,;]+$/, '');
      const social = socialOf(url);
      if (social) contact.socialLinks.push({ value: social, confidence: 0.85 });
      else if (!contact.website && !/\.(png|jpe?g|gif)$/i.test(url)) {
        const host = /^(?:https?:\/\/)?(?:www\.)?([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';
        contact.website = { value: url, confidence: profile.domain.endsWith(host) || host.endsWith(profile.orgLabel + '.' + host.split('.').pop()) ? 0.9 : 0.6 };
      }
    }
    if (schemeLinks.length > 0 || bareOnly) l.used = true;
  }
  contact.phones = dedupePhones(phones);
  if (emails.length > 0) {
    const own = emails.find((e) => e.toLowerCase() === profile.sender.email);
    contact.email = own ? { value: own.toLowerCase(), confidence: 0.98 } : { value: emails[0].toLowerCase(), confidence: 0.7 };
    const others = [...new Set(emails.map((e) => e.toLowerCase()))].filter((e) => e !== contact.email!.value).slice(0, MAX_OTHER_EMAILS);
    if (others.length > 0) contact.otherEmails = others.map((value) => ({ value, confidence: 0.7 }));
  }

  // Name: a line near the top that names the sender, else a name-shaped first line.
  const top = lines.slice(0, 4);
  let nameAt = -1;
  let best = 0;
  top.forEach((l, i) => {
    if (l.used) return;
    // "Priya Nair | Senior Account Executive | Helix Bio Ltd.": only the part before the first separator counts;
    // a form's label before it ("Contact Person: Lance Byers") is no part of the name.
    if (NAME_LABEL.test(l.text)) l.text = l.text.replace(NAME_LABEL, '');
    const head = l.text.split(NAME_HEAD_SEPARATOR)[0];
    // "Skype: irina.petrova.bf": a labelled value (whose handle may spell the name) is no name line.
    if (head.split(' ').length > 6 || /^[\p{L} ]{2,24}:\s*\S/u.test(head)) return;
    const score = nameMatchScore(head, profile);
    // "Kanzlei Schmidt & Partner mbB" holds the family name but is the firm; so is "Parcelo Logistics, Inc.".
    const firm = hasLegalForm(head) || /^\s*[|,–—-]\s*(inc|incorporated|llc|ltd|limited|corp|corporation|co|gmbh|ag|sa|plc|llp|lp|bv|nv|ab|as|oy|s\.?r\.?l|s\.?p\.?a)\.?\s*$/i.test(l.text.slice(head.length));
    if (score > best && !/\d|@|&/.test(head) && !firm && isPersonName(head, profile)) {
      best = score;
      nameAt = i;
    }
  });
  // A partial match in the block ("Schmidt" of a firm's name) gives way to the sender's full name under the sign-off.
  const closingIsFull = Boolean(closingName && nameMatchScore(closingName, profile) >= 1 && closingName.trim().split(/\s+/).length >= 2);
  if (best < 1 && closingIsFull) nameAt = -1;
  if (nameAt >= 0) {
    const head = lines[nameAt].text.split(NAME_HEAD_SEPARATOR)[0].trim();
    contact.fullName = { value: head.replace(PRONOUNS, '').replace(SOCIAL_HONORIFIC, ''), confidence: best >= 1 ? 0.95 : 0.8 };
    lines[nameAt].used = !/[|,–—•·]|\s-\s/.test(lines[nameAt].text) || lines[nameAt].text === head;
    if (!lines[nameAt].used) lines[nameAt].text = lines[nameAt].text.slice(lines[nameAt].text.indexOf(head) + head.length).replace(/^\s*[|,–—•·-]\s*/, '');
  } else if (closingName && closingName.trim().split(/\s+/).length >= 2 &&
    (nameMatchScore(closingName, profile) >= 1 || (isUnknownSender(profile) && looksLikeName(closingName.trim().replace(/[,.]$/, '')) && isPersonName(closingName.trim(), profile)))) {
    // (With no From header, an archived list post, a name-shaped closing is the only name there is.)
    // "Regards,\nKate Symes" right above a block without a name line: the closing names the sender.
    contact.fullName = { value: closingName.trim().replace(/[,.]$/, '').replace(PRONOUNS, ''), confidence: 0.8 };
  } else if (closingName && signsWithFirstName(closingName, profile)) {
    // "Love,\nJulie" from Julie Gibson: the sign-off gives the first name, the From header the full name.
    contact.fullName = { value: profile.sender.displayName.trim(), confidence: 0.7 };
  } else {
    const first = lines.findIndex((l) => !l.used);
    if (first >= 0 && first <= 1 && looksLikeName(lines[first].text) && isPersonName(lines[first].text, profile)) {
      contact.fullName = { value: lines[first].text.replace(/,$/, ''), confidence: 0.55 };
      lines[first].used = true;
      nameAt = first;
    }
  }

  // Title and company from the remaining short lines.
  let titleAt = -1;
  for (const [i, l] of lines.entries()) {
    if (l.used || l.phone || l.email || l.url || l.text.split(' ').length > 10) continue;
    const labelled = /^([\p{L} ]{2,24})\s?:\s*(.+)$/u.exec(l.text);
    if (labelled && !/^(title|position|role|job title|funktion|poste|cargo)$/i.test(labelled[1].trim())) continue;
    if (labelled) l.text = labelled[2];
    // "Enron North America - West Desk" (sender at enron.com): a line that opens with the sender's organisation
    // names a company or department, whatever title-like word ("Desk", "Services") follows.
    if (opensWithOrg(l.text, profile)) continue;
    const titled = isTitleText(l.text);
    if (!contact.jobTitle && titled && !isPostalLine(l.text) && !FLOOR.test(l.text)) {
      const companyElsewhere = lines.some((o) => o !== l && !o.phone && !o.email && (LEGAL_FORM.test(o.text) || TRAILING_LEGAL_FORM.test(o.text) || companyMatchesDomain(o.text, profile)));
      const { title, company } = splitTitleCompany(l.text, profile, companyElsewhere);
      // "Coastal Gas Marketing Co.": a firm's name holding a title word ("Marketing") is the company, not a title.
      if (!company && (LEGAL_FORM.test(l.text) || TRAILING_LEGAL_FORM.test(l.text) || /\s(Co\.|Company)$/.test(l.text.trim()))) continue;
      const nearName = nameAt >= 0 && i - nameAt <= 2 && i > nameAt;
      contact.jobTitle = { value: title, confidence: nearName ? 0.85 : 0.65 };
      titleAt = i;
      if (company && !contact.company) {
        contact.company = { value: company, confidence: companyMatchesDomain(company, profile) ? 0.9 : 0.7 };
      }
      l.used = true;
      continue;
    }
  }
  if (!contact.company) {
    let bestCompany: { i: number; confidence: number } | null = null;
    lines.forEach((l, i) => {
      // "@pwhitfield": a social handle is no company.
      if (l.used || l.phone || l.email || l.url || l.text.split(' ').length > 8 || isPostalLine(l.text) || /^@\w/.test(l.text.trim())) return;
      const text = l.text.replace(COMPANY_LABEL, '');
      const domain = companyMatchesDomain(text, profile);
      const legal = hasLegalForm(text);
      // Both: "Dynegy, Inc." beats a product line "DYNEGYdirect e-care" from the same sender.
      const confidence = domain && legal ? 0.95 : domain ? 0.9 : legal ? 0.7 : 0;
      if (confidence > 0 && (!bestCompany || confidence > bestCompany.confidence)) bestCompany = { i, confidence };
    });
    const chosen = bestCompany as { i: number; confidence: number } | null;
    if (chosen) {
      contact.company = { value: companyCell(companyText(lines[chosen.i].text.replace(COMPANY_LABEL, '')), profile), confidence: chosen.confidence };
      lines[chosen.i].used = true;
    }
  }
  if (!contact.company) {
    for (const l of lines) {
      const prefix = l.phone ? companyBeforePhone(l.text, profile) : null;
      if (prefix) {
        contact.company = { value: prefix, confidence: companyMatchesDomain(prefix, profile) ? 0.9 : 0.7 };
        break;
      }
    }
  }
  // Name, title, then the organisation: a capitalised short line right under the name or title line is the
  // company even without a legal form ("Louise Kitchen / Chief Operating Officer / Enron Americas"). Shown, not
  // pre-filled: it may be a department.
  const under = Math.max(nameAt, titleAt) + 1;
  if (!contact.company && under > 0 && under < lines.length) {
    const l = lines[under];
    if (!l.used && !l.phone && !l.email && !l.url && isOrganisationShaped(l.text)) {
      contact.company = { value: companyText(l.text), confidence: 0.5 };
      l.used = true;
    }
  }

  // Address: consecutive address-looking lines (a street line and the city/postcode line under it).
  const addr: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    // A phone-like line that gave no phone ("Houston, TX 77002-7361": the ZIP+4 reads like digits) can be address.
    if (l.used || (l.phone && !isPostalLine(l.text)) || l.email || l.url) {
      if (addr.length > 0) break;
      continue;
    }
    // "Chartered tax advisers since 1987" under the city line is a slogan: a year after "since" is no postcode.
    const continues = addr.length > 0 && !/\b(since|est\.?|established|founded|seit|depuis|desde)\s+\d{4}\b/i.test(l.text) &&
      (/\b\d{4,5}\b|,\s*[A-Z]{2}\b/.test(l.text) || COUNTRY_LINE.test(l.text));
    if (isPostalLine(l.text) || FLOOR.test(l.text) || continues) {
      addr.push(l.text.replace(ADDRESS_LABEL, ''));
      l.used = true;
    } else if (addr.length > 0) break;
  }
  if (addr.length > 0) contact.address = { value: addr.join(', '), confidence: addr.length >= 2 ? 0.75 : 0.6 };
  return contact;
}
