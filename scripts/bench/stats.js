// Pure helpers: the critical request chain, medians, ratios.

/**
 * The longest chain of requests in which each one started only after the
 * previous one had finished (start/end in ms, any common clock).
 */
export function criticalPath(requests) {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const best = sorted.map(() => ({ length: 1, previous: -1 }));
  sorted.forEach((request, i) => {
    for (let j = 0; j < i; j++) {
      if (sorted[j].end <= request.start && best[j].length + 1 > best[i].length)
        best[i] = { length: best[j].length + 1, previous: j };
    }
  });
  if (sorted.length === 0) return [];
  let at = best.reduce((top, entry, i) => (entry.length > best[top].length ? i : top), 0);
  const chain = [];
  for (; at !== -1; at = best[at].previous) chain.unshift(sorted[at]);
  return chain;
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median over rounds of `figure(a) / figure(b)`, each pair measured in the same round. */
export function medianRatio(roundsA, roundsB, figure) {
  return median(roundsA.map((a, i) => a[figure] / roundsB[i][figure]));
}
