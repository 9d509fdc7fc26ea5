/** The message of anything thrown (an Error, a Google service exception, a string, even null), for cards and logs. */
export function errorText(err: unknown): string {
  return String((err as Error | null | undefined)?.message ?? err);
}
