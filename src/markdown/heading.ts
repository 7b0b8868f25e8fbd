/**
 * ATX headings (`## Title {#id}`) read without regular expressions that
 * backtrack: every function here looks at each character of a line a fixed
 * number of times, so a line of any length costs linear time.
 */

/** A heading line: its level and its text. */
export interface Heading {
  /** 1 for `#`, 2 for `##`, … 6. */
  level: number;
  /** The text after the `#`s, trimmed (with any `{#id}` suffix: see `splitHeadingId`). */
  text: string;
}

const isIdChar = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);

/** Whether `id` is lowercase letters and digits in words joined by single hyphens. */
export function isSlug(id: string): boolean {
  if (!id || id.startsWith('-') || id.endsWith('-')) return false;
  for (let i = 0; i < id.length; i++) {
    const code = id.charCodeAt(i);
    if (code === 0x2d ? id.charCodeAt(i - 1) === 0x2d : !isIdChar(code)) return false;
  }
  return true;
}

/** Splits `Heading text {#id}` into its text and id; text without a well-formed id stays whole. */
export function splitHeadingId(text: string): { title: string; id?: string } {
  const open = text.lastIndexOf('{#');
  if (open < 0 || !text.endsWith('}')) return { title: text };
  const id = text.slice(open + 2, -1);
  return isSlug(id) ? { title: text.slice(0, open).trimEnd(), id } : { title: text };
}

/** Whether text ends with a `{…}` suffix that starts with `{#`, well-formed or not. */
export function hasIdSuffix(text: string): boolean {
  if (!text.endsWith('}')) return false;
  const open = text.lastIndexOf('{#');
  return open >= 0 && text.indexOf('}', open) === text.length - 1;
}

/**
 * Reads a line as an ATX heading: 1 to 6 `#` at the very start, then
 * whitespace. Anything else (including `#hashtag` and `####### x`) is not a
 * heading and gives `undefined`.
 */
export function readHeading(line: string): Heading | undefined {
  let level = 0;
  while (level < line.length && line.charCodeAt(level) === 0x23) level++;
  if (level < 1 || level > 6) return undefined;
  const rest = line.slice(level);
  // At least one whitespace character after the #s, as `#{1,6}\s+` required.
  if (!rest || rest.trimStart().length === rest.length) return undefined;
  return { level, text: rest.trim() };
}

/** Whether a line opens or closes a code fence (``` or ~~~, after any indentation). */
export function isFence(line: string): boolean {
  const start = line.trimStart();
  return start.startsWith('```') || start.startsWith('~~~');
}
