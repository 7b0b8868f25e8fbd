import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { bestLocale } from '../content/locale-chain.js';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';

/**
 * Interface strings (buttons, notices, labels) are translated with
 * @lit/localize in runtime mode. painkit configures it in "reentrant" mode:
 * `msg()` asks which locale is rendering right now, so two elements on one
 * page can speak two languages. This is the only file that configures it.
 *
 * Adding a locale: add it to `targetLocales` in lit-localize.json, run
 * `npm run i18n`, translate `xliff/<locale>.xlf`, add a loader below, and
 * add its direction to `RTL_LOCALES` if it is written right to left.
 */
const loaders: Record<string, () => Promise<LocaleModule>> = {
  es: () => import('./generated/es.js'),
};

/** Locales written right to left (primary language subtags). */
const RTL_LOCALES = new Set(['ar', 'fa', 'he', 'ur', 'yi', 'ps', 'dv', 'ku']);

const loaded = new Map<string, LocaleModule>();
let rendering: string = sourceLocale;
let configured = false;

function configureOnce(): void {
  if (configured) return;
  configured = true;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => rendering,
      loadLocaleSync: (locale) => loaded.get(locale),
    });
  } catch {
    console.warn(
      '[painkit] @lit/localize was already configured by another script that shares this copy of it; ' +
        "painkit's interface text follows that configuration. Use the painkit CDN module, which has its own copy, to avoid this.",
    );
  }
}

/** The interface locale for a content language: `es-MX` → `es`, `fr` → `en`. */
export const uiLocaleFor = (lang: string): string => bestLocale(lang, allLocales) ?? sourceLocale;

/** `rtl` for right-to-left languages, otherwise `ltr`. */
export const directionOf = (lang: string): 'ltr' | 'rtl' =>
  RTL_LOCALES.has(lang.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';

/** Loads the interface strings of a locale (once); resolves when `msg()` can use them. */
export async function loadUiLocale(locale: string): Promise<void> {
  configureOnce();
  const load = loaders[locale];
  if (!load || loaded.has(locale)) return;
  loaded.set(locale, await load());
}

/** Whether `loadUiLocale(locale)` has finished. */
export const isUiLocaleLoaded = (locale: string): boolean => locale === sourceLocale || loaded.has(locale);

/** Runs `render` with `msg()` answering in `locale`. */
export function withUiLocale<T>(locale: string, render: () => T): T {
  configureOnce();
  const previous = rendering;
  rendering = locale;
  try {
    return render();
  } finally {
    rendering = previous;
  }
}
