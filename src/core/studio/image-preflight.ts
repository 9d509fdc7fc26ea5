/**
 * Image pre-flight before a Studio save: every image address written into the template (not the ones employee data
 * fills in) must be https, must not be a `data:` URL (base64 eats the 10,000-character budget), must not be a
 * Google Drive sharing link (it opens Drive's viewer page, not the image), and — when the add-on may fetch it — must
 * answer 200 with an image/* content type and a size a signature can carry. The deployed add-on fetches only the
 * URL prefixes of `urlFetchWhitelist` (apps-script/manifest/allowlist-url: "script projects can't access URLs that
 * have not been added to the allowlist"; prefixes need "a full domain", so no list can name every customer's image
 * host): an address outside it is reported as "not fetched", never as checked.
 */
import { normaliseUrl, startTags } from '../signatures/html-policy';

/** Above this an image slows every message down; Gmail states no signature image limit [unverified: none published]. */
export const IMAGE_WARN_BYTES = 200 * 1024;
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

export interface ImageCheck {
  url: string;
  state: 'ok' | 'warning' | 'refused' | 'notFetched';
  message: string;
  fix: string;
}

/** The image addresses a template writes itself (an `{{placeholder}}` address is employee data, checked at render). */
export function literalImageUrls(template: string): string[] {
  const urls = new Set<string>();
  for (const t of startTags(template)) {
    if (t.name !== 'img') continue;
    const src = t.attributes.find((a) => a.name === 'src')?.value;
    if (src !== undefined && !src.includes('{{')) urls.add(normaliseUrl(src));
  }
  return [...urls];
}

const DRIVE = /^https?:\/\/(drive|docs)\.google\.com\/(file\/d\/|open\?|uc\?|drive\/)/i;

/** What is wrong with an address before anything is fetched, or null. */
export function imageAddressProblem(url: string): ImageCheck | null {
  const refuse = (message: string, fix: string): ImageCheck => ({ url, state: 'refused', message, fix });
  if (/^data:/i.test(url)) return refuse('is an inline data: image; its base64 text counts against Gmail\'s 10,000-character signature budget', 'upload the image to an https host (your website, a CDN) and use its address');
  if (DRIVE.test(url)) return refuse('is a Google Drive sharing link, which opens Drive\'s viewer page and not the image itself', 'host the image on a public https web server (your website or CDN) and paste the address that ends in the image file');
  if (!/^https:\/\/[^/\s]+\/\S*$/i.test(url)) return refuse('is not an https address', 'use an address that starts with https:// (mail clients block http images)');
  return null;
}

/** The verdict on one fetch of the image (status, Content-Type header, body size). */
export function imageFetchVerdict(url: string, status: number, contentType: string, bytes: number): ImageCheck {
  if (status !== 200) return { url, state: 'refused', message: `answered HTTP ${status}, not the image`, fix: 'open the address in a browser signed out of every account; it must show the image' };
  if (!/^image\//i.test(contentType.trim())) return { url, state: 'refused', message: `is ${contentType || 'of no content type'}, not an image`, fix: 'use the address of the image file itself, not of a page that shows it' };
  const kb = Math.round(bytes / 1024);
  if (bytes > IMAGE_MAX_BYTES) return { url, state: 'refused', message: `is ${kb} KB; every message would carry a link to an image that large`, fix: 'resize it to the size it is shown at (e.g. 400 px wide) and save it as PNG or JPEG under 200 KB' };
  if (bytes > IMAGE_WARN_BYTES) return { url, state: 'warning', message: `is ${kb} KB: it loads slowly under every message`, fix: 'resize it to the size it is shown at, under 200 KB' };
  return { url, state: 'ok', message: `is an image (${contentType.split(';')[0]}, ${kb} KB)`, fix: '' };
}
