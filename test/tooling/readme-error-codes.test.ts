import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// The README's list of pain-error codes is the one in the source, no more and no less.
describe('README error codes', () => {
  it('lists every ContentErrorCode once, and nothing else', () => {
    const source = readFileSync('src/content/content-error.ts', 'utf8');
    const union = /export type ContentErrorCode =([^;]+);/.exec(source)![1]!;
    const codes = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]).sort();
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf("Error codes (`pain-error`'s `detail.code`):"));
    const rows = [...table.slice(0, table.indexOf('\n\n', table.indexOf('| --- |'))).matchAll(/^\| `([a-z-]+)` \|/gm)]
      .map((m) => m[1])
      .sort();
    assert.ok(codes.length >= 9);
    assert.deepEqual(rows, codes);
  });
});
