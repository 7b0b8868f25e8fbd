import { distance } from 'fastest-levenshtein';

/** The `count` names nearest to `wanted` by edit distance (case-insensitive), nearest first, ties in alphabetical order. */
export function nearestNames(wanted: string, names: readonly string[], count = 3): string[] {
  const key = wanted.toLowerCase();
  return names
    .map((name) => ({ name, away: distance(key, name.toLowerCase()) }))
    .sort((a, b) => a.away - b.away || a.name.localeCompare(b.name))
    .slice(0, count)
    .map((n) => n.name);
}

/** The names (up to three) close enough to `wanted` to be what was meant: a third of its letters or two edits away. */
export function likelyMeant(wanted: string, names: readonly string[]): string[] {
  const most = Math.max(2, Math.floor(wanted.length / 3));
  return nearestNames(wanted, names).filter((name) => distance(wanted.toLowerCase(), name.toLowerCase()) <= most);
}

/** `a`, `a or b`, `a, b or c`. */
export const orList = (names: readonly string[]): string =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '');
