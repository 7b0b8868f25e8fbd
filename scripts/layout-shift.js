#!/usr/bin/env node
/* global window, PerformanceObserver */
// `npm run layout-shift`: the cumulative layout shift (CLS) of the demo pages
// as they load, in the system Chromium at a phone, a narrow and a desktop
// width, and the elements that moved most. Run `npm run build` first.
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, MISSING_CHROMIUM, findChromium } from './chromium.js';
import { serveRoot } from './static-server.js';

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: 'index,es,library,rtl,examples' },
    widths: { type: 'string', default: '320,412,1350' },
    settle: { type: 'string', default: '4000' },
  },
});

/** Every layout shift of the page, as the browser reports it, with what moved. */
function recordShifts() {
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

const executablePath = findChromium();
if (!executablePath) throw new Error(MISSING_CHROMIUM);
const server = await serveRoot();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
console.log('| page | width | CLS | largest shift moved |\n|---|---|---|---|');
try {
  for (const name of args.pages.split(',')) {
    for (const width of args.widths.split(',').map(Number)) {
      const context = await browser.newContext({ viewport: { width, height: 823 } });
      const page = await context.newPage();
      await page.addInitScript(recordShifts);
      await page.goto(`${server.origin}/demo/${name}.html`);
      await page.waitForTimeout(Number(args.settle));
      const shifts = await page.evaluate(() => window.__painkitShifts);
      const cls = shifts.reduce((sum, s) => sum + s.value, 0);
      const largest = shifts.sort((a, b) => b.value - a.value)[0];
      console.log(`| ${name}.html | ${width} | ${cls.toFixed(3)} | ${largest?.moved ?? ''} |`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
