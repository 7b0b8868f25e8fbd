/**
 * Shared red-flag sets (`content/<locale>/red-flags.yaml`): the validator's
 * rules, and the compiler putting every set's items into the topics that
 * list it — checked over every procedure near the spine, English and Spanish.
 */
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { parseTopic, type TopicChunk } from 'painkit/markdown';
import { parse } from 'yaml';
import { buildContent } from '../../tooling/content/build-content.js';
import { readContent } from '../../tooling/content/read-content.js';
import { formatProblem, validateContent } from '../../tooling/content/validate.js';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const FIXTURES = 'test/tooling/fixtures/red-flags';
const SPINE_FIELD =
  'a procedure needs "near-spine: true" or "near-spine: false": does the needle, lead or device go near the spine?';

/** Every file of the fixture folder with exactly the problems it must report (file: [line, message]). */
const CASES: Record<string, Array<[number, string]>> = {
  'en/near-spine-ok.md': [],
  'es/near-spine-ok.md': [],
  'en/sets-differ.md': [],
  'en/near-spine-differs.md': [],
  'en/no-near-spine.md': [[6, SPINE_FIELD]],
  'en/near-spine-not-boolean.md': [[7, SPINE_FIELD]],
  'en/spine-set-missing.md': [
    [7, 'a procedure near the spine must list the "spine" red-flag set: red-flags: [spine, infection]'],
  ],
  'en/unknown-set.md': [[8, `unknown red-flag set "bleeding"; ${FIXTURES}/en/red-flags.yaml has: spine, infection`]],
  'en/duplicate-set-item.md': [
    [
      69,
      'red flag "You lose control of your bladder or bowels." is already in the "spine" set: remove it from the topic',
    ],
  ],
  'es/sets-differ.md': [
    [9, `red-flag sets differ from ${FIXTURES}/en/sets-differ.md: expected [spine, infection]; found [spine]`],
  ],
  'es/near-spine-differs.md': [[8, `"near-spine" differs from ${FIXTURES}/en/near-spine-differs.md: expected true`]],
};

/** Text of rendered HTML, for comparing a compiled item with the set's Markdown. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

interface SetsFile {
  sets: Array<{ id: string; emergency?: string[]; 'call-care-team'?: string[] }>;
}
const readSets = async (dir: string, locale: string) =>
  (parse(await readFile(join(dir, locale, 'red-flags.yaml'), 'utf8')) as SetsFile).sets;

const group = (chunk: TopicChunk, id: string) =>
  (chunk.sections.find((s) => s.id === 'when-to-call')?.groups ?? []).find((g) => g.id === id)?.items.map(textOf) ?? [];

describe('red-flag sets: the validator', () => {
  it('reports every broken fixture with file:line, and nothing for the valid ones', async () => {
    const problems = (await validateContent(FIXTURES)).map(formatProblem);
    const expected = Object.entries(CASES).flatMap(([name, found]) =>
      found.map(([line, message]) => `${FIXTURES}/${name}:${line}: ${message}`),
    );
    assert.deepEqual([...problems].sort(), [...expected].sort());
  });

  describe('the sets files themselves', () => {
    let dir = '';
    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'painkit-red-flags-'));
      for (const locale of ['en', 'es']) {
        await mkdir(join(dir, locale));
        await copyFile(join(FIXTURES, locale, 'near-spine-ok.md'), join(dir, locale, 'near-spine-ok.md'));
      }
    });
    after(() => rm(dir, { recursive: true, force: true }));

    it('a translation must define the same sets, with as many items in each list', async () => {
      await copyFile(join(FIXTURES, 'en/red-flags.yaml'), join(dir, 'en/red-flags.yaml'));
      const es = await readFile(join(FIXTURES, 'es/red-flags.yaml'), 'utf8');
      await writeFile(join(dir, 'es/red-flags.yaml'), es.replace(/\n {6}- Pierde el control[^\n]*/, ''));
      const problems = (await validateContent(dir)).map((p) =>
        formatProblem(p).replaceAll(relative(process.cwd(), dir), 'DIR'),
      );
      assert.deepEqual(problems, [
        'DIR/es/red-flags.yaml:1: red-flag sets differ from DIR/en/red-flags.yaml: expected spine(2 + 0), infection(0 + 1); found spine(1 + 0), infection(0 + 1)',
      ]);
    });

    it('points at the line of a set without an id, an unknown field and an empty set', async () => {
      await writeFile(
        join(dir, 'en/red-flags.yaml'),
        [
          'sets:',
          '  - id: spine',
          '    emergency: [You lose control of your bladder or bowels.]',
          '  - id: infection',
          '    call-care-team: [A needle spot leaks pus.]',
          '    call-now: [Typo.]',
          '  - emergency: [No id.]',
          '  - id: empty',
        ].join('\n'),
      );
      await rm(join(dir, 'es'), { recursive: true });
      const problems = (await validateContent(dir)).map((p) =>
        formatProblem(p).replaceAll(relative(process.cwd(), dir), 'DIR'),
      );
      assert.deepEqual(problems, [
        'DIR/en/red-flags.yaml:6: unknown set field "call-now"',
        'DIR/en/red-flags.yaml:7: set 3 needs an "id" in kebab-case',
        'DIR/en/red-flags.yaml:8: set "empty" has no items',
      ]);
    });
  });
});

