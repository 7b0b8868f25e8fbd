#!/usr/bin/env node
/* global performance */
// `npm run bench:timeline`: what happens, in order, between navigation and "content on screen" on
// one benchmark page (painkit-1.html by default; run `npm run bench` once first to write the
// pages). Loads the page `--runs` times (default 5) in the system Chromium with a DevTools trace
// running and prints, with the median of each figure over the runs: when each request started and
// ended, and the phases up to the time to content (the same observer as `npm run bench`): until the
// first script has arrived, the last other script, the last data file, the content; each with the
// main thread's work by kind (module evaluation, callbacks and microtasks, style, layout, paint).
// Tracing slows the page a little; compare the items with each other.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, MISSING_CHROMIUM, findChromium } from '../chromium.js';
import { serveRoot } from '../static-server.js';
import { observePage } from './in-page.js';
import { BENCH_DIR, lastParagraphText, TOPIC } from './pages.js';
import { median } from './stats.js';
import { mainThread, startTrace } from './trace.js';

const USAGE = `usage: node scripts/bench/timeline.js [--page PATH] [--runs N]`;
const CATEGORIES = ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading'];

const { values: args } = parseArgs({
  options: {
    page: { type: 'string', default: `${BENCH_DIR}/painkit-1.html` },
    runs: { type: 'string', default: '5' },
    help: { type: 'boolean', default: false },
  },
});

/** Main-thread work by kind, from a trace event's name (and, for scripts, the file it ran). */
function kindOf(event) {
  const file = (event.args?.data?.url ?? event.args?.data?.stackTrace?.[0]?.url ?? '').split('/').pop();
  switch (event.name) {
    case 'v8.evaluateModule':
    case 'EvaluateScript':
      return `evaluate ${file || 'script'}`;
    case 'v8.compileModule':
    case 'v8.compile':
      return `compile ${file || 'script'}`;
    case 'FunctionCall':
    case 'RunMicrotasks':
    case 'TimerFire':
    case 'FireAnimationFrame':
    case 'EventDispatch':
      return 'script (callbacks, microtasks)';
    case 'ParseHTML':
      return 'parse HTML';
    case 'UpdateLayoutTree':
    case 'RecalculateStyles':
    case 'ParseAuthorStyleSheet':
      return 'style';
    case 'Layout':
      return 'layout';
    case 'Paint':
    case 'PrePaint':
    case 'Layerize':
    case 'UpdateLayer':
    case 'Commit':
      return 'paint';
    default:
      return undefined;
  }
}

/** One load: the trace events, the page's Resource Timing and its time to content, on one clock (ms from navigation start). */
async function record(browser, url, marker) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.addInitScript(observePage, { marker, count: 1 });
    const endTrace = await startTrace(cdp, CATEGORIES);
    await page.goto(url);
    await page.waitForFunction(() => globalThis.__bench.contentAt !== undefined, null, { timeout: 60_000 });
    const { contentAt, requests } = await page.evaluate(() => ({
      contentAt: globalThis.__bench.contentAt,
      requests: performance
        .getEntriesByType('resource')
        .map((e) => ({ file: e.name.split('/').pop(), start: e.startTime, end: e.responseEnd })),
    }));
    return { events: await endTrace(), contentAt, requests };
  } finally {
    await context.close();
  }
}

/** Self time (ms) by kind of the main-thread events `main` (ms from navigation start `at`) that start in [from, to). */
function work(main, at, from, to) {
  const inside = main.filter((e) => (e.ts - at) / 1000 >= from && (e.ts - at) / 1000 < to);
  // Each event's own time: its duration minus that of the events it contains; attributed to the
  // innermost enclosing event with a kind.
  const byKind = new Map();
  const stack = [];
  for (const e of inside) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const kind = kindOf(e);
    if (kind) {
      const owner = stack.findLast((s) => s.kind);
      if (owner) byKind.set(owner.kind, byKind.get(owner.kind) - e.dur / 1000);
      byKind.set(kind, (byKind.get(kind) ?? 0) + e.dur / 1000);
    }
    stack.push({ ts: e.ts, dur: e.dur, kind });
  }
  return byKind;
}

/**
 * One load's phases: navigation → the page's first script has arrived → the last other script →
 * the last data file (in the order they happened) → content; each with its main-thread work by kind.
 */
function phases({ events, contentAt, requests }) {
  const at = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame)?.ts;
  const main = mainThread(events);
  const scripts = requests.filter((r) => r.file.endsWith('.js'));
  const data = requests.filter((r) => r.file.endsWith('.json') || r.file.endsWith('.md'));
  const last = (list) => (list.length ? Math.max(...list.map((r) => r.end)) : undefined);
  const milestones = [
    ['first script arrived', scripts[0]?.end],
    ['last other script arrived', last(scripts.slice(1))],
    ['last data file arrived', last(data)],
  ]
    .filter(([, time]) => time !== undefined && time < contentAt)
    .sort((a, b) => a[1] - b[1]);
  milestones.push(['content in the tree', contentAt]);
  let from = 0;
  return milestones.map(([name, to]) => {
    const phase = { name, from, to, work: work(main, at, from, to) };
    from = to;
    return phase;
  });
}

async function main() {
  if (args.help) return console.log(USAGE);
  const runs = Number(args.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: "${args.runs}" must be a whole number ≥ 1`);
  const marker = lastParagraphText(JSON.parse(readFileSync(`dist/data/en/${TOPIC}.json`, 'utf8')));
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  const server = await serveRoot();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const loads = [];
  try {
    for (let run = 0; run < runs; run++) loads.push(await record(browser, `${server.origin}/${args.page}`, marker));
  } finally {
    await browser.close();
    await server.stop();
  }
  const ms = (n) => `${n.toFixed(1).padStart(7)} ms`;
  console.log(`${args.page}: medians of ${runs} traced load(s), ms from navigation start\n`);
  console.log(`time to content ${ms(median(loads.map((l) => l.contentAt)))}\n\nrequests (start → end):`);
  const files = [...new Set(loads.flatMap((l) => l.requests.map((r) => r.file)))];
  for (const file of files) {
    const found = loads.map((l) => l.requests.find((r) => r.file === file)).filter(Boolean);
    console.log(`  ${ms(median(found.map((r) => r.start)))} → ${ms(median(found.map((r) => r.end)))}  ${file}`);
  }
  // Phases by name, in the order of the median load's.
  const perLoad = loads.map(phases);
  const names = [...new Set(perLoad.flatMap((list) => list.map((p) => p.name)))];
  for (const name of names) {
    const found = perLoad.map((list) => list.find((p) => p.name === name)).filter(Boolean);
    const wall = median(found.map((p) => p.to - p.from));
    console.log(`\nuntil ${name} (at ${ms(median(found.map((p) => p.to))).trim()}; phase ${ms(wall).trim()}):`);
    const kinds = [...new Set(found.flatMap((p) => [...p.work.keys()]))];
    const rows = kinds.map((kind) => [kind, median(found.map((p) => p.work.get(kind) ?? 0))]);
    const busy = median(found.map((p) => [...p.work.values()].reduce((sum, v) => sum + v, 0)));
    console.log(`  ${ms(busy)}  main thread busy, of which:`);
    for (const [kind, value] of rows.sort((a, b) => b[1] - a[1]))
      if (value >= 0.5) console.log(`  ${ms(value)}    ${kind}`);
  }
}

main().catch((error) => {
  console.error(`bench:timeline: ${error.message}`);
  process.exitCode = 2;
});
