/**
 * The content validator (`painkit validate`): the real content and the good
 * fixtures pass; every broken fixture yields exactly the expected
 * `file:line: message` problems; the CLI prints them and exits 1.
 *
 * Run from anywhere: the file moves to the repository root, because problem
 * paths are relative to the working directory.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { fingerprint } from '../../tooling/content/fingerprint.js';
import { formatProblem, validateContent, type ContentProblem } from '../../tooling/content/validate.js';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const GOOD = 'test/tooling/fixtures/good';
const BROKEN = 'test/tooling/fixtures/broken';
const CLI = 'tooling/dist/cli.js';

const PROCEDURE_ORDER =
  'what-it-is, what-it-treats, preparing, during, recovery, risks, when-to-call, your-plan, questions';

/**
 * Each broken fixture (`<locale>/<name>.md`), what is wrong with it, and
 * every problem the validator must report for it: `[line, message]`. Each
 * fixture is the good procedure (or therapy) with exactly one mistake; where
 * one mistake truthfully causes two messages, both are listed.
 */
const BROKEN_CASES: Record<string, { what: string; problems: Array<[number, string]> }> = {
  // --- front matter: the YAML itself -----------------------------------------
  'en/bad-yaml-indent.md': {
    what: 'a source field indented 3 spaces instead of 4',
    problems: [[18, 'front matter: Sequence item without - indicator']],
  },
  'en/bad-yaml-quote.md': {
    what: 'a therapy whose title opens a quote that never closes',
    // Reported where the quote opens, and no section problems: without a
    // readable kind, the therapy's sections are not checked as a procedure's.
    problems: [[2, 'front matter: Missing closing "quote']],
  },
  'en/duplicate-key.md': {
    what: '"updated" written twice',
    problems: [[13, 'front matter: Map keys must be unique']],
  },
  'en/no-front-matter.md': {
    what: 'the file starts with the first section',
    problems: [[1, 'the file must start with front matter between two "---" lines']],
  },
  'en/unclosed-front-matter.md': {
    what: 'no "---" after the front matter',
    problems: [[1, 'front matter is not closed: add a "---" line after it']],
  },
  'en/empty-front-matter.md': {
    what: '"---" directly followed by "---"',
    problems: [[2, 'front matter must be a set of "key: value" lines']],
  },
  // --- front matter: the schema ----------------------------------------------
  'en/missing-title.md': {
    what: 'no title line',
    problems: [[1, '"title" is required and must be text']],
  },
  'en/unknown-field.md': {
    what: 'the typo "titel" for "title"',
    problems: [
      [1, '"title" is required and must be text'],
      [2, 'unknown field "titel"'],
    ],
  },
  'en/bad-kind.md': {
    what: 'kind: injection',
    problems: [[6, '"kind" must be "procedure", "therapy", "condition"']],
  },
  'en/unknown-condition.md': {
    what: 'a condition slug that does not exist',
    problems: [[7, 'unknown condition "low-back-pain"']],
  },
  'en/cpt-not-5-digits.md': {
    what: 'CPT code "6449"',
    problems: [[10, '"6449" is not a 5-digit CPT code (write it in quotes)']],
  },
  'en/duplicate-code.md': {
    what: 'SNOMED CT code already given to another topic (a shared CPT code is allowed)',
    problems: [[11, 'SNOMED CT code 448720009 is also given to cpt-not-5-digits: it must lead to one topic']],
  },
  'en/updated-future.md': {
    what: 'updated: 2999-03-14',
    problems: [[12, '"updated" (2999-03-14) is in the future']],
  },
  'en/updated-not-date.md': {
    what: 'updated: March 2025',
    problems: [[12, '"updated" must be a date written YYYY-MM-DD']],
  },
  'en/updated-impossible-date.md': {
    what: 'updated: 2025-02-30',
    problems: [[12, '"2025-02-30" is not a real date']],
  },
  // --- clinical-review: absent until a named clinician reviews this version --
  'en/clinical-review-empty.md': {
    what: 'clinical-review: with nothing in it',
    problems: [
      [13, '"clinical-review" must have "by", "credentials" and "date" (leave it out until a clinician reviews)'],
    ],
  },
  'en/clinical-review-no-name.md': {
    what: 'a clinical review whose "by" is empty',
    problems: [[14, '"clinical-review.by" must name the clinician who reviewed this version']],
  },
  'en/clinical-review-no-credentials.md': {
    what: 'a clinical review without credentials',
    // A missing field is reported where the record starts (its first line).
    problems: [[14, '"clinical-review.credentials" must give the reviewer\'s credentials (e.g. MD)']],
  },
  'en/clinical-review-before-update.md': {
    what: 'a clinical review dated 2025-03-01, before updated: 2025-03-14',
    problems: [
      [16, '"clinical-review.date" (2025-03-01) is before "updated" (2025-03-14): the review covers an older version'],
    ],
  },
  'en/clinical-review-future.md': {
    what: 'a clinical review dated 2999-01-01',
    problems: [[16, '"clinical-review.date" (2999-01-01) is in the future']],
  },
  'en/one-source.md': {
    what: 'a single source',
    problems: [[14, '"sources" must list at least 2 authoritative sources']],
  },
  'en/http-source.md': {
    what: 'a source URL with http:',
    problems: [
      [
        19,
        '"http://www.hopkinsmedicine.org/health/treatment-tests-and-therapies/medial-branch-blocks" is not a well-formed https URL',
      ],
    ],
  },
  'en/document-copy-source.md': {
    what: 'a source on scribd.com, a site that reposts copies of documents',
    problems: [
      [
        16,
        '"https://www.scribd.com/document/facet-joint-injections" is on scribd.com, a site that reposts copies of documents: cite the publisher\'s own page',
      ],
    ],
  },
  'en/tracking-source.md': {
    what: 'a source URL with utm_source, clset and source tracking parameters',
    problems: [
      [
        19,
        '"https://www.hopkinsmedicine.org/health/treatment-tests-and-therapies/medial-branch-blocks?utm_source=newsletter&clset=92f57278&source=email" has tracking parameters "utm_source", "clset", "source": remove them',
      ],
    ],
  },
  'en/milestone-to-before-from.md': {
    what: 'a milestone with from-day 1 and to-day 0',
    problems: [[31, 'milestone 2: "to-day" must be a whole number not before "from-day"']],
  },
  'en/comma-in-list.md': {
    what: 'a sentence with a comma in a [...] list, unquoted, so YAML splits it in two',
    problems: [
      [
        33,
        'milestone 2: "call" item "The needle spot is red" is not a whole sentence (in [...] lists, put a sentence with a comma in quotes)',
      ],
    ],
  },
  'en/translation-in-english.md': {
    what: 'a translation block in the English source',
    problems: [[35, '"translation" belongs only in translations, not in the English source']],
  },
  'en/Bad_Name.md': {
    what: 'a valid topic in a file whose name is not a slug',
    problems: [[1, 'file name "Bad_Name" must be a kebab-case topic slug']],
  },
  // --- body: sections -----------------------------------------------------------
  'en/heading-without-id.md': {
    what: '"## How to prepare" without {#preparing}',
    problems: [
      [48, 'section "How to prepare" has no id: end the heading with {#id}'],
      [80, 'missing section: {#preparing}'],
    ],
  },
  'en/section-id-not-kebab.md': {
    what: '{#During} instead of {#during}',
    problems: [
      [
        53,
        'section "What happens during the procedure {#During}" has an invalid id: use lowercase words joined by hyphens, e.g. {#what-it-is}',
      ],
      [80, 'missing section: {#during}'],
    ],
  },
  'en/unknown-section.md': {
    what: 'an extra {#aftercare} section',
    problems: [[61, `unknown section "aftercare" for a procedure; expected one of: ${PROCEDURE_ORDER}`]],
  },
  'en/missing-sections.md': {
    what: 'no {#risks} and no {#your-plan}',
    problems: [[72, 'missing sections: {#risks}, {#your-plan}']],
  },
  'en/out-of-order.md': {
    what: '{#risks} before {#recovery}',
    problems: [[61, `section "recovery" is out of order; the order is: ${PROCEDURE_ORDER}`]],
  },
  'en/duplicate-section.md': {
    what: 'a second {#questions} section',
    problems: [[84, 'section "questions" appears twice (first on line 80)']],
  },
  'en/empty-section.md': {
    what: '{#risks} with nothing under its heading',
    problems: [[61, 'section "risks" is empty']],
  },
  'en/level-1-heading.md': {
    what: '"# Medial branch block" above the first section',
    problems: [[36, 'do not use a level-1 heading ("# "): the title comes from the front matter']],
  },
  'en/text-before-sections.md': {
    what: 'a paragraph before the first section',
    problems: [[36, 'text before the first section: start the body with a "## Heading {#id}" line']],
  },
  'en/unclosed-code-fence.md': {
    what: 'a ``` fence in the last section that is never closed',
    problems: [[84, 'a code fence (```) is never closed']],
  },
  // --- body: red flags ------------------------------------------------------------
  'en/red-flags-no-subsections.md': {
    what: 'the red flags as one list, without the two ### subsections',
    problems: [[65, '"when-to-call" must have exactly two "###" subsections: {#emergency} then {#call-care-team}']],
  },
  'en/red-flag-list-no-items.md': {
    what: 'the call-care-team red flag written as a paragraph',
    problems: [[72, 'red-flag list "call-care-team" has no bullet items']],
  },
  // --- body: Markdown -------------------------------------------------------------
  'en/raw-html.md': {
    what: 'a <script> block',
    problems: [[40, 'raw HTML is not allowed in content: <script>alert("hi")</script>']],
  },
  'en/javascript-link.md': {
    what: 'a javascript: link',
    problems: [[51, 'link "javascript:alert(1)" is not a well-formed https URL']],
  },
  'en/tracking-link.md': {
    what: 'a link with an fbclid click tracker',
    problems: [
      [
        51,
        'link "https://my.clevelandclinic.org/health/treatments/facet-joint-injections?fbclid=IwAR0x" has tracking parameter "fbclid": remove it',
      ],
    ],
  },
  'en/http-link.md': {
    what: 'an http: link',
    problems: [
      [
        51,
        'link "http://my.clevelandclinic.org/health/treatments/facet-joint-injections" is not a well-formed https URL',
      ],
    ],
  },
  'en/table-javascript-link.md': {
    what: 'a javascript: link inside a table cell',
    problems: [[57, 'link "javascript:alert(1)" is not a well-formed https URL']],
  },
  'en/image.md': {
    what: 'an image',
    problems: [[55, 'images are not allowed in content']],
  },
  // --- key points -------------------------------------------------------------------
  'en/no-key-points.md': {
    what: 'a procedure without "key-points"',
    problems: [[3, 'a procedure needs "key-points" after "summary": 3 to 5 short sentences']],
  },
  'en/key-points-too-few.md': {
    what: 'two key points',
    problems: [[5, '"key-points" has 2; give 3 to 5']],
  },
  'en/key-point-too-long.md': {
    what: 'a key point of 34 words',
    problems: [[5, 'key point 1 has 34 words; keep it to 30']],
  },
  // --- translations -----------------------------------------------------------------
  'es/missing-translation.md': {
    what: 'a translation without the translation block',
    problems: [[1, '"translation" is required in a translation: status and source-fingerprint']],
  },
  'es/bad-fingerprint.md': {
    what: 'source-fingerprint "8e2d6e93" (8 digits)',
    problems: [[37, '"translation.source-fingerprint" must be 16 hex digits from `painkit fingerprint`']],
  },
  'es/bad-translation-status.md': {
    what: 'status: final',
    problems: [[36, '"translation.status" must be "reviewed", "draft" or "machine"']],
  },
  'es/sections-differ.md': {
    what: 'a translation without the {#your-plan} section',
    problems: [
      [80, 'missing section: {#your-plan}'],
      [
        80,
        `sections differ from ${BROKEN}/en/sections-differ.md: expected ${PROCEDURE_ORDER}; found what-it-is, what-it-treats, preparing, during, recovery, risks, when-to-call, questions`,
      ],
    ],
  },
  'es/milestones-differ.md': {
    what: 'a translation whose second milestone starts on day 2, not day 1',
    problems: [
      [
        22,
        `recovery milestones differ from ${BROKEN}/en/milestones-differ.md: expected same-day(0-0), later(1-); found same-day(0-0), later(2-)`,
      ],
    ],
  },
  'es/red-flags-differ.md': {
    what: 'a translation with one emergency red flag instead of two',
    problems: [[69, `red flags differ from ${BROKEN}/en/red-flags-differ.md: expected 2 + 1 items, found 1 + 1`]],
  },
  'es/key-points-differ.md': {
    what: 'a translation with four key points where the English has three',
    problems: [[6, `key points differ from ${BROKEN}/en/key-points-differ.md: expected 3, found 4`]],
  },
  'es/no-english-source.md': {
    what: 'a translation with no en/no-english-source.md',
    problems: [[1, 'no English source: en/no-english-source.md does not exist']],
  },
};

