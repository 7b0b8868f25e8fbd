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
