// Loads one benchmark page in a fresh browser context (cold cache) and
/* global performance, Buffer, URL */
// collects its figures: time to content, bytes, requests, critical path,
// long tasks, layout shift and JS heap.
import { gzipSync } from 'node:zlib';
import { observePage } from './in-page.js';
import { criticalPath } from './stats.js';

const CONTENT_TIMEOUT = 60_000;

/** What a request's body counts as: the page itself, JavaScript, or data (content, Markdown, JSON). */
function kind(request) {
  const type = request.resourceType();
  if (type === 'document') return 'html';
  if (type === 'script') return 'js';
  if (type === 'fetch' || type === 'xhr') return 'data';
  return 'other';
}

/** One request: its URL path, kind and the gzip -9 size of its body. */
async function describe(request) {
  const response = await request.response();
  const body = response ? await response.body() : Buffer.alloc(0);
  return { path: new URL(request.url()).pathname, kind: kind(request), gzip: gzipSync(body, { level: 9 }).length };
}

/**
 * When each request started and ended, from the page's own Resource Timing
 * (one clock, the renderer's: the network process reports some ends late).
 */
const timings = () =>
  [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((entry) => ({
    path: new URL(entry.name).pathname,
    start: entry.startTime,
    end: entry.responseEnd,
  }));

const notFavicon = (request) => request.path !== '/favicon.ico';

/**
 * Measures `url` once. `cpuThrottle` > 1 slows the page's CPU by that factor
 * (CDP Emulation.setCPUThrottlingRate); `latency` > 0 adds that many ms to
 * every request (CDP Network.emulateNetworkConditions). Throws, naming the page, when the
 * content never shows.
 */
export async function measure(browser, url, { marker, count, cpuThrottle = 1, latency = 0 }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    if (latency > 0) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    const finished = [];
    page.on('requestfinished', (request) => finished.push(request));
    const failed = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.addInitScript(observePage, { marker, count });
    await page.goto(url);
    try {
      await page.waitForFunction(() => globalThis.__bench.paintedAt !== undefined, null, { timeout: CONTENT_TIMEOUT });
    } catch {
      throw new Error(
        `${url}: "${marker}" did not appear ${count} time(s) in a drawn frame within ${CONTENT_TIMEOUT / 1000} s`,
      );
    }
    await page.waitForLoadState('networkidle');
    if (failed.length) throw new Error(`${url}: requests failed: ${failed.join(', ')}`);
    const inPage = await page.evaluate(() => globalThis.__bench);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const requests = (await Promise.all(finished.map(describe))).filter(notFavicon);
    const bytes = (which) => requests.filter((r) => r.kind === which).reduce((sum, r) => sum + r.gzip, 0);
    const chain = criticalPath((await page.evaluate(timings)).filter(notFavicon));
    return {
      contentMs: inPage.contentAt,
      paintedMs: inPage.paintedAt,
      jsBytes: bytes('js'),
      dataBytes: bytes('data'),
      htmlBytes: bytes('html'),
      requests: requests.length,
      depth: chain.length,
      chain: chain.map((r) => r.path),
      longTasks: inPage.longTasks.length,
      tbtMs: inPage.longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
      cls: inPage.layoutShift,
      heapBytes: heap.usedSize,
    };
  } finally {
    await context.close();
  }
}
