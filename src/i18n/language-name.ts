/**
 * Whether a locale writes names like these in lowercase inside a sentence,
 * judged by its month names ("enero" in Spanish; "January" in English,
 * "Januar" in German): engines agree on those, while Safari's WebKit
 * capitalizes language names as if each stood alone ("Español").
 */
const lowercaseInSentence = (locale: string): boolean => {
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(0);
  return month === month.toLocaleLowerCase(locale);
};

/** One `Intl.DisplayNames` per UI locale, shared by every element and render. */
const displayNames = new Map<string, Intl.DisplayNames>();

/** A language's name in the words of a UI locale, as written alone ("Español"); the code itself when the engine has none. */
export function languageName(uiLocale: string, code: string): string {
  let names = displayNames.get(uiLocale);
  if (!names)
    displayNames.set(uiLocale, (names = new Intl.DisplayNames([uiLocale], { type: 'language', fallback: 'code' })));
  return names.of(code) ?? code;
}

/**
 * A language's name in the words of a UI locale, as written inside a sentence
 * ("no está disponible en español", "not available in Spanish"), the same in
 * every engine. The code itself when the engine has no name for it.
 */
export function languageNameInSentence(uiLocale: string, code: string): string {
  const name = languageName(uiLocale, code);
  return lowercaseInSentence(uiLocale) ? name.charAt(0).toLocaleLowerCase(uiLocale) + name.slice(1) : name;
}
