import { allLocales } from '../i18n/generated/locale-codes.js';
import { bestLocale } from './locale-chain.js';

/** The URL of a content folder's manifest (`base` ends with "/"). */
export const manifestUrl = (base: string): string => `${base}manifest.json`;

/** The URL of one compiled topic in one locale (`base` ends with "/"). */
export const chunkUrl = (base: string, locale: string, slug: string): string =>
  `${base}${locale}/${encodeURIComponent(slug)}.json`;

/**
 * Where a topic most likely is before the manifest says: the reader's
 * language, when painkit has interface text for it (content folders have
 * those). `undefined` when there is nothing to guess.
 */
export function guessedChunkUrl(base: string, locale: string, slug: string): string | undefined {
  const guess = slug ? bestLocale(locale, allLocales) : undefined;
  return guess ? chunkUrl(base, guess, slug) : undefined;
}
