import { inheritedLang, notifyAll } from './lang-observer.js';

let chosen: string | undefined;

/**
 * The language the reader chose (with `<pain-language-picker>`), which every
 * painkit element on the page then speaks; `undefined` to go back to each
 * element's own `lang`.
 */
export function setChosenLanguage(lang: string | undefined): void {
  chosen = lang || undefined;
  notifyAll();
}

/** The language the reader chose on this page, if any. */
export const chosenLanguage = (): string | undefined => chosen;

/** The language a painkit element speaks: the reader's choice on this page, else its own or the nearest `lang` (see `inheritedLang`). */
export const elementLanguage = (element: Element): string => chosen ?? inheritedLang(element);
