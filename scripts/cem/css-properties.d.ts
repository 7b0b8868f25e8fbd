/** The analyzer plugin that lists, per element, the custom properties its styles read. */
export function cssPropertiesPlugin(options?: { prefix?: string }): unknown;

/** Every `var(--prefix…[, fallback])` in a piece of CSS text, with its fallback. */
export function varReads(text: string, prefix: string): Array<[string, string | undefined]>;
