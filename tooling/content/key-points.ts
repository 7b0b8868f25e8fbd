import type { ParsedTopic } from 'painkit/markdown';
import { isText, type Finding } from './front-matter-rules.js';

/** How many key points a topic gives: enough to be useful, few enough to read first. */
export const KEY_POINTS = { min: 3, max: 5 } as const;

/** The longest a key point may be, in words: a short sentence in every locale. */
export const KEY_POINT_MAX_WORDS = 30;

/** Kinds of topic that must start with key points; a condition page may have them. */
const REQUIRED_FOR = new Set(['procedure', 'therapy']);

/** How a sentence ends (a list item in `[a, b]` YAML that a comma cut short does not). */
const SENTENCE_END = /[.!?…)"'”»]$/;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.,°-]*/gu;

/** The words of a key point (numbers such as "100.4" count as one word). */
export const wordsOf = (text: string): number => (text.match(WORD) ?? []).length;

const keyPointsOf = (parsed: ParsedTopic | undefined): unknown => parsed?.data?.['key-points'];

/** The context a topic's key points are checked in. */
export interface KeyPointContext {
  /** The English topic a translation follows. */
  source?: { file: { file: string }; parsed: ParsedTopic };
}

/**
 * Checks a topic's `key-points`: every procedure and therapy has 3 to 5, each
 * a whole sentence of at most 30 words; a translation has as many as its
 * English source.
 */
export function checkKeyPoints(parsed: ParsedTopic, ctx: KeyPointContext = {}): Finding[] {
  const findings: Finding[] = [];
  const data = parsed.data;
  if (!data) return findings;
  const at = (path: Array<string | number>, message: string) => findings.push({ line: parsed.lineOf(path), message });
  const points = keyPointsOf(parsed);
  if (points === undefined) {
    if (REQUIRED_FOR.has(data.kind as string)) {
      at(
        ['summary'],
        `a ${String(data.kind)} needs "key-points" after "summary": ${KEY_POINTS.min} to ${KEY_POINTS.max} short sentences`,
      );
    }
    return findings;
  }
  if (!Array.isArray(points)) return (at(['key-points'], '"key-points" must be a list of sentences'), findings);
  if (points.length < KEY_POINTS.min || points.length > KEY_POINTS.max) {
    at(['key-points'], `"key-points" has ${points.length}; give ${KEY_POINTS.min} to ${KEY_POINTS.max}`);
  }
  points.forEach((point: unknown, i: number) => {
    if (!isText(point)) return at(['key-points', i], `key point ${i + 1} must be a sentence`);
    const words = wordsOf(point);
    if (words > KEY_POINT_MAX_WORDS) {
      at(['key-points', i], `key point ${i + 1} has ${words} words; keep it to ${KEY_POINT_MAX_WORDS}`);
    }
    if (!SENTENCE_END.test(point.trim())) {
      at(
        ['key-points', i],
        `key point ${i + 1} "${point}" is not a whole sentence (in [...] lists, put a sentence with a comma in quotes)`,
      );
    }
  });
  const expected = keyPointsOf(ctx.source?.parsed);
  if (ctx.source && Array.isArray(expected) && expected.length !== points.length) {
    at(
      ['key-points'],
      `key points differ from ${ctx.source.file.file}: expected ${expected.length}, found ${points.length}`,
    );
  }
  return findings;
}
