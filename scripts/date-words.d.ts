import type { DateWords } from '../src/i18n/date-words.ts';

export function plainSpaces(text: string): string;
export function firstDifference(locale: string, words: DateWords): string | undefined;
export function dateWordsFor(locale: string): DateWords;
export function allDateWords(): Record<string, DateWords>;
