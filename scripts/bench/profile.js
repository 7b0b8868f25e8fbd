#!/usr/bin/env node
// `npm run bench:profile -- --page PATH`: where a page's long tasks go. Loads PATH (under the
// package folder, served on localhost) once in the system Chromium with a DevTools trace and a
// CPU profile running, and prints each main-thread task over 50 ms: its trace events by self time
// (style, layout, text shaping, script, parsing…) and the JavaScript functions it spent the most
// time in. Tracing slows the page: the split between items is the figure, not the times.
// Function names come from the code the page loads: the CDN build is minified.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, MISSING_CHROMIUM, findChromium } from '../chromium.js';
import { serveRoot } from '../static-server.js';
import { mainThread, startTrace } from './trace.js';

const USAGE = `usage: node scripts/bench/profile.js --page PATH [--top N] [--json FILE]`;
const LONG_TASK_US = 50_000;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'loading'];
/** How long to keep recording after the network is idle, for the last renders and frames. */
const SETTLE_MS = 1500;

const { values: args } = parseArgs({
  options: {
    page: { type: 'string' },
    top: { type: 'string', default: '8' },
    json: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

/** Loads `url` with tracing and the sampling profiler on; resolves with the trace events and the CPU profile. */
async function record(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const endTrace = await startTrace(cdp, CATEGORIES);
    await cdp.send('Profiler.start');
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(SETTLE_MS);
    const { profile } = await cdp.send('Profiler.stop');
    return { events: await endTrace(), profile };
  } finally {
    await context.close();
  }
}

/** Self time (µs) by event name inside `task`: each event's time minus that of the events it contains. */
function selfTimes(task, events) {
  const inside = events.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
  const self = new Map(inside.map((e) => [e, e.dur]));
  const stack = [];
  for (const e of inside) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (stack.length) self.set(stack.at(-1), self.get(stack.at(-1)) - e.dur);
    stack.push(e);
  }
  const byName = new Map();
  for (const [e, us] of self) byName.set(e.name, (byName.get(e.name) ?? 0) + us);
  return byName;
}

const frameName = ({ functionName, url, lineNumber }) =>
  `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`.trim();

/** Inclusive time (µs) by JavaScript function in the samples taken during `task`. */
function functionTimes(task, profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((child) => [child, n.id])));
  const byFunction = new Map();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i];
    if (at < task.ts || at > task.ts + task.dur) return;
    const seen = new Set();
    for (let node = id; node !== undefined; node = parent.get(node)) {
      const name = frameName(nodes.get(node).callFrame);
      if (seen.has(name) || name.startsWith('(root)')) continue;
      seen.add(name);
      byFunction.set(name, (byFunction.get(name) ?? 0) + profile.timeDeltas[i]);
    }
  });
  return byFunction;
}

const ms = (us) => `${(us / 1000).toFixed(1)} ms`;
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);

async function main() {
  if (args.help || !args.page) return console.log(USAGE);
  const count = Number(args.top);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--top: "${args.top}" must be a whole number ≥ 1`);
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  const server = await serveRoot();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  let recorded;
  try {
    recorded = await record(browser, `${server.origin}/${args.page.replace(/^\/+/, '')}`);
  } finally {
    await browser.close();
    await server.stop();
  }
  const { events, profile } = recorded;
  if (args.json) writeFileSync(args.json, JSON.stringify({ traceEvents: events, profile }));
  const main = mainThread(events);
  const long = main.filter((e) => e.name === 'RunTask' && e.dur > LONG_TASK_US);
  const blocking = long.reduce((sum, task) => sum + task.dur - LONG_TASK_US, 0);
  console.log(`${args.page}: ${long.length} main-thread task(s) over 50 ms, blocking time ${ms(blocking)} (traced)`);
  const start = main[0]?.ts ?? 0;
  for (const task of long) {
    console.log(`\ntask of ${ms(task.dur)} at ${ms(task.ts - start)}`);
    for (const [name, us] of top(selfTimes(task, main), count)) console.log(`  ${ms(us).padStart(9)}  ${name}`);
    const functions = top(functionTimes(task, profile), count);
    if (functions.length) console.log('  JavaScript (inclusive):');
    for (const [name, us] of functions) console.log(`  ${ms(us).padStart(9)}  ${name}`);
  }
}

main().catch((error) => {
  console.error(`bench:profile: ${error.message}`);
  process.exitCode = 2;
});
