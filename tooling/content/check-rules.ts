import { RED_FLAG_SECTION, type ParsedTopic } from 'painkit/markdown';
import { isRecord, isText, type At, type Finding, type Path } from './front-matter-rules.js';

const QUESTION_FIELDS = new Set(['prompt', 'choices', 'explanation', 'section']);
const CHOICE_FIELDS = new Set(['text', 'correct']);
/** How many teach-back questions a procedure has. */
export const CHECK_QUESTIONS = { min: 3, max: 5 } as const;
/** How many choices a question has. */
export const CHECK_CHOICES = { min: 2, max: 4 } as const;

/** The `check` list of a topic's front matter, or `[]`. */
const questionsOf = (parsed: ParsedTopic): unknown[] =>
  Array.isArray(parsed.data?.check) ? (parsed.data.check as unknown[]) : [];

/** The section each question points to, in order (`?` where it has none). */
const sectionsOf = (parsed: ParsedTopic): string[] =>
  questionsOf(parsed).map((q) => (isRecord(q) && isText(q.section) ? q.section : '?'));

/** Checks one question's choices: 2–4, each with text, exactly one marked `correct: true`. */
function checkChoices(choices: unknown, where: Path, n: number, at: At): void {
  if (!Array.isArray(choices) || choices.length < CHECK_CHOICES.min || choices.length > CHECK_CHOICES.max) {
    return at(
      [...where, 'choices'],
      `question ${n} needs "choices": a list of ${CHECK_CHOICES.min} to ${CHECK_CHOICES.max}`,
    );
  }
  const seen = new Set<string>();
  let correct = 0;
  choices.forEach((choice, j) => {
    const path = [...where, 'choices', j];
    if (!isRecord(choice) || !isText(choice.text)) return at(path, `question ${n}, choice ${j + 1} needs "text"`);
    for (const key of Object.keys(choice))
      if (!CHOICE_FIELDS.has(key)) at([...path, key], `unknown choice field "${key}"`);
    if (seen.has(choice.text.trim())) at(path, `question ${n}, choice ${j + 1} repeats another choice`);
    seen.add(choice.text.trim());
    if (choice.correct !== undefined && typeof choice.correct !== 'boolean') {
      at([...path, 'correct'], `question ${n}, choice ${j + 1}: "correct" must be true or false`);
    } else if (choice.correct) correct++;
  });
  if (correct !== 1) {
    at([...where, 'choices'], `question ${n} must have exactly one right answer ("correct: true"); it has ${correct}`);
  }
}

/**
 * Checks a topic's teach-back questions (`check` in the front matter), the
 * questions `<pain-check>` asks: each has a `prompt`, 2–4 `choices` with
 * exactly one `correct: true`, an `explanation` and the `section` (a section
 * id of this file) that covers it. A procedure has 3–5 questions, one of them
 * on the red flags (`section: when-to-call`). A procedure without `check`
 * passes here (older content and other tools' fixtures have none); the test
 * of the shipped content requires it of every procedure. A translation asks as many
 * questions as its English `source`, pointing to the same sections.
 */
export function checkTeachBack(parsed: ParsedTopic, source?: ParsedTopic): Finding[] {
  const findings: Finding[] = [];
  const data = parsed.data;
  if (!data) return findings; // the parser already reported why
  const at: At = (path, message) => findings.push({ line: parsed.lineOf(path), message });
  if (data.check !== undefined) checkQuestions(parsed, data.check, data.kind === 'procedure', at);
  if (source?.data) {
    const expected = sectionsOf(source).join(', ');
    const found = sectionsOf(parsed).join(', ');
    if (expected !== found) {
      at(
        data.check === undefined ? ['updated'] : ['check'],
        `teach-back questions differ from the English source: expected sections ${expected || 'none'}; found ${found || 'none'}`,
      );
    }
  }
  return findings;
}

/** Checks the `check` list itself (see `checkTeachBack`). */
function checkQuestions(parsed: ParsedTopic, check: unknown, isProcedure: boolean, at: At): void {
  if (!Array.isArray(check)) return at(['check'], '"check" must be a list of questions');
  const { min, max } = CHECK_QUESTIONS;
  if (isProcedure && (check.length < min || check.length > max)) {
    at(['check'], `a procedure asks ${min} to ${max} teach-back questions; "check" has ${check.length}`);
  }
  const sectionIds = new Set(parsed.sections.map((s) => s.id).filter(Boolean));
  check.forEach((question, i) => {
    const where = ['check', i];
    const n = i + 1;
    if (!isRecord(question)) return at(where, `question ${n} needs "prompt", "choices", "explanation" and "section"`);
    for (const key of Object.keys(question))
      if (!QUESTION_FIELDS.has(key)) at([...where, key], `unknown question field "${key}"`);
    if (!isText(question.prompt)) at(where, `question ${n} needs a "prompt"`);
    checkChoices(question.choices, where, n, at);
    if (!isText(question.explanation))
      at(where, `question ${n} needs an "explanation" of the right answer in plain words`);
    if (!isText(question.section)) at(where, `question ${n} needs the "section" id that covers it`);
    else if (!sectionIds.has(question.section)) {
      at(
        [...where, 'section'],
        `question ${n} points to "${question.section}", which is not a section id of this file`,
      );
    }
  });
  if (isProcedure && !sectionsOf(parsed).includes(RED_FLAG_SECTION)) {
    at(['check'], `one question must be on the red flags ("section: ${RED_FLAG_SECTION}")`);
  }
}
