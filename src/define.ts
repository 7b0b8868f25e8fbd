/**
 * Registers a painkit element once. A second registration (the CDN module
 * loaded twice, or the CDN module beside the npm build) is skipped with a
 * warning instead of throwing.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(
      `[painkit] <${tag}> is already defined by another copy of painkit on this page; this copy is not used.`,
    );
  }
}
