/** Elements that must never come out of the sanitizer. */
const DANGEROUS =
  'script, iframe, object, embed, form, input, style, svg, math, noscript, base, meta, template, my-element, details, marquee, video, audio, img, body';

/** An attribute value as a browser reads a URL: without control characters and spaces. */
const asUrl = (value: string) => [...value].filter((c) => c.charCodeAt(0) > 32).join('');

/**
 * Everything dangerous in sanitized content, as `<tag>`, `tag[attr]` or
 * `attr="value"` strings: empty when the content is safe. Works on any DOM
 * (the browser's, or jsdom's for the build), so both paths are held to the
 * same rules.
 */
export function dangerIn(roots: Iterable<ParentNode>): string[] {
  const found: string[] = [];
  for (const root of roots) {
    for (const el of root.querySelectorAll(DANGEROUS)) found.push(`<${el.localName}>`);
    for (const node of root.querySelectorAll('*')) {
      for (const { name, value } of [...node.attributes]) {
        if (name.startsWith('on') || name === 'style') found.push(`${node.localName}[${name}]`);
        if (/^(?:javascript|vbscript|data):/i.test(asUrl(value))) found.push(`${name}="${value}"`);
      }
    }
    for (const a of root.querySelectorAll('a[href]')) {
      if (!/^(?:https?:|mailto:|tel:|#|\/)/.test(a.getAttribute('href')!))
        found.push(`href="${a.getAttribute('href')}"`);
      if (a.getAttribute('rel') !== 'noopener noreferrer') found.push(`a[rel="${a.getAttribute('rel')}"]`);
    }
  }
  return found;
}