describe('red-flag sets: a locale without red-flags.yaml', () => {
  it('reports a topic that lists sets there', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'painkit-no-sets-'));
    try {
      await mkdir(join(dir, 'en'));
      await copyFile(join(FIXTURES, 'en/near-spine-ok.md'), join(dir, 'en/near-spine-ok.md'));
      const problems = (await validateContent(dir)).map((p) =>
        formatProblem(p).replaceAll(relative(process.cwd(), dir), 'DIR'),
      );
      assert.deepEqual(problems, [
        'DIR/en/near-spine-ok.md:8: "red-flags" lists shared sets, but this locale has no red-flags.yaml',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('red-flag sets: the compiler', () => {
  let out = '';
  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'painkit-red-flags-out-'));
  });
  after(() => rm(out, { recursive: true, force: true }));

  it('puts the sets first, in the order the topic lists them, then the topic’s own items', async () => {
    const dir = join(out, 'content');
    for (const locale of ['en', 'es']) {
      await mkdir(join(dir, locale), { recursive: true });
      for (const name of ['near-spine-ok.md', 'red-flags.yaml'])
        await copyFile(join(FIXTURES, locale, name), join(dir, locale, name));
    }
    const result = await buildContent(dir, join(out, 'data'));
    assert.deepEqual(result.problems.map(formatProblem), []);
    const chunk = JSON.parse(await readFile(join(out, 'data/en/near-spine-ok.json'), 'utf8')) as TopicChunk;
    assert.deepEqual(group(chunk, 'emergency'), [
      'You have new, severe pain in your back or neck, or pain there that keeps getting worse, with or without a fever.',
      'You lose control of your bladder or bowels.',
      'You cannot move your legs.',
      'You have trouble breathing.',
    ]);
    assert.deepEqual(group(chunk, 'call-care-team'), [
      'A needle spot is red, warm or swollen, or it leaks pus.',
      'You have a fever over 100.4 °F (38 °C).',
    ]);
    const es = JSON.parse(await readFile(join(out, 'data/es/near-spine-ok.json'), 'utf8')) as TopicChunk;
    assert.equal(group(es, 'emergency')[1], 'Pierde el control de la orina o de las heces.');
  });

  describe('every procedure near the spine in the real content, English and Spanish', () => {
    const data = () => join(out, 'real');
    let spinal: string[] = [];
    before(async () => {
      const result = await buildContent('content', data());
      assert.deepEqual(result.problems.map(formatProblem), []);
      spinal = (await readContent('content'))
        .filter((f) => f.locale === 'en' && parseTopic(f.text).data?.['near-spine'] === true)
        .map((f) => f.slug);
    });

    it('marks the procedures the review named as near the spine (and more)', () => {
      for (const slug of [
        'epidural-steroid-injection',
        'facet-joint-injection',
        'medial-branch-block',
        'radiofrequency-ablation',
        'sacroiliac-joint-injection',
        'spinal-cord-stimulation',
        'intrathecal-pump',
        'vertebral-augmentation',
      ])
        assert.ok(spinal.includes(slug), `${slug} is not marked near-spine: true`);
    });

    for (const locale of ['en', 'es']) {
      it(`${locale}: each one's emergency list starts with every item of the spine set`, async () => {
        const spine = (await readSets('content', locale)).find((s) => s.id === 'spine')!.emergency!;
        assert.equal(spine.length, 4);
        for (const slug of spinal) {
          const chunk = JSON.parse(await readFile(join(data(), locale, `${slug}.json`), 'utf8')) as TopicChunk;
          assert.deepEqual(group(chunk, 'emergency').slice(0, spine.length), spine, `${locale}/${slug}`);
        }
      });
    }

    it('says "Pierde el control de la orina o de las heces" in Spanish, never "vejiga o intestino"', async () => {
      for (const slug of spinal) {
        const chunk = JSON.parse(await readFile(join(data(), 'es', `${slug}.json`), 'utf8')) as TopicChunk;
        const items = group(chunk, 'emergency').join(' ');
        assert.match(items, /Pierde el control de la orina o de las heces/, slug);
        assert.doesNotMatch(items, /vejiga o (del )?intestino/, slug);
      }
    });
  });
});
