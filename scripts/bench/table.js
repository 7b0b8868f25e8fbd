// Formats the benchmark's medians as a table, variants side by side.
import { median, medianRatio } from './stats.js';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (v) => `${Math.round(v)} ms`;
const FIGURES = [
  { key: 'contentMs', label: 'time to content', format: ms },
  { key: 'paintedMs', label: 'content painted', format: ms },
  { key: 'jsBytes', label: 'JS (gzip)', format: kB },
  { key: 'dataBytes', label: 'data (gzip)', format: kB },
  { key: 'htmlBytes', label: 'HTML (gzip)', format: kB },
  { key: 'requests', label: 'requests', format: String },
  { key: 'depth', label: 'critical-path depth', format: String },
  { key: 'longTasks', label: 'long tasks', format: String },
  { key: 'tbtMs', label: 'TBT', format: ms },
  { key: 'cls', label: 'CLS', format: (v) => v.toFixed(3) },
  { key: 'heapBytes', label: 'JS heap after load', format: (v) => `${(v / 1e6).toFixed(1)} MB` },
];

const ratio = (a, b, key) => {
  if (!a || !b) return '';
  const value = medianRatio(a, b, key);
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '–';
};

/**
 * Medians of every figure per variant, with painkit's (and zero-md's) ratios
 * to static HTML and painkit's to zero-md: the median of per-round ratios.
 * `results[count][variant]` is the list of per-round figures.
 */
export function summarize(results) {
  return Object.entries(results).map(([count, byVariant]) => ({
    count: Number(count),
    rows: FIGURES.map(({ key, label, format }) => ({
      label,
      key,
      medians: Object.fromEntries(
        Object.entries(byVariant).map(([variant, rounds]) => [variant, format(median(rounds.map((r) => r[key])))]),
      ),
      ratios: {
        'painkit ÷ static': ratio(byVariant.painkit, byVariant.static, key),
        'painkit ÷ zero-md': ratio(byVariant.painkit, byVariant['zero-md'], key),
        'zero-md ÷ static': ratio(byVariant['zero-md'], byVariant.static, key),
        'painkit ÷ script-fetch': ratio(byVariant.painkit, byVariant['script-fetch'], key),
        'script-fetch ÷ static': ratio(byVariant['script-fetch'], byVariant.static, key),
        'painkit ÷ baseline': ratio(byVariant.painkit, byVariant.baseline, key),
        'painkit-ssr ÷ static': ratio(byVariant['painkit-ssr'], byVariant.static, key),
        'painkit-ssr ÷ ssr-each': ratio(byVariant['painkit-ssr'], byVariant['painkit-ssr-each'], key),
      },
    })),
  }));
}

const pad = (cells, widths) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])));

/** The summary as a Markdown table per element count. */
export function formatTable(summary, variants) {
  return summary
    .map(({ count, rows }) => {
      const ratioNames = Object.keys(rows[0].ratios).filter((name) => rows.some((row) => row.ratios[name]));
      const header = [`${count} element${count === 1 ? '' : 's'}`, ...variants, ...ratioNames];
      const body = rows.map((row) => [
        row.label,
        ...variants.map((v) => row.medians[v] ?? ''),
        ...ratioNames.map((n) => row.ratios[n]),
      ]);
      const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => cells[i].length)));
      const line = (cells) => `| ${pad(cells, widths).join(' | ')} |`;
      const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
      return [line(header), rule, ...body.map(line)].join('\n');
    })
    .join('\n\n');
}
