/**
 * The address of this project's web app (the Signature Studio): ScriptApp.getService().getUrl() "Returns the URL of
 * the web app, if it has been deployed; otherwise returns null" (apps-script/reference/script/service).
 */
export function webAppUrl(): string | null {
  try {
    return ScriptApp.getService().getUrl() || null;
  } catch {
    // Not deployed as a web app, or the service is unavailable here: the card shows no Studio link.
    return null;
  }
}
