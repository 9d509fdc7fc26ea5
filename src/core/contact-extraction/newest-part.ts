/**
 * The newest part of a message: what the sender wrote this time, without the quoted reply or forwarded mail
 * below it. Works on lines (from text/plain, or from HTML after html-text.ts removed the clients' quote
 * containers), by the textual markers clients write: "On … wrote:" in many languages, a date-less "Name wrote:"
 * above a `>` quote, Outlook's "-----Original Message-----" and "From:/Sent:/To:/Subject:" header blocks (also in
 * Polish, Czech, Danish, Norwegian, Finnish, Turkish, Hungarian, Romanian, Greek, Hebrew), forwarded-message banners, Lotus
 * Notes "Forwarded by"/"Name@Domain on date" blocks, and `>`-quoted runs.
 */
import type { BodyLine } from './types';
import { FIRST_PERSON_SINGULAR, UNSUBSCRIBE_STEMS } from './lexicon';

// "On <date>, <name> wrote:" and its translations. The date part may wrap onto the next line, so the
// attribution is tested on a line and on that line joined with the next one or two.
const WROTE_PATTERNS: RegExp[] = [
  /^\s*On\b.{4,200}\b(wrote|writes)\s*:\s*$/i, // en
  /^\s*Am\b.{4,200}\bschrieb\b.{0,80}:\s*$/i, // de
  /^\s*Le\b.{4,200}\ba\s+écrit\s*:\s*$/i, // fr
  /^\s*El\b.{4,200}\bescribió\s*:\s*$/i, // es
  /^\s*Op\b.{4,200}\b(schreef|geschreven)\b.{0,40}:\s*$/i, // nl
  /^\s*Il\b.{4,200}\bha\s+scritto\s*:\s*$/i, // it
  /^\s*(Em|Na)\b.{4,200}\bescreveu\s*:\s*$/i, // pt
  // JS `\b` is ASCII-only, so no `\b` sits next to ł, ş, í: whitespace bounds the verbs below instead. Gmail and
  // Thunderbird document none of these localised attributions; the forms are the ones their mail is seen to carry.
  // The name and address after "skrev" run past 40 characters ("Mads Jørgensen <mj@jorgensen-emballage.dk>"); a
  // digit of the date before "skrev" keeps out prose that starts with "Den" ("it") and ends in a colon.
  /^\s*Den\b.{0,100}\d.{0,120}\bskrev\b.{0,160}:\s*$/i, // sv, da, no
  /^.{0,60}\d{4}\s+kl\.?\s*\d{1,2}[.:]\d{2}\s+skrev\s.{1,200}:\s*$/iu, // no: "tir. 4. mar. 2025 kl. 10:12 skrev X <a@b.c>:"
  /^\s*Dne\s.{4,200}\snapsal(\(a\)|a)?\s*:\s*$/iu, // cs: "Dne út 4. 3. 2025 10:12 uživatel X <a@b.c> napsal:"
  // tr: "X <a@b.c>, 4 Mar 2025 Sal, 10:12 tarihinde şunu yazdı:", "4.03.2025 10:12 tarihinde X yazdı:"
  /^.{4,240}\starihinde\s(.{1,200}\s)?(şunu\s+)?yazdı\s*:\s*$/iu,
  // fi: "ti 4.3.2025 klo 10.12 X (a@b.c) kirjoitti:", "X kirjoitti 4.3.2025 klo 10.12:" (a date and "klo" both required)
  /^.{0,40}\d{1,2}\.\d{1,2}\.\d{2,4}\s+klo\s+\d{1,2}[.:]\d{2}\s.{1,200}\skirjoitti\s*:\s*$/iu,
  /^.{1,160}\skirjoitti\s+\d{1,2}\.\d{1,2}\.\d{2,4}\s+klo\s+\d{1,2}[.:]\d{2}\s*:\s*$/iu,
  // hu: "X <a@b.c> ezt írta (időpont: 2025. márc. 4., K, 10:12):", "2025. 03. 04. 10:12 keltezéssel, X írta:"
  /^.{1,200}\sezt\s+írta\s*\(időpont:.{4,80}\)\s*:\s*$/iu,
  /^.{4,80}\skeltezéssel,?\s.{1,200}\sírta\s*:\s*$/iu,
  /^\s*Στις\s.{4,200}\sέγραψε\s*:\s*$/iu, // el: "Στις Τρί 4 Μαρ 2025 στις 10:12 π.μ., ο/η X <a@b.c> έγραψε:"
  /^\s*בתאריך\s.{4,240}\sמאת\s.{1,200}:\s*$/u, // he: "בתאריך יום ג׳, 4 במרץ 2025 ב-10:12 מאת X <a@b.c>:" (bidi marks removed first)
  // Gmail "W dniu wt., 4 mar 2025 o 10:12 X <a@b.c> napisał(a):", Thunderbird "W dniu 4.03.2025 o 10:12, X pisze:".
  /^\s*W\s+dniu\s.{4,200}\s(napisał(\(a\)|a)?|pisze)\s*:\s*$/iu, // pl
  /^\s*\d{1,4}.{4,200}\sнаписал[а]?\s*:\s*$/i, // ru
  /^.{4,200}(さんは書きました|のメッセージ)\s*[:：]\s*$/, // ja
  /^.{4,200}写道\s*[:：]\s*$/, // zh
  /^.{4,200}작성\s*[:：]\s*$/, // ko
  /^.{0,80}\d{1,2}:\d{2}.{0,120}<[^>\s]+@[^>\s]+>\s*:\s*$/, // "26.06.2014, 14:41, "Name" <a@b.c>:" (mail.ru, Yandex)
  /^.{4,120}<[^>\s]+@[^>\s]+>\s*(wrote|schrieb|a écrit|escribió|schreef|ha scritto|escreveu|skrev)\s*:\s*$/i,
];