/** Valid English files in the broken folder: the sources of the broken translations. */
const TRANSLATION_SOURCES = Object.keys(BROKEN_CASES)
  .filter((name) => name.startsWith('es/') && name !== 'es/no-english-source.md')
  .map((name) => name.replace(/^es\//, 'en/'));

/** Valid condition pages: the conditions the broken fixtures name (a condition is its page). */
const CONDITION_PAGES = ['en/chronic-low-back-pain.md', 'en/facet-arthritis.md'];

const expectedLines = (name: string) =>
  BROKEN_CASES[name].problems.map(([line, message]) => `${BROKEN}/${name}:${line}: ${message}`);

async function topicFiles(dir: string): Promise<string[]> {
  const names: string[] = [];
  for (const locale of (await readdir(dir)).sort()) {
    for (const file of (await readdir(join(dir, locale))).sort())
      if (file.endsWith('.md')) names.push(`${locale}/${file}`);
  }
  return names;
}

describe('validateContent', () => {
  it('finds no problems in the real content folder', async () => {
    const problems = await validateContent('content');
    assert.deepEqual(problems.map(formatProblem), []);
  });

  it('finds no problems in the good fixtures (procedure en + es, therapy en)', async () => {
    assert.deepEqual(await topicFiles(GOOD), [
      'en/medial-branch-block.md',
      'en/physical-therapy.md',
      'es/medial-branch-block.md',
    ]);
    const problems = await validateContent(GOOD);
    assert.deepEqual(problems.map(formatProblem), []);
  });

  it('the good translation records the fingerprint of its English source', async () => {
    const en = await readFile(join(GOOD, 'en/medial-branch-block.md'), 'utf8');
    const es = await readFile(join(GOOD, 'es/medial-branch-block.md'), 'utf8');
    assert.equal(/source-fingerprint: "([0-9a-f]{16})"/.exec(es)?.[1], fingerprint(en));
  });

  it('checks "updated" against the given day', async () => {
    const problems = await validateContent(GOOD, '2025-01-01');
    assert.deepEqual(problems.map(formatProblem), [
      `${GOOD}/en/medial-branch-block.md:12: "updated" (2025-03-14) is in the future`,
      `${GOOD}/en/plans/facet-arthritis.md:5: "updated" (2025-03-14) is in the future`,
      `${GOOD}/es/medial-branch-block.md:13: "updated" (2025-03-14) is in the future`,
      `${GOOD}/es/plans/facet-arthritis.md:5: "updated" (2025-03-14) is in the future`,
    ]);
  });

  it('checks the clinical review date against the given day too', async () => {
    const problems = await validateContent(GOOD, '2024-08-01');
    const therapy = problems.filter((p) => p.file.endsWith('/physical-therapy.md')).map(formatProblem);
    // physical-therapy was updated on 2024-06-01: only its review is after that day.
    assert.deepEqual(therapy, [
      `${GOOD}/en/physical-therapy.md:14: "clinical-review.date" (2024-09-10) is in the future`,
    ]);
  });

  it('names no clinical reviewer in the shipped content: none has been recorded', async () => {
    // Every topic, plan template and YAML file in a locale folder (not content/README.md, which shows the format).
    const files = (await readdir('content', { recursive: true })).filter((f) => /^[a-z-]+\/.+\.(md|ya?ml)$/.test(f));
    assert.ok(files.length > 80, `only ${files.length} content files found`);
    const reviewed: string[] = [];
    for (const file of files)
      if (/^clinical-review:/m.test(await readFile(join('content', file), 'utf8'))) reviewed.push(file);
    assert.deepEqual(reviewed, []);
  });

  it('reports a folder without topic files', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'painkit-empty-'));
    try {
      const problems = await validateContent(empty);
      assert.deepEqual(problems, [
        { file: empty, line: 1, message: 'no topic files found (expected <locale>/<slug>.md)' },
      ]);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  describe('broken fixtures', () => {
    let problems: ContentProblem[] = [];
    before(async () => {
      problems = await validateContent(BROKEN);
    });

    it('never throws on broken content', async () => {
      await assert.doesNotReject(validateContent(BROKEN));
    });

    it('has a fixture file for every case and a case for every fixture file', async () => {
      const expected = [...Object.keys(BROKEN_CASES), ...TRANSLATION_SOURCES, ...CONDITION_PAGES].sort();
      assert.deepEqual(await topicFiles(BROKEN), expected);
      assert.ok(Object.keys(BROKEN_CASES).length >= 12);
    });

    it('finds nothing wrong with the English sources of the broken translations and the condition pages', () => {
      const sources = new Set([...TRANSLATION_SOURCES, ...CONDITION_PAGES].map((name) => `${BROKEN}/${name}`));
      assert.deepEqual(problems.filter((p) => sources.has(p.file)).map(formatProblem), []);
    });

    it('sorts problems by file, then line', () => {
      const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
      assert.deepEqual(problems, sorted);
    });

    for (const [name, { what, problems: expected }] of Object.entries(BROKEN_CASES)) {
      it(`${name}: ${what}`, () => {
        assert.ok(expected.length > 0);
        const found = problems.filter((p) => p.file === `${BROKEN}/${name}`).map(formatProblem);
        assert.deepEqual(found, expectedLines(name));
      });
    }
  });

  describe('never throws, whatever is cut off', () => {
    let dir = '';
    let lines: string[] = [];
    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'painkit-cut-'));
      await mkdir(join(dir, 'en'));
      // Without its codes: many copies of one topic would all claim the same codes.
      const text = await readFile(join(GOOD, 'en/medial-branch-block.md'), 'utf8');
      lines = text.replace(/^ {2}cpt: \[.*\]$/m, '  cpt: []').split('\n');
      // Every prefix of a good file: 0 lines, 1 line, ... up to the whole file.
      for (let n = 0; n <= lines.length; n++) {
        await writeFile(join(dir, 'en', `cut-${String(n).padStart(3, '0')}.md`), lines.slice(0, n).join('\n'));
      }
    });
    after(() => rm(dir, { recursive: true, force: true }));

    it('reports a problem in every file cut before its last line of text', async () => {
      const problems = await validateContent(dir);
      const lastText = lines.length - [...lines].reverse().findIndex((line) => line.trim());
      for (let n = 0; n <= lines.length; n++) {
        const file = problems.filter((p) => p.file.endsWith(`cut-${String(n).padStart(3, '0')}.md`));
        if (n < lastText) assert.ok(file.length > 0, `no problem reported for the first ${n} lines`);
        else assert.deepEqual(file.map(formatProblem), [], `the whole file (${n} lines) is valid`);
        for (const p of file)
          assert.ok(Number.isInteger(p.line) && p.line >= 1 && p.line <= Math.max(n, 1), formatProblem(p));
      }
    });
  });
});

