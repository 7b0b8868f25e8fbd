import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTermLinker } from '../../tooling/content/link-terms.js';

const terms = [
  { id: 'epidural', term: 'epidural', also: [], definition: 'd' },
  { id: 'epidural-space', term: 'epidural space', also: [], definition: 'd' },
  { id: 'fluoroscopy', term: 'fluoroscopia', also: ['radiografía en video'], definition: 'd' },
];
const link = createTermLinker(terms);

describe('glossary linking at build time', () => {
  it('marks the first use of each term in a section, preferring the longest form', () => {
    assert.equal(
      link('<p>The epidural space holds fat. An epidural goes there. Another epidural.</p>'),
      '<p>The <pain-term term="epidural-space">epidural space</pain-term> holds fat. ' +
        'An <pain-term term="epidural">epidural</pain-term> goes there. Another epidural.</p>',
    );
  });

  it('matches whole words, in any case, with accents', () => {
    assert.equal(
      link('<p>Usan una Radiografía en video. Fluoroscopias no.</p>'),
      '<p>Usan una <pain-term term="fluoroscopy">Radiografía en video</pain-term>. Fluoroscopias no.</p>',
    );
  });

  it('leaves headings, links and code alone, and keeps the HTML around the word', () => {
    assert.equal(
      link('<h3>Epidural</h3><p><a href="https://x.org">epidural</a> and <strong>epidural</strong></p>'),
      '<h3>Epidural</h3><p><a href="https://x.org">epidural</a> and <strong><pain-term term="epidural">epidural</pain-term></strong></p>',
    );
  });
});
