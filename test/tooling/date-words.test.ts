/**
 * The date words a dated recovery timeline writes its days with (no
 * `Intl.DateTimeFormat` in the browser): the committed file is what
 * `npm run i18n` writes with this Node, its words write every day and range
 * of two years as Intl does, and a locale they cannot write is left to Intl.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allDateWords, dateWordsFor, firstDifference } from '../../scripts/date-words.js';
import { dateWords } from '../../src/i18n/generated/date-words.js';
import { allLocales } from '../../src/i18n/generated/locale-codes.js';

describe('date words', () => {
  it('are what `npm run i18n` writes now, for every interface locale', () => {
    assert.deepEqual(dateWords, allDateWords());
    assert.deepEqual(Object.keys(dateWords), [...allLocales]);
  });

  it('write every day and range of 2027 and 2028 as Intl does (with plain spaces)', () => {
    for (const locale of allLocales) assert.equal(firstDifference(locale, dateWords[locale]!), undefined, locale);
  });

  it('are refused, naming the first difference, for a locale that writes ranges otherwise', () => {
    assert.throws(
      () => dateWordsFor('de'),
      /date words for de do not match Intl: 2027-01-01 \+ 1: Intl "Freitag, 1\. – Samstag, 2\. Januar"/,
    );
  });
});
