import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { criticalPath, median, medianRatio } from '../../scripts/bench/stats.js';

// The budget check runs the real bench (one round, system Chromium) on the
// CDN build made by `npm run build`.
const budgetRun = (budget: unknown) => {
  const file = join(mkdtempSync(join(tmpdir(), 'painkit-bench-')), 'budget.json');
  writeFileSync(file, typeof budget === 'string' ? budget : JSON.stringify(budget));
  return spawnSync(process.execPath, ['scripts/bench/bench.js', '--budget', '--budget-file', file], {
    encoding: 'utf8',
    timeout: 120_000,
  });
};

describe('bench: critical path and medians', () => {
  it('counts only requests that started after the previous one finished', () => {
    const page = { path: 'page', start: 0, end: 10 };
    const entry = { path: 'entry', start: 12, end: 20 };
    const parallel = [
      { path: 'a', start: 21, end: 30 },
      { path: 'b', start: 22, end: 35 },
    ];
    // data waits for a only; a and b ran side by side, so they are one step.
    const data = { path: 'data', start: 32, end: 40 };
    const chain = criticalPath([data, ...parallel, entry, page]);
    assert.deepEqual(
      chain.map((r) => r.path),
      ['page', 'entry', 'a', 'data'],
    );
    assert.equal(criticalPath([]).length, 0);
  });

  it('takes medians of values and of per-round ratios', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    const painkit = [{ ms: 300 }, { ms: 100 }, { ms: 900 }];
    const base = [{ ms: 100 }, { ms: 100 }, { ms: 100 }];
    assert.equal(medianRatio(painkit, base, 'ms'), 3);
  });
});

describe('bench: budget check (npm run bench:budget)', () => {
  it('exits 1 and names the figure when painkit is over a budget', () => {
    const run = budgetRun({ 1: { jsBytes: 1, requests: 1000 } });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /over budget: painkit, 1 element\(s\): JS bytes \(gzip\) \d+ > budget 1\n/);
    assert.doesNotMatch(run.stderr, /requests/);
  });

  it('exits 0 when every figure is within its budget', () => {
    const run = budgetRun({ 1: { jsBytes: 1e6, dataBytes: 1e6, requests: 1000, depth: 100 } });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Within budget/);
  });

  it('refuses a budget that names an unknown figure, without starting a browser', () => {
    const run = budgetRun({ 1: { ttfb: 5 } });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /budget\.json: "1\.ttfb" is not one of jsBytes, dataBytes, requests, depth/);
  });

  it('refuses a budget file that is not JSON', () => {
    const run = budgetRun('{ "1": ');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /budget\.json: not a readable JSON budget file/);
  });
});
