import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { GlossaryChunk, PlanChunk } from 'painkit/markdown';
import { buildContent } from '../../tooling/content/build-content.js';
import { formatProblem, validateContent } from '../../tooling/content/validate.js';

const GOOD = 'test/tooling/fixtures/good';
const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;

describe('plan templates and glossary', () => {
  let dir = '';
  let out = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'painkit-plans-'));
    out = join(dir, 'out');
    await cp(GOOD, join(dir, 'content'), { recursive: true });
    const { problems } = await buildContent(join(dir, 'content'), out);
    assert.deepEqual(problems.map(formatProblem), []);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  /** Validates a copy of the good content with one file replaced. */
  async function problemsWith(path: string, edit: (text: string) => string): Promise<string[]> {
    const copy = await mkdtemp(join(tmpdir(), 'painkit-plan-case-'));
    try {
      await cp(GOOD, copy, { recursive: true });
      await writeFile(join(copy, path), edit(await readFile(join(copy, path), 'utf8')));
      return (await validateContent(copy)).map((p) => `${relative(copy, p.file)}:${p.line}: ${p.message}`);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  }

  it('compiles a plan: steps in order with topic, timing, team and why; sections rendered', async () => {
    const plan = await readJson<PlanChunk>(join(out, 'es/plans/facet-arthritis.json'));
    assert.equal(plan.condition, 'facet-arthritis');
    assert.equal(plan.title, 'Un plan típico para la artritis de las articulaciones facetarias');
    assert.deepEqual(plan.steps[1], {
      id: 'test-block',
      topic: 'medial-branch-block',
      timing: 'Si el dolor sigue después de 6 semanas',
      team: ['Médico especialista en dolor', 'Enfermera'],
      why: 'Muestra si las articulaciones facetarias causan su dolor.',
    });
    assert.deepEqual(
      plan.sections.map((s) => s.id),
      ['overview', 'questions'],
    );
    assert.equal(plan.sections[1].html.trim(), '<ul>\n<li>¿Qué paso va primero para mí?</li>\n</ul>');
    assert.deepEqual(plan.translation, { status: 'draft', sourceFingerprint: 'fb08816d442f7121' });
    assert.equal(plan.reviewDue, '2027-03-14');
  });

  it('compiles a glossary per locale with the same ids', async () => {
    const en = await readJson<GlossaryChunk>(join(out, 'en/glossary.json'));
    const es = await readJson<GlossaryChunk>(join(out, 'es/glossary.json'));
    assert.deepEqual(en.terms[0], {
      id: 'fluoroscopy',
      term: 'fluoroscopy',
      also: ['X-ray video'],
      definition: 'A kind of X-ray that shows moving pictures. It helps the doctor guide the needle.',
    });
    assert.deepEqual(
      es.terms.map((t) => t.id),
      en.terms.map((t) => t.id),
    );
    assert.equal(es.translation.status, 'draft');
  });

  it('rejects a plan step whose topic does not exist', async () => {
    const found = await problemsWith('en/plans/facet-arthritis.md', (t) =>
      t.replace('topic: physical-therapy', 'topic: yoga'),
    );
    assert.deepEqual(found, [
      'en/plans/facet-arthritis.md:15: step 1: "yoga" is not a procedure or therapy topic',
      'es/plans/facet-arthritis.md:14: steps differ from the English plan: expected move→yoga, test-block→medial-branch-block; found move→physical-therapy, test-block→medial-branch-block',
    ]);
  });

  it('rejects a plan whose condition does not match its file name, and a missing section', async () => {
    const found = await problemsWith('en/plans/facet-arthritis.md', (t) =>
      t.replace('condition: facet-arthritis', 'condition: sciatica').replace(/## Questions[\s\S]*$/, ''),
    );
    assert.deepEqual(found, [
      'en/plans/facet-arthritis.md:4: "condition" must be a condition slug and match the file name (facet-arthritis)',
      'en/plans/facet-arthritis.md:26: missing section: {#questions}',
    ]);
  });

  it('rejects a glossary translation that lacks a term, and a term without a definition', async () => {
    const found = await problemsWith('es/glossary.yaml', (t) =>
      t.replace(/ {2}- id: medial-branch-nerves[\s\S]*$/, '  - id: steroid\n    term: esteroide\n'),
    );
    assert.deepEqual(found, [
      'es/glossary.yaml:5: terms missing from this translation: medial-branch-nerves',
      'es/glossary.yaml:5: terms not in the English glossary: steroid',
      'es/glossary.yaml:9: term 2 needs a "definition"',
    ]);
  });

  it('points at the line of a YAML error in a glossary', async () => {
    const found = await problemsWith('en/glossary.yaml', (t) =>
      t.replace('    term: fluoroscopy', '    term: "fluoroscopy'),
    );
    assert.equal(found.length, 1);
    assert.match(found[0], /^en\/glossary\.yaml:3: glossary: /);
  });
});