// "ti 4.3.2025", "tir. 4. mar. 2025": a weekday's short name, then the day and a dot (fi, no).
const ATTRIBUTION_OPENER = /^\s*(On|Am|Le|El|Op|Il|Em|Na|Den|W dniu|Dne|Στις|בתאריך|\d{1,4}[./年-]|\p{L}{2,4}\.?\s+\d{1,2}\.)\s*\S/iu;

/**
 * Thunderbird's reply header without the date, "#1 wrote:" (pref mailnews.reply_header_authorwrotesingle, named in
 * gitlab.torproject.org/legacy/trac/-/issues/13480; Mozilla's docs do not describe it), and its
 * translations: "Rachel Moore wrote:", `"Rachel Moore" <r@x.com> wrote:`, "r@x.com schrieb:". A name alone on a line
 * ending in "wrote:" says little, so it counts only right above a `>` quote (see looksLikeWroteLine).
 */
const BARE_ATTRIBUTION =
  /^\s*("?[\p{L}\p{M}][\p{L}\p{M}.' -]{0,60}"?\s*(<[^<>\s]+@[^<>\s]+>)?|<?[^<>\s@]+@[^<>\s]+>?)\s+(wrote|writes|schrieb|a écrit|escribió|schreef|ha scritto|escreveu|skrev|napisał(\(a\)|a)?|pisze|napsal(\(a\)|a)?|kirjoitti|yazdı|írta|έγραψε)\s*:\s*$/iu;

/** Unicode direction marks Gmail wraps around names and addresses in right-to-left attributions. */
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// Outlook-style header labels, per language: "From:" with "Sent:"/"Date:" and "To:"/"Subject:" below it.
const FROM_LABEL = /^\s*\*?\s*(From|Von|De|Van|Da|Från|Fra|Od|От|差出人|发件人|寄件者|보낸 사람)\s*\*?\s*[:：]/i;
const OTHER_HEADER_LABEL =
  /^\s*\*?\s*(Sent|Date|To|Cc|Subject|Gesendet|Datum|An|Betreff|Envoyé|À|Objet|Enviado|Fecha|Para|Asunto|Assunto|Verzonden|Aan|Onderwerp|Inviato|Data|A|Oggetto|Skickat|Till|Ämne|送信日時|宛先|件名|发送时间|收件人|主题|Отправлено|Дата|Кому|Тема|Копия)\s*\*?\s*[:：]/i;

/**
 * Outlook's header block in more languages, each language's labels apart: "Od:" and "Do:" are also "from" and
 * "to" in Polish prose (opening hours, routes), "Fra:"/"Til:" in Danish, so a block needs its From label and at
 * least two of the same language's Sent/To/Cc/Subject labels below it (Outlook always writes Sent, To and
 * Subject). learn.microsoft.com/en-us/previous-versions/exchange-server/exchange-10/ms526213(v=exchg.10): "-----Original
 * Message----- From: … Sent: … To: … Subject: …" and "The message response text is localized into the language
 * specified by the languagecode Field"; Microsoft does not list the localised strings, so these are the ones
 * Outlook is seen to write in each language.
 */
