#!/usr/bin/env node
// `npm run bench`: painkit's script tag vs zero-md vs the same text as static
// HTML, 1 and 50 elements, in alternating rounds; prints medians and ratios.
// `npm run bench:budget` (`--budget`): one round of painkit only, checked
// against scripts/bench/budget.json; exits 1 when a figure is over.
// See README, "Benchmark". Run `npm run build` first.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, MISSING_CHROMIUM, findChromium } from '../chromium.js';
import { serveRoot } from '../static-server.js';
import { overBudget, readBudget } from './budget.js';
import { measure } from './measure.js';
import { BENCH_DIR, VARIANTS, writePages } from './pages.js';
import { formatTable, summarize } from './table.js';

const USAGE = `usage: node scripts/bench/bench.js [--rounds N] [--sizes 1,50] [--variants static,zero-md,painkit,painkit-ssr,painkit-ssr-each]
       [--cpu-throttle RATE] [--latency MS] [--baseline DIR] [--json FILE] [--budget [--budget-file FILE]]`;

/** Latency added to every request in `--budget` runs (CDP Network.emulateNetworkConditions), in ms. */
const BUDGET_LATENCY_MS = 40;

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '11' },
    sizes: { type: 'string', default: '1,50' },
    variants: { type: 'string', default: VARIANTS.join(',') },
    'cpu-throttle': { type: 'string', default: '1' },
    latency: { type: 'string' },
    baseline: { type: 'string' },
    json: { type: 'string' },
    budget: { type: 'boolean', default: false },
    'budget-file': { type: 'string', default: 'scripts/bench/budget.json' },
    help: { type: 'boolean', default: false },
  },
});

function numberList(name, text) {
  const list = text.split(',').map(Number);
  if (list.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--${name}: "${text}" is not a list of whole numbers ≥ 1`);
  return list;
}

/** The options, checked: a clear message for anything the bench cannot run with. */
function options() {
  const budget = args.budget ? readBudget(args['budget-file']) : undefined;
  const chosen = args.budget ? ['painkit'] : args.variants.split(',');
  const unknown = chosen.filter((v) => !VARIANTS.includes(v));
  if (unknown.length) throw new Error(`--variants: unknown ${unknown.join(', ')} (known: ${VARIANTS.join(', ')})`);
  const baseline = args.baseline?.replace(/^\.?\/+|\/+$/g, '');
  if (baseline !== undefined && !existsSync(join(baseline, 'cdn', 'painkit.js')))
    throw new Error(
      `--baseline: ${args.baseline}/cdn/painkit.js not found (copy an earlier build's dist/cdn and dist/data there)`,
    );
  const variants = baseline ? [...chosen, 'baseline'] : chosen;
  const [rounds] = args.budget ? [1] : numberList('rounds', args.rounds);
  const sizes = budget ? Object.keys(budget).map(Number) : numberList('sizes', args.sizes);
  const cpuThrottle = Number(args['cpu-throttle']);
  if (!(cpuThrottle >= 1)) throw new Error(`--cpu-throttle: "${args['cpu-throttle']}" must be a number ≥ 1`);
  // The budget's critical-path depth needs latency: on localhost a response can arrive in under a
  // millisecond, before a request issued at the same moment has started, and a timing chain counts it.
  const latency = Number(args.latency ?? (args.budget ? BUDGET_LATENCY_MS : 0));
  if (!(latency >= 0)) throw new Error(`--latency: "${args.latency}" must be a number of milliseconds ≥ 0`);
  return { budget, variants, rounds, sizes, cpuThrottle, latency, baseline };
}

/** Round r measures the variants in an order rotated by r, so none always goes first. */
const rotated = (list, r) => list.map((_, i) => list[(i + r) % list.length]);

async function run({ variants, rounds, sizes, cpuThrottle, latency, baseline }) {
  const marker = await writePages(sizes, { baseline });
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  const server = await serveRoot();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const results = Object.fromEntries(sizes.map((n) => [n, Object.fromEntries(variants.map((v) => [v, []]))]));
  try {
    for (let round = 0; round < rounds; round++) {
      for (const count of sizes) {
        for (const variant of rotated(variants, round)) {
          const url = `${server.origin}/${BENCH_DIR}/${variant}-${count}.html`;
          results[count][variant].push(await measure(browser, url, { marker, count, cpuThrottle, latency }));
        }
      }
      process.stderr.write(`round ${round + 1}/${rounds} done\n`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return { marker, results };
}

async function main() {
  if (args.help) return console.log(USAGE);
  const opts = options();
  const { marker, results } = await run(opts);
  const summary = summarize(results);
  console.log(
    `Topic: radiofrequency-ablation; content = "${marker}" in the rendered tree. ` +
      `${opts.rounds} round(s), CPU throttling ${opts.cpuThrottle}×, added latency ${opts.latency} ms per request; medians, and medians of per-round ratios.\n`,
  );
  console.log(formatTable(summary, opts.variants));
  for (const count of opts.sizes) {
    const painkit = results[count].painkit?.[0];
    if (painkit) console.log(`\npainkit, ${count} element(s), critical path: ${painkit.chain.join(' → ')}`);
  }
  if (args.json) writeFileSync(args.json, JSON.stringify({ options: opts, marker, summary, results }, null, 2));
  if (opts.budget) {
    const measured = Object.fromEntries(opts.sizes.map((n) => [n, results[n].painkit[0]]));
    const over = overBudget(opts.budget, measured);
    for (const message of over) console.error(`over budget: ${message}`);
    if (over.length) process.exitCode = 1;
    else console.log(`\nWithin budget (${args['budget-file']}).`);
  }
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 2;
});
