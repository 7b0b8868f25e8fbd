import { inheritedLang } from './i18n/lang-observer.js';
import { type allLocales, uiLocaleFor } from './i18n/locales.js';

/**
 * The reader's line when an element's code cannot be loaded, in English and
 * Spanish. It lives in the CDN entry because the interface translations are
 * chunks that may not load either.
 */
const NOT_LOADED: Record<(typeof allLocales)[number], string> = {
  en: 'This information could not be loaded.',
  es: 'No se pudo cargar esta información.',
};

/** An element holding `textContent`, in `lang`. */
const text = (tag: string, textContent: string, lang: string) =>
  Object.assign(document.createElement(tag), { textContent, lang });

/**
 * Says that `tag`'s code (loaded by the CDN entry at `entry`) could not be
 * loaded: a console warning, and `pain-error` (code `network`, in the shape
 * of `PainErrorEvent`, without bringing every event class into the entry) on
 * every `tag` element of the page. In a browser that runs painkit, the
 * message says how to fix it: load painkit by its full file URL; an entry
 * URL that does not end in `.js` (a bare package URL such as
 * `…/npm/painkit@0.1.0` answered without a redirect) looks for its chunks
 * one folder too high, and the message gives the URL to use. Each element
 * then also shows it inside itself, under a line in the reader's language,
 * above its own light-DOM content. An element that has a shadow root
 * already (server-rendered) keeps it and gets no event. A browser without
 * custom elements shows the page's own content.
 */
export function reportNotLoaded(tag: string, error: unknown, entry: string): void {
  const runs = Boolean(window.customElements);
  const fix = new URL(entry).pathname.endsWith('.js')
    ? '…/painkit@VERSION/dist/cdn/painkit.js'
    : `${entry}/dist/cdn/painkit.js (${entry} does not end in .js)`;
  const message = `[painkit] <${tag}> could not be loaded: ${String(error)}${runs ? `. Load painkit by its full URL, ${fix}` : ''}`;
  console.warn(message);
  for (const el of document.querySelectorAll(tag)) {
    // Already showing the message, or server-rendered content (which stays).
    if (el.shadowRoot) continue;
    const locale = uiLocaleFor(inheritedLang(el)) as keyof typeof NOT_LOADED;
    const detail = { code: 'network', locale, message };
    el.dispatchEvent(new CustomEvent('pain-error', { detail, bubbles: true, composed: true }));
    if (!runs) continue;
    const box = text('p', '', 'en');
    box.setAttribute('role', 'alert');
    box.append(text('strong', NOT_LOADED[locale], locale), ' ', text('small', message, 'en'));
    el.attachShadow({ mode: 'open' }).append(box, document.createElement('slot'));
  }
}
