/**
 * How an interface locale writes a dated timeline's days, as Intl does,
 * without Intl: `npm run i18n` reads them from Intl into
 * `generated/date-words.ts` (see scripts/date-words.js).
 */
export interface DateWords {
  /** Sunday to Saturday. */
  weekdays: readonly string[];
  /** January to December. */
  months: readonly string[];
  /** A day: `{weekday}`, `{month}` and `{day}` in the locale's order. */
  day: string;
  /** A day with `{year}`, for a range across New Year. */
  dayWithYear: string;
  /** Between a range's two days. */
  rangeSeparator: string;
}
