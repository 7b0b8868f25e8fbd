#!/usr/bin/env node
// Size benchmark: gzip -9 sizes of the CDN module, its lazy chunks and every
// compiled content chunk, and what a page with one element downloads. Fails
// when the entry or the default path (<pain-procedure>) is over 25.9 kB, another
// element's path is over 31.9 kB, or the Markdown parser or sanitizer is on any
// element's default path. Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 23.5 * 1000; // bytes, gzipped: the entry, and a page with <pain-procedure> (the default path)
const ELEMENT_BUDGET = 29.9 * 1000; // bytes, gzipped: a page with any other single element (library and plan also carry <pain-procedure>)
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
const report = JSON.parse(readFileSync('dist/cdn/bundle-report.json', 'utf8'));
const chunkGz = (file) => gz(join('dist/cdn', file));
/** A chunk and every chunk it imports statically: what the browser must load before it runs. */
const closure = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of report[file].imports) closure(dep, seen);
  return seen;
};
const entry = chunkGz('painkit.js');
// What a page with one element downloads: the entry, that element's chunk and its static imports.
const paths = report['painkit.js'].dynamicImports
  .filter((file) => file.startsWith('pain-'))
  .map((file) => {
    const files = closure(file, new Set(['painkit.js']));
    return {
      element: file.replace(/-[\w-]{8}\.js$/, ''),
      files,
      bytes: [...files].reduce((sum, f) => sum + chunkGz(f), 0),
    };
  });
console.log('\nwhat a page with one element loads (entry + element + its static imports, gzipped):');
for (const p of paths) {
  console.log(`  <${p.element}> ${p.bytes} bytes`);
  const budget = p.element === 'pain-procedure' ? BUDGET : ELEMENT_BUDGET;
  if (p.bytes > budget)
    failures.push(`a page with <${p.element}> loads ${p.bytes} bytes gzipped; the budget is ${budget}`);
  const heavy = [...p.files]
    .flatMap((f) => report[f].modules)
    .filter((id) => LAZY_ONLY.some((lib) => id.includes(lib)));
  if (heavy.length) failures.push(`<${p.element}> loads what must stay lazy: ${heavy.join(', ')}`);
}
if (entry > BUDGET) failures.push(`dist/cdn/painkit.js is ${entry} bytes gzipped; the budget is ${BUDGET}`);

const procedure = paths.find((p) => p.element === 'pain-procedure');
console.log(
  `\nCDN entry module: ${entry} bytes gzipped; default path (<pain-procedure>): ${procedure?.bytes} bytes (budget ${BUDGET})`,
);
console.log(
  `content: ${topics.length} topic chunks, largest ${largest.gz} bytes gzipped (${largest.path.slice('dist/data/'.length)})`,
);
for (const failure of failures) console.error(`size: ${failure}`);
process.exit(failures.length ? 1 : 0);
