#!/usr/bin/env node
// `npm run bench:lighthouse`: Lighthouse's performance audit of the demo page, with its default
// (simulated, mobile) throttling, against the system Chromium; prints TBT, LCP, CLS and FCP.
// Serves the package folder on localhost as `npm start` does. Run `npm run build` first.
// Not part of `npm test`: Lighthouse's figures depend on the machine, and nothing is asserted.
/* global setTimeout, clearTimeout */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, MISSING_CHROMIUM, findChromium } from '../chromium.js';
import { serveRoot } from '../static-server.js';
import { median, medianRatio } from './stats.js';

const USAGE = `usage: node scripts/bench/lighthouse.js [--page demo/index.html] [--runs N] [--baseline DIR] [--json FILE]`;

/**
 * The Lighthouse audits printed, with how each is shown, and painkit's target for the demo page where
 * it has one: the runs over it are counted, since one set's median hides the runs that miss it.
 */
const FIGURES = [
  { id: 'total-blocking-time', label: 'TBT', unit: 'ms', digits: 0, target: 100 },
  { id: 'largest-contentful-paint', label: 'LCP', unit: 'ms', digits: 0 },
  { id: 'cumulative-layout-shift', label: 'CLS', unit: '', digits: 3, target: 0.05 },
  { id: 'first-contentful-paint', label: 'FCP', unit: 'ms', digits: 0 },
];

const STARTUP_TIMEOUT = 30_000;

const { values: args } = parseArgs({
  options: {
    page: { type: 'string', default: 'demo/index.html' },
    runs: { type: 'string', default: '1' },
    baseline: { type: 'string' },
    json: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

/**
 * Starts Chromium headless with a DevTools port Lighthouse can connect to (the system binary,
 * as the rest of the tests use it); resolves with the port and a way to stop it.
 */
function startChromium(executablePath) {
  const child = spawn(executablePath, [
    ...CHROMIUM_ARGS,
    '--headless=new',
    '--remote-debugging-port=0',
    '--user-data-dir=node_modules/.cache/painkit-lighthouse-profile',
    'about:blank',
  ]);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`Chromium printed no DevTools port within ${STARTUP_TIMEOUT / 1000} s:\n${output}`));
    }, STARTUP_TIMEOUT);
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)?.[1];
      if (!port) return;
      clearTimeout(timer);
      resolve({ port: Number(port), stop: () => child.kill() });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (code ${code}) before it listened:\n${output}`));
    });
  });
}

/** One Lighthouse performance run of `url`: each figure's value, and what Lighthouse said went wrong, if anything. */
async function audit(url, port) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const values = Object.fromEntries(FIGURES.map(({ id }) => [id, lhr.audits[id]?.numericValue]));
  const missing = FIGURES.filter(({ id }) => values[id] === undefined).map(
    ({ id }) => `${id}: ${lhr.audits[id]?.errorMessage ?? 'no value'}`,
  );
  if (missing.length) throw new Error(`Lighthouse measured no ${missing.join('; ')}`);
  return { values, throttling: lhr.configSettings.throttlingMethod, version: lhr.lighthouseVersion };
}

/**
 * Copies demo/ into `baseline` (an earlier build's `cdn/` and `data/`, as `npm run bench -- --baseline`
 * takes), its pages pointing at that build's script; returns the copy's folder.
 */
function writeBaselineDemo(baseline) {
  if (!existsSync(join(baseline, 'cdn', 'painkit.js')))
    throw new Error(
      `--baseline: ${baseline}/cdn/painkit.js not found (copy an earlier build's dist/cdn and dist/data there)`,
    );
  const demo = join(baseline, 'demo');
  cpSync('demo', demo, { recursive: true });
  for (const name of readdirSync(demo).filter((file) => file.endsWith('.html'))) {
    const file = join(demo, name);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('../dist/cdn/', '../cdn/'));
  }
  return demo;
}

const show = ({ unit, digits }, value) => `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;

async function main() {
  if (args.help) return console.log(USAGE);
  const runs = Number(args.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: "${args.runs}" must be a whole number ≥ 1`);
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  const baseline = args.baseline?.replace(/^\.?\/+|\/+$/g, '');
  const pages = { painkit: args.page };
  if (baseline) pages.baseline = join(writeBaselineDemo(baseline), args.page.replace(/^demo\//, ''));
  const server = await serveRoot();
  const chromium = await startChromium(executablePath);
  const results = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  try {
    for (let run = 0; run < runs; run++) {
      // Alternating, the order swapped each run, so neither build always goes first.
      const order = Object.keys(pages);
      if (run % 2) order.reverse();
      for (const name of order) results[name].push(await audit(`${server.origin}/${pages[name]}`, chromium.port));
      process.stderr.write(`run ${run + 1}/${runs} done\n`);
    }
  } finally {
    chromium.stop();
    await server.stop();
  }
  const { throttling, version } = results.painkit[0];
  console.log(
    `Lighthouse ${version}, ${args.page}, throttling: ${throttling} (Lighthouse's default), ${runs} run(s); medians.`,
  );
  for (const [name, list] of Object.entries(results)) {
    if (baseline) console.log(`\n${name} (${pages[name]})`);
    for (const figure of FIGURES) {
      const values = list.map((r) => r.values[figure.id]);
      const each = runs > 1 ? `  (runs: ${values.map((v) => show(figure, v)).join(', ')})` : '';
      const over = figure.target === undefined ? [] : values.filter((v) => v > figure.target);
      const target =
        figure.target === undefined ? '' : `; over ${show(figure, figure.target)} in ${over.length} of ${runs}`;
      console.log(`${figure.label.padEnd(4)} ${show(figure, median(values))}${each}${target}`);
    }
  }
  if (baseline) {
    console.log('\npainkit ÷ baseline, median of per-run ratios');
    const values = (name) => results[name].map((r) => r.values);
    for (const figure of FIGURES) {
      const ratio = medianRatio(values('painkit'), values('baseline'), figure.id);
      console.log(`${figure.label.padEnd(4)} ${Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '–'}`);
    }
  }
  if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 2));
}

main().catch((error) => {
  console.error(`bench:lighthouse: ${error.message}`);
  process.exitCode = 2;
});
