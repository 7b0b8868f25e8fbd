/**
 * The termbase (`content/<locale>/termbase.yaml`): the validator reports
 * each banned variant with file:line and the approved term, leaves source
 * citations alone, and reports a broken termbase; the shipped termbases
 * hold the concepts the Spanish review asked for and the content follows them.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { readContentSet } from '../../tooling/content/content-set.js';
import { checkTerms, readTermbases } from '../../tooling/content/termbase.js';
import { formatProblem, validateContent } from '../../tooling/content/validate.js';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const FIXTURES = 'test/tooling/fixtures/termbase';
const TERMBASE = `${FIXTURES}/es/termbase.yaml`;

describe('termbase', () => {
  it('reports every banned variant at its line with the approved term, and a broken termbase', async () => {
    const problems = (await validateContent(FIXTURES)).map(formatProblem);
    assert.deepEqual(problems, [
      // Line 15 cites a source titled "…, ARF y medio de contraste": a citation is quoted as published.
      `${FIXTURES}/es/medial-branch-block.md:43: banned term "ARF": write "radiofrecuencia" (concept "radiofrequency" in ${TERMBASE})`,
      `${FIXTURES}/es/medial-branch-block.md:55: banned term "Equipo Médico": write "equipo de atención médica" (concept "care-team" in ${TERMBASE})`,
      // Broken over two lines, reported where it starts.
      `${FIXTURES}/es/medial-branch-block.md:73: banned term "vejiga o del intestino": write "la orina o las heces" (concept "bladder-bowel-control" in ${TERMBASE})`,
      `${TERMBASE}:15: concept "needle": the approved term "aguja" contains the banned "aguja"`,
      `${TERMBASE}:16: concept "no-approved" needs the "approved" term`,
      `${TERMBASE}:17: unknown concept field "notes"`,
      `${TERMBASE}:19: concept "radiofrequency" is defined twice`,
    ]);
  });

  it('matches whole words only, an acronym only in capitals', async () => {
    const termbase = (await readTermbases(FIXTURES, ['es'])).get('es');
    const lines = (text: string) => checkTerms(text, termbase).map((f) => f.line);
    assert.deepEqual(lines('Una ARF.\nUna arf.\nUna TARFA.\nUn Equipo médicos.\nSu equipo\nmédico.'), [1, 5]);
    assert.deepEqual(checkTerms('Una ARF.', undefined), [], 'a locale without a termbase is not checked');
  });

  it('ships a termbase per locale that the content follows', async () => {
    const set = await readContentSet('content');
    assert.deepEqual([...set.termbases.keys()].sort(), ['en', 'es']);
    for (const termbase of set.termbases.values()) assert.deepEqual(termbase.findings, [], termbase.file);
    const es = new Map(set.termbases.get('es')!.concepts.map((c) => [c.id, c]));
    assert.equal(es.get('bladder-bowel-control')?.approved, 'la orina o las heces');
    assert.ok(es.get('bladder-bowel-control')?.banned.includes('vejiga o del intestino'));
    assert.deepEqual(es.get('radiofrequency')?.banned, ['ARF']);
    // The approved term for each concept is the one the Spanish topics use.
    const spanish = set.topics.filter((t) => t.file.locale === 'es').map((t) => t.file.text.toLowerCase());
    for (const id of ['contrast-dye', 'care-team', 'radiofrequency']) {
      const approved = es.get(id)!.approved;
      assert.ok(spanish.filter((text) => text.includes(approved)).length >= 5, `"${approved}" in few topics`);
    }
    const en = new Map(set.termbases.get('en')!.concepts.map((c) => [c.id, c]));
    assert.equal(en.get('care-team')?.approved, 'care team');
  });
});
