/** A case-insensitive regex matching any of `words` as whole words (Unicode-aware), or any of `cjk` anywhere. */
function wordList(words: string, cjk?: string): RegExp {
  const core = `(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])\\.?`;
  return new RegExp(cjk ? `${core}|(?:${cjk})` : core, 'iu');
}

/** "T:", "M.", "F :" before a number: single letters count as labels only in that form. */
function SINGLE_LETTER_LABEL(letters: string): string {
  return `(?<![\\p{L}\\p{N}])[${letters}]\\s*[:.]\\s*(?=[+(\\d])`;
}

/**
 * Word lists and patterns that both the line classifier and the field parser use. Kept in one place so a
 * feature and the field it predicts agree on what, say, a job title looks like.
 */

/** Words that make a line read like a job title (en, de, fr, es, nl, it, pt, ja). */
export const TITLE_WORDS = wordList(
  'manager|director|president|vice|vp|svp|evp|ceo|cfo|coo|cto|cio|cmo|chief|officer|head|lead|senior|sr\.?|junior|jr|principal|partner|associate|assistant|analyst|engineer|developer|architect|consultant|counsel|attorney|lawyer|paralegal|specialist|coordinator|administrator|admin|advisor|adviser|representative|rep|executive|founder|co-founder|owner|chairman|chair|secretary|treasurer|accountant|controller|supervisor|trader|scientist|researcher|professor|economist|strategist|designer|recruiter|editor|producer|agent|broker|clerk|intern|technician|planner|scheduler|marketer|marketing|sales|account|operations|business development|product|project|program|legal|regulatory|affairs|staff|team|member|support|desk|geschäftsführer|geschaftsfuhrer|leiter|leiterin|vertrieb|berater|beraterin|referent|referentin|prokurist|vorstand|directeur|directrice|responsable|gérant|chargé|chargée|ingénieur|director general|gerente|jefe|jefa|directora|asesor|ingeniero|bestuurder|adviseur|directore|responsabile|diretor|diretora',
  '代表取締役|部長|課長|社長|取締役|マネージャー|担当|经理|总监',
);

/** Legal-form and organisation words that mark a company name. */
export const COMPANY_WORDS = wordList(
  'inc|incorporated|corp|corporation|co|company|llc|l\.l\.c|llp|ltd|limited|plc|gmbh|ag|kg|s\.a|sas|sarl|s\.r\.l|srl|spa|s\.p\.a|bv|b\.v|nv|n\.v|asa|oy|pty|pte|kk|k\.k|group|holdings|partners|associates|technologies|systems|solutions|services|consulting|bank|university|institute|foundation|association|agency|laboratories|labs|energy|pipeline|power|capital|ventures|industries|international|enterprises',
  '株式会社|有限会社|合同会社|公司|\\(株\\)',
);

/** Closing phrases that end the message body before a name (sign-off), in common languages. */
export const SIGN_OFF =
  /^\s*(thanks?( you| again| a lot| so much| in advance)?|many thanks|thx|tia|cheers|best( regards| wishes)?|kind(est)? regards|warm(est)? regards|regards|rgds|br|sincerely( yours)?|yours( sincerely| truly| faithfully)?|respectfully|all the best|take care|talk soon|cordially|with thanks|mit freundlichen grüßen|mit freundlichen gruessen|mfg|viele grüße|beste grüße|liebe grüße|freundliche grüße|gruß|grüße|cordialement|bien cordialement|bien à vous|salutations|merci( beaucoup)?|saludos( cordiales)?|un saludo|atentamente|gracias|met vriendelijke groet(en)?|groet(en)?|cordiali saluti|saluti|distinti saluti|grazie|atenciosamente|abraços|obrigad[oa]|よろしくお願いいたします|よろしくお願いします|以上|此致|谢谢|с уважением|с наилучшими пожеланиями|спасибо|всего доброго)[\s,.!:;\-–—]*$/i;

/**
 * "Unsubscribe" in other languages, as stems (French "désinscrire"/"désabonner", German "abbestellen", Dutch
 * "uitschrijven", Italian "disiscriviti", Spanish, Portuguese, Japanese): a regex source for the gate's bulk text
 * and the newest part's list footers, each adding its own phrases.
 */
export const UNSUBSCRIBE_STEMS = 'désinscri|désabonn|abbestell|uitschrijv|disiscriv|darse de baja|cancelar (la )?suscripci|descadastr|配信停止';

/**
 * A first-person-singular word: a line with one is the person's own sentence ("I tried to unsubscribe…", "the
 * survey I sent"), neither a list's footer nor bulk text.
 */
export const FIRST_PERSON_SINGULAR = /\b(I|I'm|I've|I'll|I'd|me|my)\b/;

