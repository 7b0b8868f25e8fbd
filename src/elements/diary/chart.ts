import { html, svg, nothing } from 'lit';
import type { DiaryEntry } from './diary-entry.js';
import type { Slot } from './schedule.js';

const WIDTH = 400;
const HEIGHT = 220;
/** Room around the plot; `start` holds the 0–10 labels (the inline start: the right in RTL). */
const PAD = { top: 10, end: 10, bottom: 30, start: 26 };
const LEVELS = [0, 2, 4, 6, 8, 10];

/**
 * The ratings against the rating before, as an SVG drawn here rather than by
 * a charting library: one line, one dashed baseline and a few labels need
 * about 60 lines, where the lightest charting libraries add tens of
 * kilobytes. Slots are spaced evenly (the first hour would vanish on a
 * two-week time axis); each phase's first slot is labelled with `label`.
 * In right-to-left text, time runs from right to left.
 */
export function diaryChart(
  slots: Slot[],
  entries: DiaryEntry[],
  label: (slot: Slot) => string,
  description: string,
  dir: 'ltr' | 'rtl',
) {
  const caption = 'diary-chart-caption';
  const plotWidth = WIDTH - PAD.start - PAD.end;
  /** A distance from the inline start as an SVG x. */
  const inline = (distance: number) => (dir === 'rtl' ? WIDTH - distance : distance);
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const index = new Map(slots.map((s, i) => [s.minutes, i]));
  const x = (minutes: number) =>
    inline(PAD.start + (plotWidth * (index.get(minutes) ?? 0)) / Math.max(1, slots.length - 1));
  const y = (rating: number) => PAD.top + plotHeight * (1 - rating / 10);
  const points = entries.filter((e) => index.has(e.minutes)).sort((a, b) => a.minutes - b.minutes);
  const baseline = points.find((e) => e.minutes === 0);
  const phaseStarts = slots.filter((s, i) => s.phase && s.phase !== slots[i - 1]?.phase);
  return html`<figure class="chart-figure">
    <svg part="chart" class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby=${caption}>
      ${LEVELS.map(
        (
          level,
        ) => svg`<line class="grid" x1=${inline(PAD.start)} x2=${inline(WIDTH - PAD.end)} y1=${y(level)} y2=${y(level)}></line>
        <text class="axis" x=${inline(PAD.start - 6)} y=${y(level) + 4} text-anchor=${dir === 'rtl' ? 'start' : 'end'}>${level}</text>`,
      )}
      ${phaseStarts.map(
        (
          s,
        ) => svg`<line class="phase" x1=${x(s.minutes)} x2=${x(s.minutes)} y1=${PAD.top} y2=${HEIGHT - PAD.bottom}></line>
        <text class="axis" x=${x(s.minutes)} y=${HEIGHT - PAD.bottom + 16} text-anchor="middle">${label(s)}</text>`,
      )}
      ${
        baseline
          ? svg`<line class="baseline" x1=${inline(PAD.start)} x2=${inline(WIDTH - PAD.end)} y1=${y(baseline.rating)} y2=${y(baseline.rating)}></line>`
          : nothing
      }
      <polyline class="ratings" points=${points.map((e) => `${x(e.minutes)},${y(e.rating)}`).join(' ')}></polyline>
      ${points.map((e) => svg`<circle class="point" cx=${x(e.minutes)} cy=${y(e.rating)} r="4"></circle>`)}
    </svg>
    <figcaption id=${caption}>${description}</figcaption>
  </figure>`;
}
