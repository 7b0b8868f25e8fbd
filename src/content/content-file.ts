import { isOwnContent } from './content-base.js';
import { ContentError } from './content-error.js';
import { fetchContent } from './fetch-content.js';
import { bundlesOwnContent, importOwnContent } from './own-content.js';

/** A compiled content file as fetched (or, for painkit's own, imported: see `importOwnContent`). */
export interface ContentFile {
  /** The URL it was asked for. */
  url: string;
  json: unknown;
  /** Whether it is painkit's own: imported from the build, or (CDN build) fetched from painkit's own folder, judged by where the request landed after any redirect. */
  own: boolean;
}

const cache = new Map<string, Promise<unknown>>();
/** Files requested ahead of any reader (see `fetchAhead`), until a reader takes them. */
const ahead = new Map<string, Promise<ContentFile>>();

/** How a server reads `file:` URLs (see `readFilesWith`). */
let readFile: ((url: string) => Promise<unknown>) | undefined;

/**
 * For `painkit/ssr`: reads compiled content at `file:` URLs with `read`
 * (from disk). Such a folder is the server's own, compiled (and sanitized)
 * by `painkit build-content`, so it counts as painkit's own.
 */
export function readFilesWith(read: (url: string) => Promise<unknown>): void {
  readFile = read;
}

async function fetchFile(url: string): Promise<ContentFile> {
  if (readFile && url.startsWith('file:')) return { url, json: await readFile(url), own: true };
  const bundled = importOwnContent(url);
  if (bundled) return { url, json: await bundled, own: true };
  const response = await fetchContent(url);
  const own = !bundlesOwnContent && isOwnContent(response.url || url);
  try {
    return { url, json: await response.json(), own };
  } catch {
    throw new ContentError('malformed', `${url} is not valid JSON`, url);
  }
}

/**
 * Reads a compiled content file once per URL: `read` checks its shape (and
 * makes its HTML safe to show, see `safeHtml`), and every element that asks
 * for the URL shares the result. Each URL is read by one kind of reader. A
 * failure is forgotten, so a retry fetches again.
 */
export function cachedContent<T>(url: string, read: (file: ContentFile) => T | Promise<T>): Promise<T> {
  let pending = cache.get(url) as Promise<T> | undefined;
  if (!pending) {
    const early = ahead.get(url);
    ahead.delete(url);
    pending = (early ?? fetchFile(url)).then(read);
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

/**
 * Starts reading a content file before any element asks for it (the CDN
 * autoloader does, for the elements on the page while their code loads),
 * with the same checks as `cachedContent`'s own request: the first reader
 * of the URL takes this response instead of requesting it again. Nothing
 * is requested when a reader already has the URL. A failure no reader has
 * taken yet is forgotten: the reader then requests the file itself.
 */
export function fetchAhead(url: string): void {
  if (cache.has(url) || ahead.has(url)) return;
  const early = fetchFile(url);
  early.catch(() => {
    if (ahead.get(url) === early) ahead.delete(url);
  });
  ahead.set(url, early);
}
