/** Longest piece of reader-given text a message repeats; a link can carry 30,000 characters. */
export const ECHO_LIMIT = 60;

/**
 * Reader-given text as a message may repeat it: at most ECHO_LIMIT characters, then "…". Kept
 * apart from the codec so that a page can shorten a value without loading zod.
 */
export function echo(text: string): string {
  const chars = Array.from(text);
  return chars.length <= ECHO_LIMIT ? text : `${chars.slice(0, ECHO_LIMIT).join('')}…`;
}
