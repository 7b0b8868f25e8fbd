import type { TopicChunk } from '../../content/types.js';

/** The formats made so far, by locale and options. */
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An `Intl.DateTimeFormat` for `locale` and `options`, made once and reused:
 * building one costs about a millisecond (tens of milliseconds the first
 * time on a page, while the browser loads its date data), and every footer
 * and every milestone of a dated timeline formats a date.
 */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** The footer's dates: "December 2, 2026", "2 de diciembre de 2026". */
const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };

/**
 * A `YYYY-MM-DD` date as a long date in the reader's language: as `written`
 * (a compiled file's `longDates`) has it when that file is in the same
 * language, else formatted here. `build-content` writes `longDates` with it.
 */
export const longDate = (iso: string, locale: string, written?: Pick<TopicChunk, 'locale' | 'longDates'>): string => {
  const known = written?.locale === locale ? written.longDates?.[iso] : undefined;
  // A string only: the file's data is not trusted to have the shape its type says.
  return typeof known === 'string' ? known : dateFormat(locale, LONG_DATE).format(new Date(`${iso}T00:00:00Z`));
};
