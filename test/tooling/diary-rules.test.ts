/**
 * The `diary:` front-matter rules: the real diaries and the good fixture
 * pass; each broken fixture (the good procedure with one mistake in its
 * diary) yields exactly the expected `file:line: message`; the compiled
 * chunk carries the schedule in minutes.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { before, describe, it } from 'node:test';
import { compileTopic, parseTopic } from 'painkit/markdown';
import { nodeRenderer } from '../../tooling/content/node-renderer.js';
import { formatProblem, validateContent, type ContentProblem } from '../../tooling/content/validate.js';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const DIR = 'test/tooling/fixtures/diary';
const TODAY = '2026-12-01';

const EXPECTED: Record<string, string[]> = {
  'en/good-diary.md': [],
  'en/diary-not-a-record.md': ['9: "diary" needs "rate", "baseline" and "phases"'],
  'en/diary-unknown-field.md': ['12: unknown diary field "reminder"'],
  'en/diary-no-baseline.md': ['10: "diary.baseline" must be a whole sentence'],
  'en/diary-no-phases.md': ['10: "diary.phases" must list at least one phase'],
  'en/diary-bad-duration.md': ['14: diary phase 1: "every" must be a time written 15m, 8h or 14d'],
  'en/diary-phase-ends-early.md': ['20: diary phase 2 must end after the phase above it'],
  'en/diary-not-a-multiple.md': ['20: diary phase 2: "until" (8h) is not a whole number of "every" (3h)'],
  'en/diary-duplicate-phase-id.md': ['18: diary phase id "first-hour" is used twice'],
  'en/diary-fragment-in-do.md': ['17: diary phase 1: "do" must be a list of whole sentences'],
  'en/diary-too-many-ratings.md': ['13: the diary asks for 723 ratings; at most 60 can be kept'],
  'en/diary-translated.md': [],
  'es/diary-translated.md': [
    `11: diary differs from ${DIR}/en/diary-translated.md: expected first-hour(15m/1h), first-8-hours(1h/8h); found first-hour(15m/1h)`,
  ],
};

describe('diary rules', () => {
  let problems: ContentProblem[] = [];
  before(async () => {
    problems = await validateContent(DIR, TODAY);
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected.length ? 'reports the mistake at its line' : 'passes'}`, () => {
      const found = problems.filter((p) => p.file === `${DIR}/${name}`).map(formatProblem);
      assert.deepEqual(
        found,
        expected.map((line) => `${DIR}/${name}:${line}`),
      );
    });
  }

  it('reports nothing beyond the expected problems', () => {
    assert.equal(problems.length, Object.values(EXPECTED).flat().length);
  });

  it('finds no diary problem in the real content, where each topic that asks for a log has a diary in en and es', async () => {
    const real = await validateContent('content');
    assert.deepEqual(real.filter((p) => /diary/.test(p.message)).map(formatProblem), []);
    for (const slug of ['medial-branch-block', 'sympathetic-nerve-block', 'spinal-cord-stimulation']) {
      for (const locale of ['en', 'es']) {
        // Just before `codes:`, where the content model puts it.
        assert.match(
          await readFile(`content/${locale}/${slug}.md`, 'utf8'),
          /\ndiary:\n( {2}.*\n)+codes:\n/,
          `${locale}/${slug}`,
        );
      }
    }
  });

  it('compiles the schedule into the topic chunk, in minutes', async () => {
    const text = await readFile('content/en/medial-branch-block.md', 'utf8');
    const chunk = compileTopic(parseTopic(text), nodeRenderer(), { slug: 'medial-branch-block', locale: 'en' });
    assert.deepEqual(
      chunk.diary?.phases.map((p) => [p.id, p.everyMinutes, p.untilMinutes]),
      [
        ['first-hour', 15, 60],
        ['first-8-hours', 60, 480],
        ['two-weeks', 1440, 20160],
      ],
    );
    assert.match(chunk.diary!.baseline, /^Before the block/);
    assert.ok(chunk.diary!.phases[1].do.some((line) => /nap/.test(line)));
  });
});
