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

const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };

/** A `YYYY-MM-DD` date as a long date in the reader's language. */
export const longDate = (iso: string, locale: string): string =>
  dateFormat(locale, LONG_DATE).format(new Date(`${iso}T00:00:00Z`));

/**
 * Makes `longDate`'s format for `locale` ahead of the render that shows a
 * topic's footer: the first format on a page is the one that costs tens of
 * milliseconds, and the CDN autoloader makes it while the page waits for the
 * element's code and topic.
 */
export const prepareLongDate = (locale: string): void => void dateFormat(locale, LONG_DATE);
