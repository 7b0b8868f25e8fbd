/**
 * Where compiled content lives when an element has no `content-base`: the
 * one set with `configure({ contentBase })`, else the `data/` folder beside
 * the build. The npm build (`dist/content/`) and the CDN bundle (`dist/cdn/`)
 * sit at the same depth, so one relative URL serves both with no
 * configuration.
 */
let configured: string | undefined;

/** Sets (or with an empty value, clears) the default content base for the page. */
export function setDefaultContentBase(url: string): void {
  configured = url || undefined;
}

export const defaultContentBase = (): string => configured ?? new URL('../data/', import.meta.url).href;

/** Resolves a `content-base` attribute against the page and ends it with "/". */
export function resolveContentBase(base: string | undefined): string {
  const url = new URL(base || defaultContentBase(), document.baseURI).href;
  return url.endsWith('/') ? url : `${url}/`;
}
