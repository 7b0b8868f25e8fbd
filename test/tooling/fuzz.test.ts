/**
 * A seeded, bounded fuzz run of hostile content through the validator and
 * the compiler (`build-content`): generated Markdown and front matter that
 * try to run script, pollute prototypes, or make the tooling hang or crash.
 * Every input must give problems with file:line or a safe compiled chunk,
 * never an exception or a hang. Replay one run with FUZZ_SEED=<seed>;
 * FUZZ_RUNS sets how many files (default 120).
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import type { TopicChunk } from 'painkit/markdown';
import { buildContent } from '../../tooling/content/build-content.js';
import { hostileTopic } from '../fuzz/hostile-markdown.js';
import { dangerIn } from '../xss-checks.js';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
/** Far above what a real topic takes (tens of milliseconds, more on a loaded machine), far below a hang (the old patterns took 8 to 366 s). */
const PER_FILE_MS = 5000;

let work = '';
let good = '';
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'painkit-fuzz-'));
  good = await readFile('test/tooling/fixtures/good/en/medial-branch-block.md', 'utf8');
  // Warm up: the time bound measures the input, not loading the tooling and its DOM.
  await buildContent('test/tooling/fixtures/good', join(work, 'warm-up'));
});
after(() => rm(work, { recursive: true, force: true }));

/** The compiled HTML of every chunk in a built folder, each as a DOM fragment. */
async function compiledFragments(out: string): Promise<DocumentFragment[]> {
  const { document } = new JSDOM('').window;
  const fragments: DocumentFragment[] = [];
  for (const name of await readdir(join(out, 'en')).catch(() => [])) {
    if (!name.endsWith('.json') || name === 'index.json' || name === 'glossary.json') continue;
    const chunk = JSON.parse(await readFile(join(out, 'en', name), 'utf8')) as TopicChunk;
    for (const html of chunk.sections.flatMap((s) => [s.html, ...(s.groups ?? []).flatMap((g) => g.items)])) {
      const template = document.createElement('template');
      template.innerHTML = html;
      fragments.push(template.content);
    }
  }
  return fragments;
}

describe(`fuzz: ${RUNS} hostile topic files (seed ${SEED})`, () => {
  it('each gives file:line problems or a safe chunk: no exception, no hang, no prototype pollution', async () => {
    let built = 0;
    for (let run = 0; run < RUNS; run++) {
      const seed = SEED + run;
      const dir = join(work, `in-${seed}`);
      const out = join(work, `out-${seed}`);
      await mkdir(join(dir, 'en'), { recursive: true });
      await writeFile(join(dir, 'en', 'medial-branch-block.md'), hostileTopic(good, seed));
      const started = performance.now();
      const result = await buildContent(dir, out).catch((error: unknown) =>
        assert.fail(`seed ${seed}: build-content threw ${String(error)}`),
      );
      const ms = performance.now() - started;
      assert.ok(ms < PER_FILE_MS, `seed ${seed}: took ${ms.toFixed(0)} ms`);
      for (const p of result.problems) {
        assert.ok(p.file.endsWith('.md') || p.file.endsWith('.yaml') || p.file === dir, `seed ${seed}: ${p.file}`);
        assert.ok(Number.isInteger(p.line) && p.line >= 1, `seed ${seed}: ${p.file}:${p.line}: ${p.message}`);
        assert.ok(p.message.length > 0);
      }
      if (!result.problems.length) {
        built++;
        assert.deepEqual(dangerIn(await compiledFragments(out)), [], `seed ${seed}: dangerous output`);
      }
      assert.equal(({} as Record<string, unknown>).polluted, undefined, `seed ${seed}: Object.prototype polluted`);
    }
    // Some inputs are valid content with hostile text in it: the compiler saw them too.
    console.log(`${built} of ${RUNS} generated files were valid content and were compiled`);
    assert.ok(built > 0, 'no generated file passed validation, so the compiler was not exercised');
  });
});
