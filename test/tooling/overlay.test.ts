/**
 * Clinic content overlays (`--overlay DIR`): test/fixtures/overlay layered
 * over the shipped content is validated together, builds into a manifest
 * that lists the clinic's condition, topic and code, replaces the shipped
 * topic it names, and is reported apart; bad overlay files get file:line
 * answers; a missing or wrong folder gets a usage error.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { ContentManifest, LocaleIndex, TopicChunk } from '../../src/content/types.js';
import { buildContent, type BuildResult } from '../../tooling/content/build-content.js';
import { reportContent } from '../../tooling/content/report.js';
import { formatProblem, validateContent } from '../../tooling/content/validate.js';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const OVERLAY = 'test/fixtures/overlay';
const CLI = 'tooling/dist/cli.js';
const LAYERED = { dir: 'content', overlay: OVERLAY };
const SET_ASIDE =
  'replaces the base en text, so content/es/sleep.md (a translation of the text replaced) is not used: ' +
  '"es" readers get this en text, marked untranslated, until the overlay has its own es file';

const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('build-content --overlay', () => {
  let out = '';
  let result: BuildResult;
  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'painkit-overlay-'));
    result = await buildContent(LAYERED, out);
  });
  after(() => rm(out, { recursive: true, force: true }));

  it('validates the shipped content and the clinic files together, with one note for the translation set aside', () => {
    assert.deepEqual(result.problems.map(formatProblem), []);
    assert.deepEqual(result.notices, [{ file: `${OVERLAY}/en/sleep.md`, line: 1, message: SET_ASIDE }]);
  });

  it('lists the clinic condition (and the shipped ones) in the manifest, from the condition pages', async () => {
    const manifest = await readJson<ContentManifest>(join(out, 'manifest.json'));
    const conditions = manifest.conditions ?? [];
    assert.deepEqual(
      conditions.find((c) => c.slug === 'occipital-neuralgia'),
      { slug: 'occipital-neuralgia', origin: 'clinic' },
    );
    assert.deepEqual(
      conditions.find((c) => c.slug === 'sciatica'),
      { slug: 'sciatica' },
    );
    // Every shipped condition page, plus the clinic's.
    assert.equal(conditions.length, 15);
  });

  it('marks the clinic topics in the manifest and leads the clinic CPT code to the clinic topic', async () => {
    const manifest = await readJson<ContentManifest>(join(out, 'manifest.json'));
    const [en, es] = manifest.locales;
    assert.deepEqual(en?.clinic, ['occipital-nerve-block', 'occipital-neuralgia', 'sleep']);
    assert.ok(en?.topics.includes('occipital-nerve-block'));
    assert.equal(es?.clinic, undefined);
    assert.ok(!es?.topics.includes('sleep'), 'the shipped Spanish sleep topic translates the text replaced');
    assert.deepEqual(manifest.codes['64405'], ['occipital-nerve-block']);
    assert.deepEqual(en?.plans.includes('occipital-neuralgia'), true);
  });

  it('replaces the shipped topic with the clinic text, marked as the clinic’s, with no review it did not get', async () => {
    const sleep = await readJson<TopicChunk>(join(out, 'en/sleep.json'));
    assert.equal(sleep.origin, 'clinic');
    assert.match(sleep.sections[0]!.html, /Riverside Pain Clinic runs a sleep class every Tuesday evening/);
    assert.equal(sleep.clinicalReview, undefined);
    const index = await readJson<LocaleIndex>(join(out, 'en/index.json'));
    assert.equal(index.topics.find((t) => t.slug === 'sleep')?.origin, 'clinic');
    assert.equal(index.topics.find((t) => t.slug === 'exercise')?.origin, undefined);
  });
});

describe('report --overlay', () => {
  it('lists the clinic files apart: added, replaced, English only, translations set aside', async () => {
    const report = await reportContent(LAYERED);
    assert.deepEqual(report.overlay, {
      dir: OVERLAY,
      added: ['en/occipital-nerve-block', 'en/occipital-neuralgia', 'en/plans/occipital-neuralgia'],
      replaced: ['en/sleep'],
      withheld: ['es/sleep'],
      englishOnly: ['occipital-nerve-block', 'occipital-neuralgia', 'sleep', 'plans/occipital-neuralgia'],
    });
    assert.deepEqual(
      report.topics.filter((t) => t.origin === 'clinic').map((t) => t.file),
      [
        `${OVERLAY}/en/occipital-nerve-block.md`,
        `${OVERLAY}/en/occipital-neuralgia.md`,
        `${OVERLAY}/en/sleep.md`,
        `${OVERLAY}/en/plans/occipital-neuralgia.md`,
      ],
    );
  });

  it('prints them after the table', () => {
    const result = run('report', 'content', '--overlay', OVERLAY);
    assert.equal(result.status, 0, result.stderr);
    assert.match(
      result.stdout,
      /Clinic overlay test\/fixtures\/overlay: added en\/occipital-nerve-block, en\/occipital-neuralgia, en\/plans\/occipital-neuralgia; replaced en\/sleep/,
    );
    assert.match(result.stdout, /^occipital-nerve-block\s+en\s+procedure.*CLINIC$/m);
  });
});

describe('bad overlay files', () => {
  let dir = '';
  /** The folder as problems name it: relative to the working directory. */
  let shown = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'painkit-bad-overlay-'));
    shown = relative(process.cwd(), dir);
    await cp(OVERLAY, dir, { recursive: true });
    const topic = join(dir, 'en/occipital-nerve-block.md');
    const text = await readFile(topic, 'utf8');
    await writeFile(topic, text.replace('conditions: [occipital-neuralgia]', 'conditions: [occipital-neuralgie]'));
    await writeFile(join(dir, 'en/glossary.yaml'), 'terms: []\n');
    // A Spanish translation that is only a title.
    await mkdir(join(dir, 'es'));
    await writeFile(join(dir, 'es/occipital-nerve-block.md'), '---\ntitle: Bloqueo\n---\n');
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('names the clinic file and line of each problem', async () => {
    const problems = (await validateContent({ dir: 'content', overlay: dir })).map(formatProblem);
    const mine = problems.filter((p) => p.startsWith(shown));
    assert.ok(
      mine.includes(`${shown}/en/occipital-nerve-block.md:14: unknown condition "occipital-neuralgie"`),
      mine.join('\n'),
    );
    assert.ok(
      mine.some((p) => p.startsWith(`${shown}/en/glossary.yaml:1: an overlay holds topics`)),
      mine.join('\n'),
    );
    assert.ok(
      mine.some((p) => p.startsWith(`${shown}/es/occipital-nerve-block.md:`)),
      mine.join('\n'),
    );
    assert.deepEqual(
      problems.filter((p) => !p.startsWith(shown)),
      [],
      'the shipped content has no problem of its own',
    );
  });

  it('the CLI prints them and builds nothing', () => {
    const result = run('build-content', 'content', '--overlay', dir, '--out', join(dir, 'out'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /occipital-nerve-block\.md:14: unknown condition "occipital-neuralgie"/);
    assert.match(result.stderr, /Not built: \d+ problem\(s\) found\./);
  });
});

describe('--overlay usage errors', () => {
  for (const [what, args, message] of [
    [
      'a missing base folder',
      ['validate', 'no-such-content', '--overlay', OVERLAY],
      'painkit validate: no content folder "no-such-content"',
    ],
    [
      'a missing overlay folder',
      ['validate', 'content', '--overlay', 'no-such-overlay'],
      '--overlay no-such-overlay: no such folder',
    ],
    [
      'an overlay that is a file',
      ['build-content', 'content', '--overlay', 'package.json'],
      '--overlay package.json: it is a file, not a folder',
    ],
    ['two overlays', ['validate', 'content', '--overlay', OVERLAY, '--overlay', OVERLAY], '--overlay is given twice'],
  ] as const)
    it(`${what}: exit 2 and one line`, () => {
      const result = run(...args);
      assert.equal(result.status, 2, result.stderr);
      assert.ok(result.stderr.includes(message), result.stderr);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    });

  it('validate says which folders it checked', () => {
    const result = run('validate', 'content', '--overlay', OVERLAY);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), `content with ${OVERLAY}: all topic files are valid.`);
    assert.equal(result.stderr.trim(), `${OVERLAY}/en/sleep.md:1: note: ${SET_ASIDE}`);
  });
});
