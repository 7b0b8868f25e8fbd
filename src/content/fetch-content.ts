import { ContentError } from './content-error.js';

/**
 * Fetches a content file from the page's own origin (or the configured
 * content base). A failed request or an HTTP error becomes a `network`
 * ContentError that names the URL.
 */
export async function fetchContent(url: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new ContentError('network', `could not fetch ${url}: ${String(error)}`, url);
  }
  if (!response.ok) throw new ContentError('network', `${url} answered HTTP ${response.status}`, url);
  return response;
}
