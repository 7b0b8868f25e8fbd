import { defaultContentBase } from './content-base.js';
import { ContentError } from './content-error.js';
import { pageOrigins } from './page-settings.js';

/** How long a content request may take before it counts as a network failure. */
const TIMEOUT_MS = 15_000;

let extraOrigins: string[] = [];

/**
 * Lets painkit fetch content from other origins than the page's own and
 * painkit's own (e.g. a clinic's content server). Set with
 * `configure({ allowOrigins: ['https://content.clinic.example'] })`.
 */
export function setAllowedOrigins(origins: string[]): void {
  extraOrigins = origins.map((origin) => new URL(origin).origin);
}

/** The page's origin, the origin painkit itself was loaded from, and any allowed by configuration. */
function allowed(url: URL): boolean {
  const own = [
    location.origin,
    new URL(defaultContentBase(), document.baseURI).origin,
    ...extraOrigins,
    ...pageOrigins(),
  ];
  return (url.protocol === 'https:' || url.protocol === 'http:') && own.includes(url.origin);
}

const allowHint = (origin: string) =>
  `allow its origin with <pain-clinic allow-origins="${origin}"> or configure({ allowOrigins: ["${origin}"] })`;

/**
 * Fetches a content file. Only http(s) addresses on the page's own origin,
 * painkit's own origin or an allowed origin are fetched, and the answer must
 * come from one of them too: a redirect is followed, but one that lands on
 * any other origin is refused (`not-allowed`) before its body is read.
 * Where the answer came from is the response's `url`. No cookies are sent to
 * other origins; a request that fails, answers an HTTP error or takes longer
 * than 15 s becomes a `network` ContentError that names the URL; `signal`
 * cancels it when the element no longer needs it.
 */
export async function fetchContent(url: string, signal?: AbortSignal): Promise<Response> {
  const target = new URL(url);
  if (!allowed(target)) {
    throw new ContentError('not-allowed', `${url} is not on this page's origin; ${allowHint(target.origin)}`, url);
  }
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      redirect: 'follow',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    const why = timeout.aborted ? `took longer than ${TIMEOUT_MS / 1000} s` : String(error);
    throw new ContentError('network', `could not fetch ${url}: ${why}`, url);
  }
  const landed = new URL(response.url || url);
  if (!allowed(landed)) {
    void response.body?.cancel();
    throw new ContentError(
      'not-allowed',
      `${url} redirected to ${landed.href}, which is not on this page's origin; ${allowHint(landed.origin)}`,
      url,
    );
  }
  if (!response.ok) throw new ContentError('network', `${url} answered HTTP ${response.status}`, url);
  return response;
}
