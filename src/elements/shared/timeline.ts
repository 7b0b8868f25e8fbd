import { html, nothing } from 'lit';
import type { Milestone } from '../../content/types.js';
import type { Localizer } from '../../i18n/localizer.js';
import { clampLevel, heading } from './heading.js';
import { milestoneLabels, todayText } from './messages.js';

/** Calendar dates, when the timeline has a start date (`<pain-recovery start-date>` makes them). */
export interface TimelineDates {
  /** A milestone's dates, as the reader reads them. */
  label: (m: Milestone) => string;
  /** Whether a milestone includes today. */
  current: (m: Milestone) => boolean;
}

/** `YYYY-MM-DD` → UTC midnight, or undefined when it is not a real date. */
export function parseDay(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(time).toISOString().startsWith(value.trim()) ? time : undefined;
}

/** The reader's local date today, as UTC midnight. */
export function localToday(now = new Date()): number {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
}

function list(label: string, items: string[], level: number) {
  if (!items.length) return nothing;
  return html`<p class="milestone-label" role="heading" aria-level=${clampLevel(level)}>${label}</p>
    <ul>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>`;
}

/**
 * The recovery timeline: an ordered list of milestones, each with a heading
 * and what to expect, what you can do, what to avoid and when to call. With
 * `dates`, each milestone shows its calendar dates and the one that includes
 * today is marked (visibly and with `aria-current`).
 */
export function timeline(milestones: Milestone[], level: number, t: Localizer, dates?: TimelineDates) {
  if (!milestones.length) return nothing;
  const labels = milestoneLabels(t);
  return html`<ol part="timeline" class="timeline">
    ${milestones.map((m) => {
      const current = !!dates && dates.current(m);
      return html`<li
        class="milestone ${current ? 'current' : ''}"
        part="milestone"
        aria-current=${current ? 'date' : 'false'}
      >
        ${heading(level, m.when, { kind: 'milestone-title' })}
        ${
          dates
            ? html`<p class="milestone-dates">
                <span class="date-range">${dates.label(m)}</span
                >${current ? html` <strong class="today">${todayText(t)}</strong>` : nothing}
              </p>`
            : nothing
        }
        ${list(labels.expect, m.expect, level + 1)} ${list(labels.do, m.do, level + 1)}
        ${list(labels.avoid, m.avoid, level + 1)} ${list(labels.call, m.call, level + 1)}
      </li>`;
    })}
  </ol>`;
}
