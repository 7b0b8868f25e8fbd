import { bestLocale } from '../content/locale-chain.js';
import { allLocales, sourceLocale } from './generated/locale-codes.js';

export { allLocales, sourceLocale };

/** Locales written right to left (primary language subtags). */
const RTL_LOCALES = new Set(['ar', 'fa', 'he', 'ur', 'yi', 'ps', 'dv', 'ku']);

/**
 * The interface locale for a language painkit is asked to speak: `es-MX` → `es`,
 * `ES` → `es`, `fr` → `en` (painkit has no French interface text). The
 * elements, the handout CLI and the Node API all resolve locales with this.
 */
export const uiLocaleFor = (lang: string): string => bestLocale(lang, allLocales) ?? sourceLocale;

/** `rtl` for right-to-left languages, otherwise `ltr`. */
export const directionOf = (lang: string): 'ltr' | 'rtl' =>
  RTL_LOCALES.has(lang.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
