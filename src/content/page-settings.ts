/**
 * Page-wide settings a page without JavaScript writes on its `<pain-clinic>`:
 * read from the page's own markup when a request is made (never from a
 * shadow root, so content can never set them), whatever order the elements
 * were defined in.
 */
export function pageSetting(name: 'content-base' | 'allow-origins'): string | undefined {
  return document.querySelector(`pain-clinic[${name}]`)?.getAttribute(name)?.trim() || undefined;
}

/** The origins `<pain-clinic allow-origins="https://a.example https://b.example">` allows (addresses that are not URLs are left out). */
export function pageOrigins(): string[] {
  return (pageSetting('allow-origins') ?? '').split(/[\s,]+/).flatMap((address) => {
    try {
      return address ? [new URL(address).origin] : [];
    } catch {
      return [];
    }
  });
}
