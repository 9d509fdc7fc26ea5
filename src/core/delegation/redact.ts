/**
 * Defence in depth for anything that may reach a card, a log line or an error: removes PEM blocks, access tokens
 * and long base64 runs. The code never puts key material into messages in the first place; this catches the
 * case where Google (or a bug) echoes it back.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(/-----BEGIN [A-Z ]+-----[\s\S]*?(-----END [A-Z ]+-----|$)/g, '[redacted key]')
    .replace(/\bya29\.[A-Za-z0-9._-]+/g, '[redacted token]')
    .replace(/\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+\.?[A-Za-z0-9_-]*/g, '[redacted JWT]')
    .replace(/[A-Za-z0-9+/=\\n_-]{120,}/g, '[redacted]');
}
