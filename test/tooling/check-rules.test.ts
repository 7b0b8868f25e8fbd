/**
 * Teach-back questions (`check` in a topic's front matter, asked by
 * `<pain-check>`): the validator reports every mistake as file:line, the
 * shipped procedures all have their questions, and they compile into the
 * topic chunk.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { parseTopic } from 'painkit/markdown';
import { compile } from '../../tooling/content/build-content.js';
import { BUDGET, fernandezHuerta, fleschKincaid, textStats } from '../../tooling/content/readability.js';
import { readContentSet } from '../../tooling/content/content-set.js';
import { formatProblem, validateContent } from '../../tooling/content/validate.js';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const DIR = 'test/tooling/fixtures/check';

describe('teach-back questions (check)', () => {
  it('accepts good questions in a procedure and its translation', async () => {
    const problems = (await validateContent(DIR)).map(formatProblem);
    assert.deepEqual(
      problems.filter((p) => p.includes('/medial-branch-block.md')),
      [],
    );
  });

  it('reports every mistake in the questions at its line', async () => {
    const problems = (await validateContent(DIR)).map(formatProblem);
    const at = (file: string, line: number, message: string) => `${DIR}/${file}:${line}: ${message}`;
    assert.deepEqual(problems, [
      at('en/check-mistakes.md', 13, 'one question must be on the red flags ("section: when-to-call")'),
      at('en/check-mistakes.md', 15, 'question 1 must have exactly one right answer ("correct: true"); it has 0'),
      at('en/check-mistakes.md', 21, 'question 2 needs "choices": a list of 2 to 4'),
      at('en/check-mistakes.md', 25, 'question 3 needs an "explanation" of the right answer in plain words'),
      at('en/check-mistakes.md', 27, 'question 3 must have exactly one right answer ("correct: true"); it has 2'),
      at('en/check-mistakes.md', 38, 'question 4 points to "during-the-block", which is not a section id of this file'),
      at('en/check-mistakes.md', 41, 'question 5 must have exactly one right answer ("correct: true"); it has 0'),
      at('en/check-mistakes.md', 42, 'question 5, choice 1: "correct" must be true or false'),
      at('en/check-mistakes.md', 44, 'question 5, choice 3 repeats another choice'),
      at('en/check-mistakes.md', 47, 'unknown question field "hint"'),
      at(
        'es/questions-differ.md',
        14,
        'teach-back questions differ from the English source: expected sections preparing, recovery, when-to-call; found preparing, when-to-call, recovery',
      ),
    ]);
  });

  it('reports too many questions, and a translation that has none', async () => {
    const source = await readFile(`${DIR}/en/medial-branch-block.md`, 'utf8');
    const question = /( {2}- prompt: When can you drive\?[\s\S]*?section: recovery\n)/.exec(source)![1];
    const six = source.replace(question, question.repeat(4));
    const { checkTeachBack } = await import('../../tooling/content/check-rules.js');
    assert.deepEqual(checkTeachBack(parseTopic(six)), [
      { line: 13, message: 'a procedure asks 3 to 5 teach-back questions; "check" has 6' },
    ]);
    const translation = (await readFile(`${DIR}/es/medial-branch-block.md`, 'utf8')).replace(
      /^check:[\s\S]*?(?=^updated:)/m,
      '',
    );
    assert.deepEqual(checkTeachBack(parseTopic(translation), parseTopic(source)), [
      {
        line: 13,
        message:
          'teach-back questions differ from the English source: expected sections preparing, recovery, when-to-call; found none',
      },
    ]);
  });

  it('every shipped procedure asks 3 to 5 questions in every locale, one on the red flags', async () => {
    const set = await readContentSet('content');
    const procedures = set.topics.filter((t) => t.parsed.data?.kind === 'procedure');
    assert.ok(procedures.length >= 28, `only ${procedures.length} procedure files`);
    for (const { file, parsed } of procedures) {
      const check = parsed.data!.check as Array<{ section: string }> | undefined;
      assert.ok(Array.isArray(check), `${file.file} has no "check" questions`);
      assert.ok(check.length >= 3 && check.length <= 5, `${file.file} has ${check.length} questions`);
      for (const section of ['preparing', 'recovery', 'when-to-call'])
        assert.ok(
          check.some((q) => q.section === section),
          `${file.file} asks nothing on "${section}"`,
        );
    }
  });

  it('every shipped set of questions reads within the content budget (en grade ≤ 8, es Fernández-Huerta ≥ 60)', async () => {
    const set = await readContentSet('content');
    for (const { file, parsed } of set.topics) {
      const check = parsed.data?.check as
        Array<{ prompt: string; choices: Array<{ text: string }>; explanation: string }> | undefined;
      if (!check) continue;
      const stats = textStats(
        check.flatMap((q) => [q.prompt, ...q.choices.map((c) => c.text), q.explanation]),
        file.locale,
      );
      if (file.locale === 'en')
        assert.ok(fleschKincaid(stats) <= BUDGET.enGrade, `${file.file}: grade ${fleschKincaid(stats)}`);
      else assert.ok(fernandezHuerta(stats) >= BUDGET.esEase, `${file.file}: ease ${fernandezHuerta(stats)}`);
    }
  });

  it('compiles the questions into the topic chunk, in plain text', async () => {
    const compiled = compile(await readContentSet(DIR));
    const chunk = compiled.get('es')!.topics.find((t) => t.slug === 'medial-branch-block')!;
    assert.equal(chunk.check?.length, 3);
    assert.deepEqual(chunk.check?.[2], {
      prompt: '¿Cuál de estas señales quiere decir que debe llamar al 911?',
      choices: [
        { text: 'Pierde el control de la orina o de las heces.', correct: true },
        { text: 'El lugar de la aguja le duele un poco.', correct: false },
      ],
      explanation: 'Perder el control de la orina o de las heces es una emergencia.',
      section: 'when-to-call',
    });
  });
});