/** Greeting that opens a message; never part of a signature. */
export const GREETING = /^\s*(hi|hello|hey|dear|good (morning|afternoon|evening)|hallo|guten tag|liebe[rs]?|bonjour|hola|estimad[oa]|ciao|olá|beste|geachte)\b/i;

export const DISCLAIMER =
  /\b(confidential|privileged|intended (solely )?(only )?for|intended recipient|if you (have )?received this|unauthori[sz]ed|disclaimer|virus|legally binding|do not (copy|disclose|distribute)|vertraulich|confidentiel|confidencial)\b/i;

export const MOBILE_FOOTER =
  /^\s*(sent from my|sent from (mail|yahoo|outlook|samsung)|get outlook for|von meinem|envoyé de mon|enviado desde mi|verzonden vanaf mijn|inviato da)\b/i;

/**
 * A line that only names an attached file (" - CHI99_3716524_1.DOC", "<<Draft agreement.doc>>", "<< File: x.pdf >>"):
 * attachment lists sit right above or below the real signature and read like short contact lines.
 */
const ATTACHMENT_LINE_FULL =
  /^\s*(enclosures?|encl\.?|attachments?|anlagen?|anhänge|anhang|pièces? jointes?|adjuntos?|anexos?|allegati|bijlagen?|bilagor|bilag|vedlegg|załączniki|liitteet)\s*:|^\s*(?:[-*•]\s*)?(?:<<\s*(?:file:\s*)?)?[^<>@/\\]{1,120}\.(?:docx?|xlsx?|xlsm|pdf|pptx?|txt|zip|csv|rtf|msg|jpe?g|gif|png|tiff?|vsd|mpp|eml|wav|mp3|wpd|dwg|dxf|skp|psd|ai|indd|key|odt|ods|odp|heic|mov|mp4)\s*(?:>>)?\s*$/i;

/**
 * ATTACHMENT_LINE_FULL, tested only on lines with a colon or a file extension in them: its bounded "any name
 * then an extension" part backtracks over every character of every other line (a tenth of the pipeline's time).
 */
const ATTACHMENT_HINT = /:|\.[a-z0-9]{2,4}\b/i;
export const ATTACHMENT_LINE = { test: (text: string): boolean => ATTACHMENT_HINT.test(text) && ATTACHMENT_LINE_FULL.test(text) };

/**
 * What a mail client leaves in the text where an attachment or an embedded object was: Lotus Notes' "(See attached
 * file: x.doc)" and "<<x.wpd>>", an embedded object's placeholder "<Embedded Picture (…)>", a lone "?" where an
 * inline image could not be rendered as text (all in the Enron corpus), and a dash-listed attachment name wrapped over two lines. Such a trailer under
 * the signature is no more part of the message than a disclaimer is.
 */
export const ATTACHMENT_TRACE = /^\s*(\(see attached file:[^)]*\)|<<[^<>]{1,200}>>|<embedded [^<>]{1,80}>|\?+)\s*$/i;
export const WRAPPED_ATTACHMENT = /^\s*-\s[^<>@\n]{1,240}\.(?:docx?|xlsx?|xlsm|pdf|pptx?|txt|zip|csv|rtf|msg|vsd|mpp|wpd)\s*$/i;

