import type { Plugin } from '@web/dev-server-core';

/**
 * Starts on `port`, or on any free port when that one is taken (or 0); serves `rootDir` (default: the package folder),
 * with extra @web/dev-server `plugins` if given.
 */
export function serveRoot(
  port?: number,
  rootDir?: string,
  plugins?: Plugin[],
): Promise<{ origin: string; stop: () => Promise<void> }>;

/** The Content-Security-Policy sent with pages under test/hosts/csp/. */
export const STRICT_CSP: string;
