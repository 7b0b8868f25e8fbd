import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, MISSING_CHROMIUM, findChromium } from '../../scripts/chromium.js';

export { serveRoot } from '../../scripts/static-server.js';

/** Starts the system Chromium headless. */
export function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** The painkit elements that load content (and show a placeholder until they have). */
export const CONTENT_ELEMENTS = 'pain-procedure, pain-recovery, pain-diary, pain-plan, pain-library';

/**
 * Whether every element matching `selector` has rendered and shows no
 * loading placeholder. A page function for any driver (a function, not a
 * string: a strict CSP forbids evaluating strings in the page).
 */
export const contentLoaded = (selector: string): boolean =>
  [...document.querySelectorAll(selector)].every(
    (el) => el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('[part="loading"]'),
  );

/** Waits until every painkit content element on the page has loaded (no placeholder left). */
export async function settle(page: Page, timeout?: number): Promise<void> {
  await page.waitForFunction(contentLoaded, CONTENT_ELEMENTS, { timeout });
}