const LOCALISED_HEADERS: { from: RegExp; others: RegExp }[] = [
  ['Od', 'Wysłano|Wysłane|Do|DW|UDW|Kopia|Temat|Data'], // pl
  ['Od', 'Odesláno|Komu|Kopie|Předmět|Datum'], // cs
  ['Fra', 'Sendt|Til|Cc|Kopi|Emne|Dato'], // da, no
  ['Lähettäjä', 'Lähetetty|Vastaanottaja|Kopio|Aihe|Päivämäärä'], // fi
  ['Kimden', 'Gönderildi|Gönderilme|Kime|Bilgi|Konu|Tarih'], // tr
  ['Feladó', 'Küldve|Elküldve|Címzett|Másolatot kap|Másolat|Tárgy|Dátum'], // hu
  ['De la', 'Trimis|Către|Cc|Subiect|Data'], // ro
  ['Από', 'Στάλθηκε|Προς|Κοιν\\.|Θέμα|Ημερομηνία'], // el
  ['מאת', 'נשלח|אל|עותק|נושא|תאריך'], // he
].map(([from, others]) => ({
  from: new RegExp(`^\\s*\\*?\\s*(${from})\\s*\\*?\\s*:\\s*\\S`, 'iu'),
  others: new RegExp(`^\\s*\\*?\\s*(${others})\\s*\\*?\\s*:`, 'iu'),
}));

function looksLikeLocalisedHeaderBlock(lines: BodyLine[], i: number): boolean {
  const first = lines[i].text.replace(BIDI_MARKS, '');
  if (!first.includes(':')) return false;
  return LOCALISED_HEADERS.some(({ from, others }) => {
    if (!from.test(first)) return false;
    const below = lines.slice(i + 1, i + 8).filter((l) => others.test(l.text.replace(BIDI_MARKS, '')));
    return below.length >= 2;
  });
}

const SEPARATORS: RegExp[] = [
  /^\s*-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Oorspronkelijk bericht|Messaggio originale|Mensagem original|Originalmeddelande|Alkuperäinen viesti)\s*-{2,}\s*$/i,
  // Outlook's separator in pl, cs, da, no, hu, ro, tr, el, he: localised (see LOCALISED_HEADERS), strings undocumented.
  /^\s*-{2,}\s*(Wiadomość oryginalna|Původní zpráva|Oprindelig meddelelse|Opprinnelig melding|Eredeti üzenet|Mesaj original|Mesajul original|Özgün ileti|Orijinal mesaj|Αρχικό μήνυμα|הודעה מקורית)\s*-{2,}\s*$/iu,
  /^\s*-{3,}\s*(Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Doorgestuurd bericht|Messaggio inoltrato|Mensagem encaminhada)\s*-{3,}\s*$/i,
  /^\s*(Begin forwarded message|Anfang der weitergeleiteten Nachricht|Début du message réexpédié)\s*:\s*$/i,
  /^\s*-{3,}\s*Forwarded by\b/i, // Lotus Notes (Enron)
  /^\s*-{3,}\s*Inline attachment follows\s*-{3,}/i,
  /^\s*\*{3,}\s*Forwarded message\s*\*{3,}/i,
  /^\s*_{3,}\s*Reply Separator\s*_{3,}/i, // cc:Mail
  /^\s*-{2,}\s*On\b.{4,200}\bwrote\s*-{2,}\s*$/i, // Zoho Mail: "---- On Tue, 02 Jan 2001 … <a@b.c> wrote ----"
  // GroupWise: `>>> "Campbell, Carolyn" <ccampbell@firm.example> 01/02/01 11:12AM >>>` (also `>>> Name 1/2/2001 11:12 >>>`).
  /^\s*>>>\s*\S.{0,200}\d{1,2}[:.]\d{2}\s*(AM|PM)?\s*>>>\s*$/i,
  // Lotus Notes / Domino: `"Name" <a@b.c> wrote on 01/02/2001 11:12:` or `Name/Org@Domain wrote on …`
  /^\s*\S.{0,160}\bwrote on\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}.{0,40}:?\s*$/i,
];

/**
 * Mailing-list, group and tracker footers: "-- \nYou received this message because you are subscribed to the
 * Google Groups …", "To unsubscribe, e-mail: dev-unsubscribe@…", "Reply to this email directly or view it on
 * GitHub". They follow the sender's words (and signature) but are the list's, never the sender's.
 */