describe('painkit validate (CLI)', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

  it('exits 1 on the broken fixtures and prints every problem as file:line: message on stderr', async () => {
    const result = run('validate', BROKEN);
    assert.equal(result.status, 1, result.stderr);
    const printed = result.stderr.trimEnd().split('\n');
    assert.deepEqual(printed, (await validateContent(BROKEN)).map(formatProblem));
    const all = Object.keys(BROKEN_CASES).flatMap(expectedLines);
    assert.deepEqual([...printed].sort(), [...all].sort());
    for (const line of printed) assert.match(line, /^test\/tooling\/fixtures\/broken\/[a-z]{2}\/[\w-]+\.md:\d+: \S/);
    assert.equal(result.stdout.trim(), `${all.length} problem(s) found.`);
  });

  it('exits 0 on the good fixtures and prints nothing on stderr', () => {
    const result = run('validate', GOOD);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.equal(result.stdout.trim(), `${GOOD}: all topic files are valid.`);
  });

  it('exits 0 on the real content folder', () => {
    const result = run('validate', 'content');
    assert.equal(result.status, 0, result.stderr);
  });

  it('prints the fingerprint a translation records', async () => {
    const result = run('fingerprint', join(GOOD, 'en/medial-branch-block.md'));
    assert.equal(result.status, 0, result.stderr);
    const en = await readFile(join(GOOD, 'en/medial-branch-block.md'), 'utf8');
    assert.equal(result.stdout.trim(), fingerprint(en));
    assert.equal(result.stdout.trim(), '510e6d9af40a65c0');
  });
});
