#!/usr/bin/env node
// `npm run bench:lighthouse`: Lighthouse's performance audit of the demo page, with its default
// (simulated, mobile) throttling, against the system Chromium; prints TBT, LCP, CLS and FCP.
// Serves the package folder on localhost as `npm start` does. Run `npm run build` first.
// Not part of `npm test`: Lighthouse's figures depend on the machine, and nothing is asserted.
/* global setTimeout, clearTimeout */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, MISSING_CHROMIUM, findChromium } from '../chromium.js';
import { serveRoot } from '../static-server.js';
import { median } from './stats.js';

const USAGE = `usage: node scripts/bench/lighthouse.js [--page demo/index.html] [--runs N] [--json FILE]`;

/** The Lighthouse audits printed, with how each is shown. */
const FIGURES = [
  { id: 'total-blocking-time', label: 'TBT', unit: 'ms', digits: 0 },
  { id: 'largest-contentful-paint', label: 'LCP', unit: 'ms', digits: 0 },
  { id: 'cumulative-layout-shift', label: 'CLS', unit: '', digits: 3 },
  { id: 'first-contentful-paint', label: 'FCP', unit: 'ms', digits: 0 },
];

const STARTUP_TIMEOUT = 30_000;

const { values: args } = parseArgs({
  options: {
    page: { type: 'string', default: 'demo/index.html' },
    runs: { type: 'string', default: '1' },
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

const show = ({ unit, digits }, value) => `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;

async function main() {
  if (args.help) return console.log(USAGE);
  const runs = Number(args.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: "${args.runs}" must be a whole number ≥ 1`);
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  const server = await serveRoot();
  const chromium = await startChromium(executablePath);
  const results = [];
  try {
    const url = `${server.origin}/${args.page}`;
    for (let run = 0; run < runs; run++) {
      results.push(await audit(url, chromium.port));
      process.stderr.write(`run ${run + 1}/${runs} done\n`);
    }
  } finally {
    chromium.stop();
    await server.stop();
  }
  const { throttling, version } = results[0];
  console.log(
    `Lighthouse ${version}, ${args.page}, throttling: ${throttling} (Lighthouse's default), ${runs} run(s); medians.`,
  );
  for (const figure of FIGURES) {
    const values = results.map((r) => r.values[figure.id]);
    const each = runs > 1 ? `  (runs: ${values.map((v) => show(figure, v)).join(', ')})` : '';
    console.log(`${figure.label.padEnd(4)} ${show(figure, median(values))}${each}`);
  }
  if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 2));
}

main().catch((error) => {
  console.error(`bench:lighthouse: ${error.message}`);
  process.exitCode = 2;
});
