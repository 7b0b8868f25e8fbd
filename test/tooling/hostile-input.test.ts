/**
 * Content that tries to hang or crash the tooling: lines that made the old
 * heading patterns backtrack for seconds or minutes. Every file is made here,
 * in a temporary folder, from the good procedure fixture.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { buildContent } from '../../tooling/content/build-content.js';
import { formatProblem, validateContent, type ContentProblem } from '../../tooling/content/validate.js';

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

/** An alias bomb: nine levels of nine aliases each, about 387 million strings if expanded. */
const aliasBomb = (key: string) =>
  [`${key}a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]`]
    .concat(
      'bcdefghi'.split('').map((name, i) => {
        const previous = 'abcdefgh'[i];
        return `${key}${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`;
      }),
    )
    .join('\n');

describe('per-file limits: each file gets a file:line answer, every other file is still checked', () => {
  let dir = '';
  before(async () => {
    dir = join(work, 'limits');
    await mkdir(join(dir, 'en'), { recursive: true });
    const write = (name: string, text: string) => writeFile(join(dir, 'en', name), text);
    await write('medial-branch-block.md', good); // the valid topic the others copy
    await write('bad-kind.md', good.replace('kind: procedure', 'kind: injection').replace(/cpt: \[.*\]/, 'cpt: []'));
    await write('too-big.md', `${good}\n${'word '.repeat(60_000)}\n`);
    await write('ten-megabytes.md', `${good}\n${'word '.repeat(2_000_000)}\n`); // one 10 MB line
    await write('alias-bomb.md', good.replace('---\n', `---\n${aliasBomb('x')}\n`));
    await write('nested-quotes.md', good.replace('## What it is {#what-it-is}\n', `$&\n${'> '.repeat(5_000)}deep\n`));
    await write(
      'nested-emphasis.md',
      good.replace('## What it is {#what-it-is}\n', `$&\n${'*a '.repeat(10_000)}b${' a*'.repeat(10_000)}\n`),
    );
    await writeFile(join(dir, 'en', 'glossary.yaml'), `${aliasBomb('')}\nterms: []\n`);
    await writeFile(join(dir, 'locales.yaml'), `- code: en\n${aliasBomb('  x')}\n`);
  });

  /** The size the limit message gives for the good file plus `n` words on a line of their own. */
  const kb = (words: number) => Math.ceil((good.length + 2 + 5 * words) / 1024);
  const expected = () => [
    `${dir}/en/alias-bomb.md:2: front matter could not be read: Excessive alias count indicates a resource exhaustion attack`,
    `${dir}/en/bad-kind.md:6: "kind" must be "procedure", "therapy", "condition"`,
    `${dir}/en/glossary.yaml:1: glossary could not be read: Excessive alias count indicates a resource exhaustion attack`,
    `${dir}/en/nested-emphasis.md:38: emphasis (* _ ~) is nested more than 16 levels deep`,
    `${dir}/en/nested-quotes.md:38: blockquotes or lists are nested more than 16 levels deep`,
    `${dir}/en/ten-megabytes.md:1: the file is ${kb(2_000_000)} KB; a content file may be at most 256 KB`,
    `${dir}/en/too-big.md:1: the file is ${kb(60_000)} KB; a content file may be at most 256 KB`,
    `${dir}/locales.yaml:1: locales.yaml could not be read: Excessive alias count indicates a resource exhaustion attack`,
  ];
  const relativeToCwd = (p: ContentProblem) => formatProblem({ ...p, file: join(process.cwd(), p.file) });

  it('validate names the limit each file goes over, and still reports the other problems', async () => {
    const { value, ms } = await timed(() => validateContent(dir));
    assert.deepEqual(value.map(relativeToCwd).sort(), expected().sort());
    assert.ok(ms < 5000, `validate took ${ms.toFixed(0)} ms`);
  });

  it('build-content reports the same problems and writes nothing', async () => {
    const out = join(work, 'out-limits');
    const { problems, chunks } = await buildContent(dir, out);
    assert.equal(chunks, 0);
    assert.deepEqual(problems.map(relativeToCwd).sort(), expected().sort());
    await assert.rejects(readFile(join(out, 'manifest.json')));
  });

  it('the CLI prints them as file:line: message and exits 1 (no crash)', () => {
    for (const command of ['validate', 'build-content']) {
      const out = command === 'build-content' ? ['--out', join(work, 'cli')] : [];
      const result = spawnSync(process.execPath, ['tooling/dist/cli.js', command, dir, ...out], { encoding: 'utf8' });
      assert.equal(result.status, 1, result.stderr);
      const printed = result.stderr
        .trimEnd()
        .split('\n')
        .filter((line) => !line.startsWith('Not built'));
      assert.equal(printed.length, expected().length, result.stderr);
      for (const line of printed) assert.match(line, /^\S+:\d+: \S/);
    }
  });
});
