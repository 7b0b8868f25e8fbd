/**
 * The folder of content shipped beside painkit: the `data/` folder next to
 * the build this module was loaded from. The npm build (`dist/content/`) and
 * the CDN bundle (`dist/cdn/`) sit at the same depth, so one relative URL
 * serves both with no configuration. Its files are painkit's own; nothing
 * else is (see `isOwnContent`).
 */
import { pageSetting } from './page-settings.js';

const shipped = new URL('../data/', import.meta.url);
/** `shipped` ending with "/": Vite's dependency optimizer rewrites the URL without it. */
const builtin = shipped.href.endsWith('/') ? shipped : new URL(`${shipped.href}/`);

/** The URL of painkit's own content folder, ending with "/" (see `isOwnContent`). */
export const ownFolder: string = builtin.href;

let configured: string | undefined;

/** Sets (or with an empty value, clears) the default content base for the page. */
export function setDefaultContentBase(url: string): void {
  configured = url || undefined;
}

/**
 * Where compiled content lives when an element has no `content-base`: the
 * one set with `configure({ contentBase })`, else the page's
 * `<pain-clinic content-base>`, else painkit's own folder.
 */
export const defaultContentBase = (): string => configured ?? pageSetting('content-base') ?? builtin.href;

/** Resolves a `content-base` attribute against the page and ends it with "/". */
export function resolveContentBase(base: string | undefined): string {
  const url = new URL(base || defaultContentBase(), document.baseURI).href;
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * Whether a content file, by the URL it was finally answered from, is one of
 * painkit's own: inside the folder shipped beside the painkit module, not
 * merely on the same origin (a CDN serves every package from one origin).
 * An escaped slash or backslash (`%2F`, `%5C`) could lead a server out of
 * the folder, so a path with one is never own.
 */
export function isOwnContent(url: string): boolean {
  const landed = new URL(url);
  return (
    landed.origin === builtin.origin &&
    landed.pathname.startsWith(builtin.pathname) &&
    !/%2f|%5c/i.test(landed.pathname)
  );
}
