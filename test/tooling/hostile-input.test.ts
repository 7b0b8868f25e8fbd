/**
 * Content that tries to hang or crash the tooling: lines that made the old
 * heading patterns backtrack for seconds or minutes. Every file is made here,
 * in a temporary folder, from the good procedure fixture.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { buildContent } from '../../tooling/content/build-content.js';
import { formatProblem, validateContent } from '../../tooling/content/validate.js';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const GOOD_TOPIC = 'test/tooling/fixtures/good/en/medial-branch-block.md';
const FIRST_HEADING = '## What it is {#what-it-is}';
/** 240,000 spaces: with the rest of the file, a 249 KB topic, under the 256 KB limit. */
const SPACES = ' '.repeat(240_000);

/** Milliseconds an async call takes. */
async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

let work = '';
let good = '';
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'painkit-hostile-'));
  good = await readFile(GOOD_TOPIC, 'utf8');
  // Warm up: the timings below measure the input, not loading and compiling the tooling.
  await buildContent('test/tooling/fixtures/good', join(work, 'warm-up'));
});
after(() => rm(work, { recursive: true, force: true }));

/** A content folder with one English topic: the good procedure with its first heading replaced. */
async function topicWith(name: string, heading: string): Promise<string> {
  const dir = join(work, name);
  await mkdir(join(dir, 'en'), { recursive: true });
  await writeFile(join(dir, 'en', 'medial-branch-block.md'), good.replace(FIRST_HEADING, heading));
  return dir;
}

describe('a 249 KB heading line takes linear time', () => {
  it('validates and builds "## What it is<240,000 spaces>{#what-it-is}" in well under a second', async () => {
    const dir = await topicWith('spaces-before-id', `## What it is${SPACES}{#what-it-is}`);
    const validated = await timed(() => validateContent(dir));
    assert.deepEqual(validated.value.map(formatProblem), []);
    assert.ok(validated.ms < 1000, `validate took ${validated.ms.toFixed(0)} ms`);
    const built = await timed(() => buildContent(dir, join(work, 'out-spaces-before-id')));
    assert.equal(built.value.chunks, 1);
    const chunk = JSON.parse(
      await readFile(join(work, 'out-spaces-before-id', 'en', 'medial-branch-block.json'), 'utf8'),
    ) as { sections: Array<{ id: string; title: string }> };
    assert.deepEqual(chunk.sections[0], { ...chunk.sections[0], id: 'what-it-is', title: 'What it is' });
    assert.ok(built.ms < 3000, `build took ${built.ms.toFixed(0)} ms`);
  });

  it('reports "##<240,000 spaces>" as a heading without an id, in well under a second', async () => {
    const dir = await topicWith('bare-spaces', `##${SPACES}\n\n${FIRST_HEADING}`);
    const { value, ms } = await timed(() => validateContent(dir));
    assert.deepEqual(
      value.map((p) => `${p.line}: ${p.message}`),
      ['36: section "" has no id: end the heading with {#id}'],
    );
    assert.ok(ms < 1000, `validate took ${ms.toFixed(0)} ms`);
  });

  it('builds a "###<240,000 spaces>" subsection line (the old id stripping was cubic) in well under a second', async () => {
    const dir = await topicWith('subsection-spaces', `${FIRST_HEADING}\n\n###${SPACES}\n`);
    const validated = await timed(() => validateContent(dir));
    assert.deepEqual(validated.value.map(formatProblem), []);
    assert.ok(validated.ms < 1000, `validate took ${validated.ms.toFixed(0)} ms`);
    const built = await timed(() => buildContent(dir, join(work, 'out-subsection-spaces')));
    assert.equal(built.value.chunks, 1);
    assert.ok(built.ms < 3000, `build took ${built.ms.toFixed(0)} ms`);
  });

  it('reports "## a<240,000 spaces>{#" (an id that never closes) in well under a second', async () => {
    const dir = await topicWith('open-id', `## What it is${SPACES}{#`);
    const { value, ms } = await timed(() => validateContent(dir));
    assert.ok(value.some((p) => p.line === 36 && p.message.endsWith('has no id: end the heading with {#id}')));
    assert.ok(ms < 1000, `validate took ${ms.toFixed(0)} ms`);
  });
});
