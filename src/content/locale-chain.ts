/**
 * The locales to try for a requested one, most specific first:
 * `es-PE` → `['es-pe', 'es']`. Codes are compared in lower case.
 */
export function localeChain(requested: string): string[] {
  const parts = requested.trim().toLowerCase().replace(/_/g, '-').split('-').filter(Boolean);
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

/** The first locale of `available` that serves `requested`, if any. */
export function bestLocale(requested: string, available: readonly string[]): string | undefined {
  return localeChain(requested).find((code) => available.includes(code));
}

/** Whether two locale codes are the same language (`es-PE` and `es` are). */
export const sameLanguage = (a: string, b: string): boolean => localeChain(a).at(-1) === localeChain(b).at(-1);
