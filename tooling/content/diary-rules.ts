import { durationMinutes, isSlug, type ParsedTopic } from 'painkit/markdown';
import { isRecord, type At, type Finding } from './front-matter-rules.js';

const DIARY_FIELDS = new Set(['rate', 'baseline', 'phases']);
const PHASE_FIELDS = new Set(['id', 'every', 'until', 'do']);
/** More ratings than this is no longer a diary a patient can keep. */
const MAX_RATINGS = 60;
const DURATION = '15m, 8h or 14d';

const isSentence = (v: unknown): v is string => typeof v === 'string' && /\S.*[.!?…:;)"'”»]$/.test(v.trim());

/** Checks one phase; returns its end in minutes when it is valid. */
function checkPhase(phase: unknown, i: number, previousUntil: number, ids: Set<string>, at: At): number | undefined {
  const path = ['diary', 'phases', i];
  if (!isRecord(phase)) return void at(path, `diary phase ${i + 1} needs "id", "every" and "until"`);
  for (const key of Object.keys(phase))
    if (!PHASE_FIELDS.has(key)) at([...path, key], `unknown diary phase field "${key}"`);
  if (typeof phase.id !== 'string' || !isSlug(phase.id)) at(path, `diary phase ${i + 1} needs an "id" in kebab-case`);
  else if (ids.has(phase.id)) at([...path, 'id'], `diary phase id "${phase.id}" is used twice`);
  else ids.add(phase.id);
  if (phase.do !== undefined && (!Array.isArray(phase.do) || !phase.do.every(isSentence))) {
    at([...path, 'do'], `diary phase ${i + 1}: "do" must be a list of whole sentences`);
  }
  const every = durationMinutes(phase.every);
  const until = durationMinutes(phase.until);
  const where = (key: string) => (key in phase ? [...path, key] : path);
  if (!every) at(where('every'), `diary phase ${i + 1}: "every" must be a time written ${DURATION}`);
  if (!until) at(where('until'), `diary phase ${i + 1}: "until" must be a time written ${DURATION}`);
  if (!every || !until) return undefined;
  if (until <= previousUntil) {
    return void at([...path, 'until'], `diary phase ${i + 1} must end after the phase above it`);
  }
  if (until % every) {
    return void at(
      [...path, 'until'],
      `diary phase ${i + 1}: "until" (${String(phase.until)}) is not a whole number of "every" (${String(phase.every)})`,
    );
  }
  if (until - previousUntil < every) {
    return void at([...path, 'every'], `diary phase ${i + 1} has no rating: "every" is longer than the phase`);
  }
  return until;
}

/** How many ratings a list of phases asks for (each phase's multiples of `every` after the phase before). */
function countRatings(phases: Array<{ every: number; until: number }>): number {
  let previous = 0;
  let count = 0;
  for (const { every, until } of phases) {
    count += Math.floor(until / every) - Math.floor(previous / every);
    previous = until;
  }
  return count;
}

/**
 * Checks a `diary:` block (content/README.md, "Pain diary"): `rate` and
 * `baseline` sentences, and `phases` with kebab-case ids, `every` and
 * `until` written `15m`, `8h` or `14d`, each phase ending after the one
 * above, and no more ratings than a patient can keep.
 */
export function checkDiary(diary: unknown, at: At): void {
  if (!isRecord(diary)) return at(['diary'], '"diary" needs "rate", "baseline" and "phases"');
  for (const key of Object.keys(diary)) if (!DIARY_FIELDS.has(key)) at(['diary', key], `unknown diary field "${key}"`);
  for (const key of ['rate', 'baseline']) {
    if (!isSentence(diary[key]))
      at(key in diary ? ['diary', key] : ['diary'], `"diary.${key}" must be a whole sentence`);
  }
  if (!Array.isArray(diary.phases) || !diary.phases.length) {
    return at('phases' in diary ? ['diary', 'phases'] : ['diary'], '"diary.phases" must list at least one phase');
  }
  const ids = new Set<string>();
  let previousUntil = 0;
  const valid: Array<{ every: number; until: number }> = [];
  diary.phases.forEach((phase, i) => {
    const until = checkPhase(phase, i, previousUntil, ids, at);
    if (until === undefined) return;
    valid.push({ every: durationMinutes((phase as Record<string, unknown>).every)!, until });
    previousUntil = until;
  });
  const ratings = countRatings(valid);
  if (ratings > MAX_RATINGS)
    at(['diary', 'phases'], `the diary asks for ${ratings} ratings; at most ${MAX_RATINGS} can be kept`);
}

/** A diary's shape (phase ids and times), which a translation must keep. */
const shape = (parsed: ParsedTopic): string => {
  const diary = parsed.data?.diary;
  if (!isRecord(diary)) return 'none';
  const phases = Array.isArray(diary.phases) ? diary.phases : [];
  return (
    phases
      .map((p: Record<string, unknown>) => `${String(p?.id)}(${String(p?.every)}/${String(p?.until)})`)
      .join(', ') || 'none'
  );
};

/** Checks that a translation's diary has the phases and times of its English source. */
export function checkDiaryParity(translation: ParsedTopic, source: ParsedTopic, sourceFile: string): Finding[] {
  const expected = shape(source);
  const found = shape(translation);
  if (expected === found) return [];
  const line = translation.data?.diary === undefined ? translation.lineOf(['codes']) : translation.lineOf(['diary']);
  return [{ line, message: `diary differs from ${sourceFile}: expected ${expected}; found ${found}` }];
}
