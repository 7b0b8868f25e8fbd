#!/usr/bin/env node
// Size benchmark: gzip -9 sizes of the CDN module, its lazy chunks and every
// compiled content chunk. Fails when the default CDN module is over budget
// or ships the Markdown parser or sanitizer. Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 25 * 1000; // bytes, gzipped, for dist/cdn/painkit.js
const LAZY_ONLY = ['node_modules/marked/', 'node_modules/dompurify/', 'node_modules/yaml/'];

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1).padStart(6)} kB`;
const row = (name, path) => console.log(`${kb(readFileSync(path).length)} ${kb(gz(path))} gz  ${name}`);

console.log('    raw        gzip    file');
for (const file of readdirSync('dist/cdn')
  .filter((f) => f.endsWith('.js'))
  .sort())
  row(`cdn/${file}`, join('dist/cdn', file));
const dataFiles = readdirSync('dist/data', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
  .sort();
const data = dataFiles.map((path) => ({ path, gz: gz(path) }));
for (const { path } of data) row(path.slice('dist/'.length), path);
// Topic chunks: dist/data/<locale>/<slug>.json (not the index or glossary, not plans).
const topics = data.filter(
  ({ path }) => /^dist\/data\/[^/]+\/[^/]+\.json$/.test(path) && !/\/(index|glossary)\.json$/.test(path),
);
const largest = topics.reduce((a, b) => (b.gz > a.gz ? b : a));

const failures = [];
const entry = gz('dist/cdn/painkit.js');
if (entry > BUDGET) failures.push(`dist/cdn/painkit.js is ${entry} bytes gzipped; the budget is ${BUDGET}`);
const report = JSON.parse(readFileSync('dist/cdn/bundle-report.json', 'utf8'));
const shipped = report['painkit.js'].modules.filter((id) => LAZY_ONLY.some((lib) => id.includes(lib)));
if (shipped.length) failures.push(`the default module bundles what must stay lazy: ${shipped.join(', ')}`);

console.log(`\ndefault CDN module: ${entry} bytes gzipped (budget ${BUDGET})`);
console.log(
  `content: ${topics.length} topic chunks, largest ${largest.gz} bytes gzipped (${largest.path.slice('dist/data/'.length)})`,
);
for (const failure of failures) console.error(`size: ${failure}`);
process.exit(failures.length ? 1 : 0);
