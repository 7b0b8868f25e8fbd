/**
 * The CDN entry: a tiny module that loads each painkit element only when its
 * tag is on the page (now or later), so a page with one `<pain-procedure>`
 * downloads only what that element needs. `dist/cdn/painkit.js` is built from
 * this file. The npm build's `painkit` entry registers everything at once
 * instead.
 */
export { configure, type PainkitConfig } from './configure.js';
export { setChosenLanguage } from './i18n/chosen-language.js';
import { reportNotLoaded } from './load-failure.js';
import { readAheadFor } from './content/read-ahead.js';
import { elementLanguage } from './i18n/chosen-language.js';
import { uiLocaleFor } from './i18n/locales.js';

/** The page as self-contained HTML (`painkit handout --format html` uses it); the serializer loads on first use. */
export const printableDocument = async (doc: Document = document): Promise<string> =>
  (await import('./print/printable-html.js')).printableDocument(doc);

const loaders: Record<string, () => Promise<unknown>> = {
  'pain-procedure': () => import('./pain-procedure.js'),
  'pain-recovery': () => import('./pain-recovery.js'),
  'pain-diary': () => import('./pain-diary.js'),
  'pain-plan': () => import('./pain-plan.js'),
  'pain-library': () => import('./pain-library.js'),
  'pain-term': () => import('./pain-term.js'),
  'pain-language-picker': () => import('./pain-language-picker.js'),
  'pain-clinic': () => import('./pain-clinic.js'),
  'pain-check': () => import('./pain-check.js'),
};

/**
 * CDN build only (rollup.config.js appends it): each element's chunk and every
 * chunk it imports, as indexes into `files` (names beside painkit.js).
 */
declare function __painkitPreloads(): { files: string[]; graph: Record<string, number[]> };
const preloads = typeof __painkitPreloads === 'function' ? __painkitPreloads() : { files: [], graph: {} };

/** The chunks (indexes into `preloads.files`) already asked for with a link. */
const preloaded = new Set<number>();

/**
 * Requests an element's whole module graph at once, so its imports do not
 * wait for the element's chunk; or, for `catalog:<locale>`, the chunk of that
 * interface locale's text, which the element would ask for only once it runs.
 */
function preload(key: string): void {
  for (const index of preloads.graph[key] ?? []) {
    // Elements share chunks (topic-core): one link each, not one per element that needs it.
    if (preloaded.has(index)) continue;
    preloaded.add(index);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(preloads.files[index], import.meta.url).href;
    document.head.append(link);
  }
}

const requested = new Set<string>();
/**
 * Why an element's code could not be loaded. Not requested again: browsers
 * keep a failed module in the page's module map (Chromium answers a second
 * `import()` with the same failure), so only a reload can load it.
 */
const failed = new Map<string, unknown>();
const selector = Object.keys(loaders).join(',');

/** The elements that show one topic: their content is requested while their code loads (see `readAheadFor`). */
const topicTags = new Set(['pain-procedure', 'pain-recovery', 'pain-check', 'pain-diary']);

/**
 * Runs `work` once the page's own module scripts have run (they may call
 * `configure()`, e.g. with a `contentBase`): at `DOMContentLoaded`, or now
 * when that has passed.
 */
function afterPageScripts(work: () => void): void {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if (document.readyState === 'loading' || navigation?.domContentLoadedEventStart === 0)
    document.addEventListener('DOMContentLoaded', work, { once: true });
  else work();
}

/** Whether `key` (a tag, or `catalog:<locale>`) is asked for the first time on this page; notes it. */
const first = (key: string): boolean => !requested.has(key) && !!requested.add(key);

/**
 * Loads the elements used in `root` (itself included) that are not loaded
 * yet, and starts what they will ask for first: their interface text's
 * chunk and their content. When an element's code cannot be loaded, every
 * element of that tag (also ones added later) says so inside itself.
 */
function discover(root: Element | Document): void {
  const found = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.matches(selector)) found.push(root);
  for (const el of found) {
    const tag = el.localName;
    if (failed.has(tag)) reportNotLoaded(tag, failed.get(tag), import.meta.url);
    const catalog = `catalog:${uiLocaleFor(elementLanguage(el))}`;
    if (first(catalog)) preload(catalog);
    if (!first(tag)) continue;
    preload(tag);
    loaders[tag]().catch((error: unknown) => {
      failed.set(tag, error);
      reportNotLoaded(tag, error, import.meta.url);
    });
  }
  const topics = found.filter((el) => topicTags.has(el.localName) && !failed.has(el.localName));
  if (!topics.length) return;
  afterPageScripts(() => topics.forEach(readAheadFor));
}

discover(document);
new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    for (const node of mutation.addedNodes) if (node instanceof Element) discover(node);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
