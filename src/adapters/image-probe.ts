/**
 * Fetches an image address once for the Studio's pre-flight (UrlFetchApp, muteHttpExceptions to read the status).
 * An address the manifest's urlFetchWhitelist does not cover, or a host that does not answer, is "not fetched": the
 * page says so instead of calling the image checked.
 */
import { imageAddressProblem, imageFetchVerdict, type ImageCheck } from '../core/studio/image-preflight';
import { errorText } from '../core/error-text';

export function probeImage(url: string): ImageCheck {
  const early = imageAddressProblem(url);
  if (early) return early;
  let res: GoogleAppsScript.URL_Fetch.HTTPResponse;
  try {
    res = UrlFetchApp.fetch(url, { method: 'get', muteHttpExceptions: true, followRedirects: true });
  } catch (err) {
    const text = errorText(err);
    const allowlist = /whitelisted|allowlist/i.test(text);
    return {
      url,
      state: 'notFetched',
      message: allowlist ? 'was not fetched: the add-on may fetch only the addresses listed in its manifest (urlFetchWhitelist)' : `could not be fetched (${text})`,
      fix: allowlist ? 'the address looks right; open it in a browser to check it shows the image' : 'check the address in a browser; it must show the image to anyone',
    };
  }
  const headers = res.getHeaders() as Record<string, string>;
  const type = headers['Content-Type'] ?? headers['content-type'] ?? '';
  return imageFetchVerdict(url, res.getResponseCode(), type, res.getBlob().getBytes().length);
}
