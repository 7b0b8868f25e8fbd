import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, MISSING_CHROMIUM, findChromium } from '../../scripts/chromium.js';

export { serveRoot } from '../../scripts/static-server.js';

/** Starts the system Chromium headless. */
export function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
