import { syllable } from 'syllable';

const STRONG = 'aeoáéó';
const VOWELS = 'aeiouáéíóúü';

/**
 * Syllables in a Spanish word, by the spelling rules: each vowel nucleus is
 * a syllable; a weak vowel (i, u, ü) next to another vowel joins it in a
 * diphthong unless it carries an accent (í, ú: a hiatus); two strong vowels
 * (a, e, o) are a hiatus; the u of "que", "qui", "gue", "gui" is silent; a
 * final y after a vowel belongs to that vowel ("hoy", "muy").
 */
export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/(?<=[qg])u(?=[eéií])/g, '');
  let count = 0;
  let previous = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    const isVowel = VOWELS.includes(c) || (c === 'y' && i === w.length - 1 && i > 0 && VOWELS.includes(previous));
    if (!isVowel) {
      previous = '';
      continue;
    }
    const hiatus =
      !previous || (STRONG.includes(c) && STRONG.includes(previous)) || 'íú'.includes(c) || 'íú'.includes(previous);
    if (hiatus) count++;
    previous = c === 'y' ? 'i' : c;
  }
  return Math.max(1, count);
}

/** Syllables in a word of the given locale (English or Spanish). */
export const syllables = (word: string, locale: string): number =>
  locale.startsWith('es') ? spanishSyllables(word) : Math.max(1, syllable(word));
