import { syllables } from './syllables.js';

/** Counts over a text, the inputs of every readability formula. */
export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
  /** Words of 3 or more syllables (SMOG). */
  polysyllables: number;
}

/**
 * A run of sentence-ending marks, then closing quotes or brackets and a space
 * or the end. Matched only from the start of a run and only whole runs, so a
 * long run of "!!!!" costs linear time, not quadratic.
 */
const SENTENCE_END = /(?<![.!?…])[.!?…]+(?![.!?…])(?=["'”»)\]]*(?:\s|$))/g;
const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

/**
 * Counts words, sentences and syllables over units of text (paragraphs, list
 * items). Each unit counts as at least one sentence, so a list item without a
 * full stop is still a sentence. Numbers are not words.
 */
export function textStats(units: string[], locale: string): TextStats {
  const stats: TextStats = { words: 0, sentences: 0, syllables: 0, polysyllables: 0 };
  for (const unit of units) {
    const words = unit.match(WORD) ?? [];
    if (!words.length) continue;
    stats.sentences += Math.max(1, (unit.match(SENTENCE_END) ?? []).length);
    for (const word of words) {
      const n = syllables(word.replace(/['’-]/g, ''), locale);
      stats.words++;
      stats.syllables += n;
      if (n >= 3) stats.polysyllables++;
    }
  }
  return stats;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Flesch-Kincaid grade level (English). */
export const fleschKincaid = (s: TextStats): number =>
  round(0.39 * (s.words / s.sentences) + 11.8 * (s.syllables / s.words) - 15.59);

/** SMOG grade (English). */
export const smog = (s: TextStats): number => round(1.043 * Math.sqrt((s.polysyllables * 30) / s.sentences) + 3.1291);

/** Fernández-Huerta reading ease (Spanish; higher is easier). */
export const fernandezHuerta = (s: TextStats): number =>
  round(206.84 - 60 * (s.syllables / s.words) - 1.02 * (s.words / s.sentences));

/** Szigriszt-Pazos perspicuity, the INFLESZ scale (Spanish; higher is easier). */
export const szigrisztPazos = (s: TextStats): number =>
  round(206.835 - 62.3 * (s.syllables / s.words) - s.words / s.sentences);

/** The reading-level budget that fails CI, per language. */
export const BUDGET = { enGrade: 8, esEase: 60 } as const;
