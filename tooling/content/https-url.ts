import { DOCUMENT_COPY_HOSTS } from './document-copy-hosts.js';

/** Whether a string is a well-formed absolute https URL. */
function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Query parameters that only say where a reader came from (campaign and
 * click trackers, referral codes). They make a link personal and tell the
 * publisher about the reader; the page is the same without them.
 */
const TRACKING_PARAMETER =
  /^(?:utm_.+|source|clset|fbclid|gclid|gclsrc|dclid|msclkid|yclid|igshid|twclid|ttclid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|ref_src|cmpid)$/i;

/** The entry of {@link DOCUMENT_COPY_HOSTS} that `host` is or is under. */
const documentCopyHost = (host: string) => DOCUMENT_COPY_HOSTS.find((h) => host === h || host.endsWith(`.${h}`));

/**
 * What is wrong with a URL given as a source or a link, as a message that
 * names it; `undefined` when it is a clean https URL. The rules: https only;
 * not a document-copy site ({@link DOCUMENT_COPY_HOSTS}); no tracking
 * parameters (`utm_*`, `source`, `clset`, `fbclid`, `gclid` …).
 */
export function urlProblem(url: string): string | undefined {
  if (!isHttpsUrl(url)) return `"${url}" is not a well-formed https URL`;
  const { hostname, searchParams } = new URL(url);
  const copy = documentCopyHost(hostname.toLowerCase());
  if (copy) return `"${url}" is on ${copy}, a site that reposts copies of documents: cite the publisher's own page`;
  const tracking = [...searchParams.keys()].filter((key) => TRACKING_PARAMETER.test(key));
  if (tracking.length) {
    const names = [...new Set(tracking)].map((key) => `"${key}"`).join(', ');
    return `"${url}" has tracking parameter${tracking.length > 1 ? 's' : ''} ${names}: remove ${tracking.length > 1 ? 'them' : 'it'}`;
  }
  return undefined;
}
