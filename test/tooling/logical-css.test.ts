import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Right-to-left languages need no extra rules only if no style says "left" or
// "right": every element uses logical properties (margin-inline-start, …).
const PHYSICAL =
  /\b(?:margin|padding|border|inset)-(?:left|right)\b|(?<![-\w])(?:left|right)\s*:|\b(?:text-align|float|clear)\s*:\s*(?:left|right)\b/;

const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.includes('generated'))
  .map((file) => join('src', file));

describe('styles use logical properties only', () => {
  it('finds no physical left/right in any source file', () => {
    const found = sources.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => PHYSICAL.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    assert.deepEqual(found, []);
  });

  it('would catch one', () => {
    assert.ok(PHYSICAL.test('  margin-left: 1rem;'));
    assert.ok(PHYSICAL.test('  left: 0;'));
    assert.ok(PHYSICAL.test('  text-align: right;'));
    assert.ok(!PHYSICAL.test('  margin-inline-start: 1rem;'));
  });
});
