import type { Milestone } from '../../content/types.js';
import { dateWords, type DateWords } from '../../i18n/generated/date-words.js';
import type { Localizer } from '../../i18n/localizer.js';
import { dateFormat } from '../shared/date-format.js';
import { fromDateText } from '../shared/messages.js';
import type { TimelineDates } from '../shared/timeline.js';

const DAY = 86_400_000;

/** A dated timeline's days, as Intl writes them: "Wednesday, November 25". `npm run i18n` turns them into date words. */
export const TIMELINE_DATE: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
};

const field = (words: DateWords, date: Date, name: string): string => {
  if (name === 'weekday') return words.weekdays[date.getUTCDay()];
  if (name === 'month') return words.months[date.getUTCMonth()];
  return String(name === 'day' ? date.getUTCDate() : date.getUTCFullYear());
};

/** One day in `words`' language, with its year when `withYear` (a range across New Year). */
export const wordsDay = (words: DateWords, date: Date, withYear = false): string =>
  (withYear ? words.dayWithYear : words.day).replace(/\{(weekday|month|day|year)\}/g, (_, name: string) =>
    field(words, date, name),
  );

/** Two different days in `words`' language, as Intl's `formatRange` writes them. */
export function wordsRange(words: DateWords, from: Date, to: Date): string {
  const withYear = from.getUTCFullYear() !== to.getUTCFullYear();
  return wordsDay(words, from, withYear) + words.rangeSeparator + wordsDay(words, to, withYear);
}

/**
 * A milestone's calendar dates in the reader's language: "Friday, January 30",
 * "Saturday, January 31 – Monday, February 2", "From Saturday, February 14".
 * Written from painkit's date words for the interface locales, so that a page
 * makes no `Intl.DateTimeFormat`: the first one costs 10–30 ms of main thread
 * while the engine loads its date data. Intl writes them for any other locale.
 */
function milestoneLabel(m: Milestone, start: number, t: Localizer): string {
  const words: DateWords | undefined = dateWords[t.locale];
  const format = words ? undefined : dateFormat(t.locale, TIMELINE_DATE);
  const from = new Date(start + m.fromDay * DAY);
  const day = (date: Date) => (words ? wordsDay(words, date) : format!.format(date));
  if (m.toDay === undefined) return fromDateText(t, day(from));
  if (m.toDay === m.fromDay) return day(from);
  const to = new Date(start + m.toDay * DAY);
  return words ? wordsRange(words, from, to) : format!.formatRange(from, to);
}

/** A timeline's dates from the procedure day and today (both UTC midnight); days are counted in UTC. */
export function milestoneDates(start: number, today: number, t: Localizer): TimelineDates {
  const day = Math.round((today - start) / DAY);
  return {
    label: (m) => milestoneLabel(m, start, t),
    current: (m) => day >= m.fromDay && (m.toDay === undefined || day <= m.toDay),
  };
}
