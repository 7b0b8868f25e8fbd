import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { reviewDueDate } from 'painkit/markdown';

describe('review dates', () => {
  it('fall due 24 months after the last review, on a real date', () => {
    assert.equal(reviewDueDate('2026-11-28'), '2028-11-28');
    assert.equal(reviewDueDate('2024-02-29'), '2026-02-28');
  });
});
