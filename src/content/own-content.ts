import loaders from '../data/loaders.js';
import { isOwnContent, ownFolder } from './content-base.js';
import { ContentError } from './content-error.js';

/**
 * Whether this build carries painkit's content as modules (the npm build;
 * the CDN build fetches it instead). Where it does, painkit's own content is
 * only what is imported: a bundler may move painkit's code so that its
 * "own folder" URL points at a folder of the host site, and a file fetched
 * from there is the site's, to be sanitized like any other.
 */
export const bundlesOwnContent = true;

/**
 * painkit's own compiled content file as the module `build-content` wrote
 * beside it, when `url` is in painkit's own folder and that module exists:
 * imported instead of fetched, so a bundler (Vite, esbuild, rollup, webpack)
 * that moved painkit's code elsewhere still finds the content, with no copy
 * step. Any other URL (a `content-base` or `configure({ contentBase })`
 * folder) gives `undefined` and is fetched. A module that fails to load
 * (a chunk missing after a deploy) is a `network` ContentError naming the
 * URL. The CDN build replaces this module with one that finds nothing
 * (rollup.config.js), so it fetches the JSON beside it.
 */
export function importOwnContent(url: string): Promise<unknown> | undefined {
  if (!isOwnContent(url)) return undefined;
  const path = new URL(url).pathname.slice(new URL(ownFolder).pathname.length);
  if (!Object.hasOwn(loaders, path)) return undefined;
  return loaders[path]!().then(
    (module) => module.default,
    (error: unknown) => {
      throw new ContentError('network', `could not load ${url}: ${String(error)}`, url);
    },
  );
}
