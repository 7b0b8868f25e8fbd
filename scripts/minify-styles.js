#!/usr/bin/env node
// Minifies the CSS in the `css` templates of tsc's output (dist/**/*.js), in
// place, with Lit's own minifier (lightningcss inside): every build that
// reads dist/ — the CDN bundle, painkit/ssr's inline styles, the npm
// package — ships the smaller styles. HTML templates are left as written.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  defaultShouldMinifyCSS,
  minifyHTMLLiterals,
} from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';

const DIST = 'dist';
/** Folders of dist/ that are not tsc's output of src/. */
const SKIP = new Set(['cdn', 'data', 'infobutton-page']);

/**
 * A style sheet's template; not a list of declarations alone (tokens.ts's
 * dark colors, put inside rules of another template), which is no style sheet
 * for lightningcss to parse.
 */
const isStyleSheet = (template) =>
  defaultShouldMinifyCSS(template) && template.parts.some((part) => part.text.includes('{'));

const files = (await readdir(DIST, { recursive: true })).filter(
  (file) => file.endsWith('.js') && !SKIP.has(file.split('/')[0]),
);
let before = 0;
let after = 0;
for (const file of files) {
  const path = join(DIST, file);
  const source = await readFile(path, 'utf8');
  if (!/\bcss\s*`/.test(source)) continue;
  const result = await minifyHTMLLiterals(source, {
    fileName: path,
    shouldMinify: () => false,
    shouldMinifyCSS: isStyleSheet,
    generateSourceMap: false,
  }).catch((error) => {
    throw new Error(`${path}: its styles could not be minified: ${error.message}`, { cause: error });
  });
  if (!result) continue;
  before += source.length;
  after += result.code.length;
  await writeFile(path, result.code);
}
console.log(`styles minified: ${files.length} files read, ${before - after} characters fewer`);
