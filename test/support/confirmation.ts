/**
 * The confirmation id a confirmation card carries (src/ui/confirm.ts), read from the JSON of the response that
 * showed it, so a test can press the card's verb-first button the way Gmail would send it.
 */
export function confirmationIdIn(responseJson: string): string {
  const m = /\{"key":"confirm","value":"([0-9a-f-]{36})"\}/.exec(responseJson);
  if (!m) throw new Error(`no confirmation card in ${responseJson.slice(0, 300)}`);
  return m[1];
}
