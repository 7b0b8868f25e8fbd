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

/**
 * A language's name in the words of a UI locale, as written inside a sentence
 * ("no está disponible en español", "not available in Spanish"), the same in
 * every engine. The code itself when the engine has no name for it.
 */
export function languageNameInSentence(uiLocale: string, code: string): string {
  const name = new Intl.DisplayNames([uiLocale], { type: 'language', fallback: 'code' }).of(code) ?? code;
  return lowercaseInSentence(uiLocale) ? name.charAt(0).toLocaleLowerCase(uiLocale) + name.slice(1) : name;
}