export const SEPARATOR_LINE = /^\s*(--|-- |—|[-_=*~#]{3,}|[-_=*~] ?[-_=*~] ?[-_=*~].*)\s*$/;

export const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
export const EMAIL_ALL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export const URL = /\b(https?:\/\/[^\s<>"')\]]+|www\.[^\s<>"')\]]+)/i;
export const URL_ALL = /\b(?:https?:\/\/[^\s<>"')\]]+|www\.[^\s<>"')\]]+)/gi;

/** Labels before or after a number saying what kind of phone it is. */
export const PHONE_LABEL = new RegExp(
  `${wordList('tel|tele|telephone|telefon|téléphone|teléfono|telefone|telefoon|telefono|phone|ph|mob|mobile|mobil|móvil|movil|portable|cell|cellular|handy|gsm|direct|dir|dd|ddi|office|work|main|switchboard|fax|facsimile|telefax|pager|voice|skype|home|privat|private|domicile', '電話|携帯|手机|電話番号').source}|${SINGLE_LETTER_LABEL('ptowdmcfh')}`,
  'iu',
);
export const FAX_LABEL = new RegExp(`${wordList('fax|facsimile|telefax|télécopie').source}|${SINGLE_LETTER_LABEL('f')}`, 'iu');
export const MOBILE_LABEL = new RegExp(
  `${wordList('mob|mobile|mobil|móvil|movil|portable|cell|cellular|handy|gsm|celular|cel', '携帯|手机').source}|${SINGLE_LETTER_LABEL('mc')}`,
  'iu',
);

/** Numbers that look like phones but say they are something else. */
export const NOT_PHONE_CONTEXT =
  /(?<![\p{L}\p{N}])(order|ord|invoice|inv|ref|reference|ticket|case|po|p\.o\.|account|acct|confirmation|tracking|booking|reservation|customer|id|no|nr|number|deal|contract|sku|serial|item|claim|policy|flight|bestell|rechnung|commande|pedido|factura)(?![\p{L}\p{N}])[\s.:#-]*(no\.?|nr\.?|number|#)?\s*[:#]?\s*$/iu;

/** Street, PO box, suite, postcode patterns for postal addresses (US, UK, EU forms). */
export const ADDRESS = new RegExp(
  [
    // "345 California Street", "1400 Smith St., Suite 4300", "10 Canal Park"
    /\b\d{1,6}[a-z]?\s+([A-Z0-9][\w.'-]*\s){0,4}(street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|parkway|pkwy|square|sq|plaza|circle|highway|hwy|park|center|centre|floor|fl)\b\.?/.source,
    /\b(p\.?\s?o\.?\s?box|postfach|suite|ste\.|room|floor|etage|bureau)\s*\d+/.source,
    /\b\d{1,3}(st|nd|rd|th)\s+floor\b/.source,
    /\b(straße|strasse|str\.|weg|platz|allee|gasse|rue|avenue|calle|avenida|piazza|laan|straat|gracht|rua)\b/.source,
    // Nordic "Karl Johans gate 12", "Strandvejen 4", "Drottninggatan 5": the street word before the number.
    /\b(gate|gata|gade|vej|vei|veien|väg|vägen)\s+\d{1,4}[a-z]?\b|[a-zäöåøæ](gatan|gaten|vejen|veien|vägen|gade|gata)\s+\d{1,4}[a-z]?\b/.source,
  ].join('|') + '|' + /\b[A-Z]{2}\.?\s+\d{5}(-\d{4})?\b|\b[A-Z][a-z]+,\s*[A-Z][a-z]+\.?\s+\d{5}\b|\b\d{5}\s+[A-Z][a-zäöüé]+|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s*\d[A-Z]{2}\b|〒/.source,
);
/** A country alone on the last line of a postal address ("Norway", "Deutschland"). */
export const COUNTRY_LINE =
  /^\s*(norway|norge|sweden|sverige|denmark|danmark|finland|suomi|iceland|germany|deutschland|austria|österreich|switzerland|schweiz|suisse|france|belgium|belgique|netherlands|nederland|luxembourg|spain|españa|portugal|italy|italia|ireland|united kingdom|uk|england|scotland|poland|polska|czech republic|usa|u\.s\.a\.|united states|canada|mexico|brazil|brasil|australia|new zealand|japan|singapore|india|china|south africa)\.?\s*$/i;

/** Same, case-insensitive where it is safe: street words and boxes. */
export const STREET = /\b\d{1,6}[a-z]?\s+([\w.'-]+\s){0,4}(street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|parkway|pkwy|square|sq|plaza|circle|highway|hwy)\b\.?|\b(p\.?\s?o\.?\s?box|postfach|suite|ste\.)\s*\d+/i;

export const SOCIAL_NETWORKS: { network: string; host: RegExp }[] = [
  { network: 'linkedin', host: /(^|\.)linkedin\.com$/i },
  { network: 'twitter', host: /(^|\.)(twitter\.com|x\.com)$/i },
  { network: 'facebook', host: /(^|\.)(facebook\.com|fb\.com)$/i },
  { network: 'github', host: /(^|\.)github\.com$/i },
  { network: 'instagram', host: /(^|\.)instagram\.com$/i },
  { network: 'xing', host: /(^|\.)xing\.com$/i },
  { network: 'youtube', host: /(^|\.)youtube\.com$/i },
];

/** Free-mail and generic hosts: a sender there says nothing about the company. */
export const GENERIC_DOMAINS =
  /^(gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac|gmx|web|t-online|orange|free|laposte|libero|proton|protonmail|zoho|mail|yandex|qq|163|126|naver)\./i;

/** Phone-like candidates: optional +, digits with common separators, 7+ digits in all. */
export const PHONE_CANDIDATE = /(?:\+|00)?\(?\d[\d\s().\/\-–]{5,22}\d(?:\s*(?:x|ext\.?|extension|#)\s*\d{1,6})?/gi;

export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/** A postal-address line: street and number, PO box/suite, or a city line with a postcode. */
export function isAddressLine(text: string): boolean {
  return ADDRESS.test(text) || STREET.test(text);
}
