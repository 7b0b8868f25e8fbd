import type { DateWords } from '../../i18n/date-words.js';
import { dateWords } from '../../i18n/generated/date-words.js';
import type { Localizer } from '../../i18n/localizer.js';
import { dateFormat } from '../shared/date-format.js';
import { fromDateText } from '../shared/messages.js';
import type { TimelineDates } from '../shared/timeline.js';

/** A day in milliseconds: timeline days are counted in UTC, where every day has as many. */
export const DAY = 86_400_000;

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

/** Writes a timeline's days, and ranges of two different days, in one locale. */
interface DayWriter {
  day: (date: Date) => string;
  range: (from: Date, to: Date) => string;
}

/**
 * From painkit's date words for the interface locales, so that a page makes
 * no `Intl.DateTimeFormat`: the first one costs 10–30 ms of main thread while
 * the engine loads its date data. Intl writes them for any other locale.
 */
function dayWriter(locale: string): DayWriter {
  const words = dateWords[locale];
  if (words) return { day: (date) => wordsDay(words, date), range: (from, to) => wordsRange(words, from, to) };
  const format = dateFormat(locale, TIMELINE_DATE);
  return { day: (date) => format.format(date), range: (from, to) => format.formatRange(from, to) };
}

/**
 * A timeline's dates from the procedure day and today (both UTC midnight;
 * days are counted in UTC), in the reader's language: "Friday, January 30",
 * "Saturday, January 31 – Monday, February 2", "From Saturday, February 14".
 */
export function milestoneDates(start: number, today: number, t: Localizer): TimelineDates {
  const write = dayWriter(t.locale);
  const dayOf = (offset: number) => new Date(start + offset * DAY);
  const day = Math.round((today - start) / DAY);
  return {
    label: (m) => {
      if (m.toDay === undefined) return fromDateText(t, write.day(dayOf(m.fromDay)));
      return m.toDay === m.fromDay ? write.day(dayOf(m.fromDay)) : write.range(dayOf(m.fromDay), dayOf(m.toDay));
    },
    current: (m) => day >= m.fromDay && (m.toDay === undefined || day <= m.toDay),
  };
}
