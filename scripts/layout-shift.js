#!/usr/bin/env node
/* global window, PerformanceObserver */
// `npm run layout-shift`: the cumulative layout shift (CLS) of the demo pages
// as they load, in the system Chromium at a phone, a narrow and a desktop
// width, and the elements that moved most. Run `npm run build` first.
// The end-to-end tests import measureLayoutShift() (test/e2e/audit.test.ts).
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, MISSING_CHROMIUM, findChromium } from './chromium.js';
import { serveRoot } from './static-server.js';

/**
 * Every layout shift of the page, as the browser reports it, with what moved:
 * an init script (page.addInitScript) that keeps them in window.__painkitShifts.
 * A page function: no helpers inside.
 */
export function recordShifts() {
  const shifts = [];
  Object.defineProperty(window, '__painkitShifts', { value: shifts });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const moved = entry.sources.map((s) => s.node?.nodeName?.toLowerCase() ?? '?').join(', ');
      shifts.push({ value: entry.value, moved });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * The cumulative layout shift recorded so far in a page that recordShifts()
 * was installed in (the sum of every shift without recent input), what moved
 * most, and every shift.
 *
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ cls: number, largest: string, shifts: { value: number, moved: string }[] }>}
 */
export async function layoutShiftOf(page) {
  const shifts = await page.evaluate(() => window.__painkitShifts);
  const cls = shifts.reduce((sum, s) => sum + s.value, 0);
  const largest = [...shifts].sort((a, b) => b.value - a.value)[0]?.moved ?? '';
  return { cls, largest, shifts };
}

/**
 * Loads `url` in a fresh context of a Playwright Chromium `browser` at
 * `width` × `height` px, with a layout-shift observer installed before the
 * page's own scripts; waits for `ready` (a page function called with
 * `readyArg`) if given, then `settle` ms more, and returns layoutShiftOf(page).
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ width: number, height?: number, settle?: number, ready?: (arg: any) => unknown, readyArg?: unknown }} options
 * @returns {Promise<{ cls: number, largest: string, shifts: { value: number, moved: string }[] }>}
 */
export async function measureLayoutShift(browser, url, { width, height = 823, settle = 4000, ready, readyArg }) {
  const context = await browser.newContext({ viewport: { width, height } });
  try {
    const page = await context.newPage();
    await page.addInitScript(recordShifts);
    await page.goto(url);
    if (ready) await page.waitForFunction(ready, readyArg);
    await page.waitForTimeout(settle);
    return await layoutShiftOf(page);
  } finally {
    await context.close();
  }
}

/** The command line: a Markdown table of CLS per demo page and width. */
async function main() {
  const { values: args } = parseArgs({
    options: {
      pages: { type: 'string', default: 'index,es,library,rtl,examples,after-your-block' },
      widths: { type: 'string', default: '320,412,1350' },
      settle: { type: 'string', default: '4000' },
    },
  });
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  const server = await serveRoot();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  console.log('| page | width | CLS | largest shift moved |\n|---|---|---|---|');
  try {
    for (const name of args.pages.split(',')) {
      for (const width of args.widths.split(',').map(Number)) {
        const url = `${server.origin}/demo/${name}.html`;
        const { cls, largest } = await measureLayoutShift(browser, url, { width, settle: Number(args.settle) });
        console.log(`| ${name}.html | ${width} | ${cls.toFixed(3)} | ${largest} |`);
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
