// Checks painkit's deterministic figures (bytes, requests, critical-path
// depth) against the committed budgets. Timings are never budgeted.
import { readFileSync } from 'node:fs';

/** The figures a budget may limit, with how a reader sees them. */
export const BUDGETED = {
  jsBytes: 'JS bytes (gzip)',
  dataBytes: 'data bytes (gzip)',
  requests: 'requests',
  depth: 'critical-path depth',
};

/** Reads a budget file: `{ "<count>": { "jsBytes": n, "dataBytes": n, "requests": n, "depth": n } }`. */
export function readBudget(path) {
  let budget;
  try {
    budget = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not a readable JSON budget file (${error.message})`, { cause: error });
  }
  for (const [count, limits] of Object.entries(budget)) {
    if (!/^\d+$/.test(count)) throw new Error(`${path}: "${count}" is not an element count`);
    for (const [figure, limit] of Object.entries(limits)) {
      if (!(figure in BUDGETED))
        throw new Error(`${path}: "${count}.${figure}" is not one of ${Object.keys(BUDGETED).join(', ')}`);
      if (typeof limit !== 'number') throw new Error(`${path}: "${count}.${figure}" must be a number`);
    }
  }
  return budget;
}

/**
 * Compares one measurement per element count with the budget; returns one
 * message per figure over its limit (none when everything fits).
 */
export function overBudget(budget, measured) {
  return Object.entries(budget).flatMap(([count, limits]) => {
    const figures = measured[count];
    if (!figures) return [`painkit, ${count} element(s): not measured`];
    return Object.entries(limits)
      .filter(([figure, limit]) => figures[figure] > limit)
      .map(
        ([figure, limit]) => `painkit, ${count} element(s): ${BUDGETED[figure]} ${figures[figure]} > budget ${limit}`,
      );
  });
}
