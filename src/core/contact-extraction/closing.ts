/**
 * The closing of a message: the sign-off ("Thanks,", "Best regards", "Mit freundlichen Grüßen") and the name
 * under it, or a bare first name / initials that end the text, or "… Thanks, Deb" at the end of the last line.
 * Quagga labels these apart from signatures; forge and talon count them as part of the signature.
 */
import type { BodyLine } from './types';
import { SIGN_OFF } from './lexicon';
import { nameMatchScore, type SenderProfile } from './sender';

export const SHORT_SIGN_OFF =
  /^\s*(thanks|thank you|regards|best|cheers|love|cordially|sincerely|have a (nice|good|great) (day|weekend|evening)|best rgds|rgds|many thanks|talk (to you )?(soon|later)|abs|att|atte|cumprimentos|saudações|un abrazo|abrazos|lg|vg|mvh|hälsningar|med vänlig hälsning|pozdrawiam|pozdrowienia|s pozdravem|üdvözlettel|saygılarımla|terveisin|ystävällisin terveisin)(?![\p{L}])[^.?!]{0,20}[,.!]*\s*$/iu;
const INLINE_SIGN_OFF = /(^|[.!?]\s+)(thanks|thank you|thx|tx|regards|cheers|love)[.,!]*\s*-?\s*([\p{L}][\p{L}'’.]{0,20})\.?\s*$/iu;
const NAME_UNDER = /^[\p{Lu}][\p{L}'’.-]*(\s[\p{Lu}][\p{L}'’.-]*){0,3}[.,]?$/u;

function initialsOf(profile: SenderProfile): string {
  return profile.tokens.map((t) => t[0]).join('');
}

export function isSenderName(text: string, profile: SenderProfile): boolean {
  const t = text.trim().replace(/^[-–—>\s]+/, '').replace(/[.,!]+$/, '');
  if (t === '' || t.split(/\s+/).length > 4 || /\d|@/.test(t)) return false;
  if (nameMatchScore(t, profile) > 0) return true;
  const initials = initialsOf(profile);
  return initials.length >= 2 && t.toLowerCase() === initials;
}

/**
 * Indices of the closing lines. `at` lists the non-empty lines of `lines`; `limit` is the position in `at`
 * where the signature block starts (or at.length when there is none): the closing sits just above it.
 */
export function findClosing(lines: BodyLine[], at: number[], limit: number, profile: SenderProfile): number[] {
  const text = (j: number) => lines[at[j]].text;
  const near = signOffAbove(lines, at, limit, limit - 4, profile);
  if (near.length > 0) return near;
  const bare = bareClosing(lines, at, limit, profile);
  if (bare.length > 0 || limit < at.length) return bare;
  // No block and nothing nearer: a sign-off further up, over a short block of up to six lines that ends the text
  // ("Abs,\nJoão Santos\nEngenheiro Agrônomo\nAgroVale Ltda.\n(34) 99555-2211"; short-block.ts takes the block).
  return signOffAbove(lines, at, limit - 4, limit - 8, profile, limit);
}

/** The sign-off found scanning up from position `from - 1` to `to`, and the sender's name under it. */
function signOffAbove(lines: BodyLine[], at: number[], from: number, to: number, profile: SenderProfile, limit = from): number[] {
  const text = (j: number) => lines[at[j]].text;
  for (let j = from - 1; j >= Math.max(0, to); j--) {
    if (!SIGN_OFF.test(text(j)) && !SHORT_SIGN_OFF.test(text(j))) continue;
    const out = [lines[at[j]].index];
    for (let k = j + 1; k < limit && k <= j + 2; k++) {
      const t = text(k).trim();
      // The second line under a sign-off is the name's only when it is initials or more of the sender's name:
      // "Bill Paxon\nNational Chairman" is a name and the first line of a short block (short-block.ts).
      const nameShaped = k === j + 1 ? NAME_UNDER.test(t) && t.split(/\s+/).length <= 3 : false;
      if (isSenderName(t, profile) || nameShaped || t.length <= 4) out.push(lines[at[k]].index);
      else break;
    }
    return out;
  }
  return [];
}

/** A bare name (or initials) ending the text, or a sign-off and name at the end of the last line. */
function bareClosing(lines: BodyLine[], at: number[], limit: number, profile: SenderProfile): number[] {
  const text = (j: number) => lines[at[j]].text;
  if (limit === 0) return [];
  // A bare name (or initials) ending the text: "Mark", "--Sally", "DG".
  const last = limit - 1;
  if (isSenderName(text(last), profile)) {
    const m = INLINE_SIGN_OFF.exec(last > 0 ? text(last - 1) : '');
    return m || (last > 0 && SHORT_SIGN_OFF.test(text(last - 1))) ? [lines[at[last - 1]].index, lines[at[last]].index] : [lines[at[last]].index];
  }
  // "… Please advise.  Thanks, Deb" or "… Thanks.  Mark" at the end of the last line.
  const inline = INLINE_SIGN_OFF.exec(text(last));
  if (inline && isSenderName(inline[3], profile)) return [lines[at[last]].index];
  const tail = /(?:\s{2,}|[.!?]\s+|--\s*)([\p{L}][\p{L}'’.]{0,20})\.?\s*$/u.exec(text(last));
  if (tail && isSenderName(tail[1], profile)) return [lines[at[last]].index];
  return [];
}