const LIST_FOOTER =
  /^\s*(you received this (message|e-?mail) because|you are receiving this because|to unsubscribe|to post to this group|for more options, visit|visit this group at|view this (message|discussion) (in context|on the web)|reply to this email directly|you are subscribed to|-{3,}\s*$|_{3,}\s*$|\S+ mailing list\b|unsubscribe:|manage your subscription|this email was sent to|sent (to you )?by .* via\b|\[?view it on (github|gitlab)|jira\b.*\(v\d)/i;
const LIST_FOOTER_TEXT = new RegExp(
  `\\b(unsubscribe|mailing list|google groups|subscribed to|view it on|this (message|email) was sent (to|by)|notification settings|receiving this because|change your delivery options|removed from this list|mailingliste|abmeldung|listinfo)\\b|${UNSUBSCRIBE_STEMS}`,
  'i',
);

/**
 * Where a trailing list/tracker footer starts in `kept` (non-quoted newest lines), or kept.length. The footer is
 * the run of lines from a separator ("-- ", "___", "---") or from the first footer line, to the end, that holds
 * footer text; the sender's own signature above it stays.
 */
export function listFooterStart(kept: BodyLine[]): number {
  let start = kept.length;
  for (let i = kept.length - 1; i >= 0 && kept.length - i <= 12; i--) {
    const t = kept[i].text;
    if (t.trim() === '') continue;
    // The person's own sentence ("I tried to unsubscribe from the newsletter twice") is no footer, and a footer
    // ends the message: under it only links or a word or two (a list address, "Reply STOP") may follow.
    const footer = (LIST_FOOTER_TEXT.test(t) || (LIST_FOOTER.test(t) && !/^\s*[-_]{3,}\s*$/.test(t))) && !FIRST_PERSON_SINGULAR.test(t);
    if (!footer && start === kept.length && !isTrailingLink(t)) break;
    if (footer) start = i;
    else if (start < kept.length && /^\s*(--\s?|[-_—]{2,}\s*|—)\s*$/.test(t)) {
      start = i;
      break;
    } else if (start < kept.length) break;
  }
  return start;
}

/** A greeting line alone ("Hi Lena,", "Hello all,", "Dear Dr. Holt,"): nothing of the reply yet. */
const GREETING_LINE = /^\s*(hi|hello|hey|dear|good (morning|afternoon|evening)|hallo|hej|bonjour|hola|ciao|olá|moin)\b[^.!?:]{0,40}[,!]?\s*$/i;

/** A line of links or of a word or two, as a list's footer may end with (its archive URL, its address). */
function isTrailingLink(text: string): boolean {
  const rest = text.replace(/<?(https?:\/\/|www\.)\S+>?|[\w.+-]+@[\w.-]+/gi, ' ').trim();
  return rest.split(/\s+/).filter(Boolean).length <= 3;
}

/** Lotus Notes two-line attribution: a short name line, then a line with only the date and time. */
const DATE_TIME_LINE = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(:\d{2})?\s*(AM|PM)?\s*$/i;

/** Lotus Notes attribution: `"Jane Doe" <jane@x.com> on 10/17/2000 08:45:45 AM` or `Jane Doe@ENRON 12/07/2000 10:45 AM`. */
const NOTES_ATTRIBUTION =
  /^\s*(From:\s*)?[^:]{2,120}(@\s*\S+|\bon)\s+\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(:\d{2})?\s*(AM|PM)?\s*$/i;

function isQuoted(text: string): boolean {
  return /^\s*>/.test(text);
}

/** The line after `i`, skipping one blank line, is `>`-quoted. */
function quoteFollows(lines: BodyLine[], i: number): boolean {
  const next = i + 1 < lines.length && lines[i + 1].text.trim() === '' ? i + 2 : i + 1;
  return next < lines.length && isQuoted(lines[next].text);
}

function looksLikeWroteLine(lines: BodyLine[], i: number): boolean {
  const one = lines[i].text.replace(BIDI_MARKS, '');
  if (one.length > 300) return false;
  // Every attribution ends in a colon on this line or within the next two (a wrapped one): most lines have none,
  // and the patterns below are most of the newest-part search.
  if (!/[:：]/.test(one) && !(i + 1 < lines.length && /[:：]/.test(lines[i + 1].text)) && !(i + 2 < lines.length && /[:：]/.test(lines[i + 2].text))) return false;
  if (WROTE_PATTERNS.some((re) => re.test(one))) return true;
  if (BARE_ATTRIBUTION.test(one) && quoteFollows(lines, i)) return true;
  // A wrapped attribution starts with its opener word on this line, or breaks inside the address ("X <" then
  // "a@b.c> napisał(a):", Gmail's plain-text wrap), and ends within the next two lines.
  if (!ATTRIBUTION_OPENER.test(one) && !/<\s*$/.test(one)) return false;
  const lineText = (k: number) => lines[k].text.replace(BIDI_MARKS, '');
  const two = i + 1 < lines.length ? `${one} ${lineText(i + 1)}` : one;
  const three = i + 2 < lines.length ? `${two} ${lineText(i + 2)}` : two;
  return WROTE_PATTERNS.some((re) => re.test(two) || re.test(three));
}

/** A "From:" line followed, within the next few lines, by at least one other header label. */
function looksLikeHeaderBlock(lines: BodyLine[], i: number): boolean {
  if (!FROM_LABEL.test(lines[i].text)) {
    // Some clients lead with "To:" ... "Subject:" only (Lotus Notes forwards in Enron mail).
    if (!/^\s*To\s*:/i.test(lines[i].text)) return false;
  }
  let labels = 0;
  for (let k = i + 1; k < Math.min(lines.length, i + 12); k++) {
    if (OTHER_HEADER_LABEL.test(lines[k].text)) labels++;
    if (labels >= 2 || (labels >= 1 && FROM_LABEL.test(lines[i].text))) return true;
  }
  return false;
}

/** Index of the first line that is not the sender's newest words, or lines.length when nothing is quoted. */
export function findQuoteStart(lines: BodyLine[]): number {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    if (text.trim() === '') continue;
    if (SEPARATORS.some((re) => re.test(text))) return i;
    if (looksLikeWroteLine(lines, i)) return i;
    if (looksLikeHeaderBlock(lines, i)) return i;
    if (looksLikeLocalisedHeaderBlock(lines, i)) return i;
    if (NOTES_ATTRIBUTION.test(text) && i + 1 < lines.length) return i;
    if (i + 1 < lines.length && DATE_TIME_LINE.test(lines[i + 1].text) && text.trim().split(/\s+/).length <= 6) return i;
    if (/^\s*Sent by:\s/i.test(text)) return i;
    // A run of `>` lines (two or more, or one at the very end) is a quote; a single `>` line mid-text is not.
    if (isQuoted(text)) {
      let k = i;
      while (k < lines.length && (isQuoted(lines[k].text) || lines[k].text.trim() === '')) k++;
      if (k - i >= 2 || k === lines.length) {
        // Lines after the quote are usually the sender's inline answers or signature: keep them only when the
        // quote is at the top (bottom-posting), else cut here.
        if (lines.slice(0, i).some((l) => l.text.trim() !== '')) return i;
      }
    }
  }
  return lines.length;
}

/**
 * The newest part's lines: the quoted tail removed, trailing separator/blank lines dropped, leading `>` lines
 * (bottom-posted replies) removed. Line indices keep pointing into the original body.
 */
export function newestPart(lines: BodyLine[], depth = 0, cut = findQuoteStart(lines)): BodyLine[] {
  // Only blank lines, or a greeting ("Hi Lena,"), above the quote: the reply follows it.
  const bottomPosted =
    cut < lines.length && depth < 3 && lines.slice(0, cut).every((l) => l.text.trim() === '' || GREETING_LINE.test(l.text)) &&
    (looksLikeWroteLine(lines, cut) || isQuoted(lines[cut].text));
  if (bottomPosted) {
    // Bottom-posting: the attribution and quote come first and the reply follows them.
    let k = cut + 1;
    // A wrapped attribution ends at the line with the colon, at most two lines further down.
    if (!/:\s*$/.test(lines[cut].text)) for (let w = cut + 1; w <= cut + 2 && w < lines.length; w++) if (/:\s*$/.test(lines[w].text)) k = w + 1;
    while (k < lines.length && (isQuoted(lines[k].text) || lines[k].text.trim() === '')) k++;
    const rest = newestPart(lines.slice(k), depth + 1);
    if (rest.length > 0) return rest;
  }
  const unquoted = lines.slice(0, cut).filter((l) => !isQuoted(l.text));
  const kept = unquoted.slice(0, listFooterStart(unquoted));
  // Drop what introduced the quote: blank lines and a bare rule ("____", "-----") right above the cut.
  while (kept.length > 0 && /^\s*([-_=*]{3,}\s*)?$/.test(kept[kept.length - 1].text)) kept.pop();
  return kept;
}

/** Splits text into body lines (CRLF, CR or LF), numbered from 0. */
export function textToLines(text: string): BodyLine[] {
  return text.split(/\r\n|\r|\n/).map((t, index) => ({ index, text: t.replace(/\s+$/, ''), origin: 'text' as const }));
}
