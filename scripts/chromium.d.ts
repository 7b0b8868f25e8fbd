export const CHROMIUM_ARGS: string[];
export const MISSING_CHROMIUM: string;
/** CHROME_PATH, else the usual Linux paths; undefined when none exists. */
export function findChromium(): string | undefined;
