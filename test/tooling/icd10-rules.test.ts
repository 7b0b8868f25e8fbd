/**
 * ICD-10-CM codes on condition pages: the written form, condition pages
 * only, and one condition per code (also across less and more specific
 * codes). Problems name file:line; the shipped content passes and builds a
 * manifest whose `conditionCodes` lead each code to its condition.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { parseTopic } from 'painkit/markdown';
import { buildContent } from '../../tooling/content/build-content.js';
import { checkIcd10Codes } from '../../tooling/content/icd10-rules.js';
import { formatProblem, validateContent } from '../../tooling/content/validate.js';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

/** The problems `checkIcd10Codes` reports for a front matter, as `line: message` (line 1 is the opening `---`). */
function problemsOf(frontMatter: string, isCondition = true): string[] {
  const parsed = parseTopic(`---\n${frontMatter}\n---\n`);
  const found: string[] = [];
  const data = parsed.data as { codes?: { icd10?: unknown } };
  checkIcd10Codes(data.codes?.icd10, isCondition, (path, message) => found.push(`${parsed.lineOf(path)}: ${message}`));
  return found;
}

describe('ICD-10-CM codes: the form of each code', () => {
  it('accepts categories, subcategories, codes with letters and a 7th character', () => {
    assert.deepEqual(problemsOf('codes:\n  icd10: [M17, M48.0, M48.061, C4A.9, M80.08XA]'), []);
  });

  it('names the code and the fix: capitals, the dot, or the form', () => {
    assert.deepEqual(
      problemsOf('title: x\ncodes:\n  icd10:\n    - m48.061\n    - M48061\n    - 4806\n    - M48.06123'),
      [
        '5: "m48.061" is not an ICD-10-CM code (write it in capitals: M48.061)',
        '6: "M48061" is not an ICD-10-CM code (write the dot after the third character: M48.061)',
        '7: 4806 is not an ICD-10-CM code (write it as text, e.g. M48.061)',
        '8: "M48.06123" is not an ICD-10-CM code (a letter, a digit, a digit or letter, then a dot and 1 to 4 digits or letters, e.g. M48.061)',
      ],
    );
  });

  it('refuses a code listed twice, a value that is not a list, and codes on a procedure', () => {
    assert.deepEqual(problemsOf('codes:\n  icd10: [G89.3, G89.3]'), ['3: ICD-10-CM code G89.3 is listed twice']);
    assert.deepEqual(problemsOf('codes:\n  icd10: G89.3'), ['3: "codes.icd10" must be a list of ICD-10-CM codes']);
    assert.deepEqual(problemsOf('codes:\n  icd10: [G89.3]', false), [
      '3: ICD-10-CM codes are diagnoses: they belong on condition pages (kind: condition)',
    ]);
  });
});

describe('ICD-10-CM codes in a content folder', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'painkit-icd10-'));
    await cp('content', dir, { recursive: true });
  });
  after(() => rm(dir, { recursive: true, force: true }));

  /** Replaces the ICD-10-CM line of an English condition page; returns its file and line number. */
  async function setCodes(slug: string, codes: string): Promise<{ file: string; line: number }> {
    const file = join(dir, 'en', `${slug}.md`);
    const lines = (await readFile(file, 'utf8')).split('\n');
    const line = lines.findIndex((l) => l.startsWith('  icd10:'));
    lines[line] = `  icd10: [${codes}]`;
    await writeFile(file, lines.join('\n'));
    return { file: relative(process.cwd(), file), line: line + 1 };
  }

  it('the shipped condition pages pass, and the manifest leads each code to its condition', async () => {
    const out = join(dir, 'out');
    const { problems } = await buildContent('content', out);
    assert.deepEqual(problems.map(formatProblem), []);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    assert.equal(manifest.conditionCodes['M48.0'], 'spinal-stenosis');
    assert.equal(manifest.conditionCodes['G89.3'], 'cancer-pain');
    assert.equal(manifest.conditionCodes['M54.4'], 'sciatica');
    // Procedure codes are where they were: the new field is beside them, not in them.
    assert.equal(manifest.codes['M48.0'], undefined);
    assert.deepEqual(manifest.codes['64493'], ['facet-joint-injection', 'medial-branch-block']);
    const chunk = JSON.parse(await readFile(join(out, 'es', 'spinal-stenosis.json'), 'utf8'));
    assert.deepEqual(chunk.codes.icd10, ['M48.0']);
  });

  it('reports a code given to two conditions, and one under another condition’s code, at file:line', async () => {
    const same = await setCodes('sciatica', 'M54.3, G89.3');
    const nested = await setCodes('spinal-stenosis', 'M48.0, M54.50');
    const problems = (await validateContent(dir)).map(formatProblem);
    assert.deepEqual(
      problems.filter((p) => p.includes('ICD-10-CM')),
      [
        `${same.file}:${same.line}: ICD-10-CM code G89.3 is also given to cancer-pain: a diagnosis code must lead to one condition`,
        `${nested.file}:${nested.line}: ICD-10-CM code M54.50 overlaps M54.5, which is given to chronic-low-back-pain: a diagnosis code must lead to one condition`,
      ],
    );
  });
});
