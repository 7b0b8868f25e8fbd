const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const text = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
const attr = (s: string) => s.replace(/[&"]/g, (c) => ({ '&': '&amp;', '"': '&quot;' })[c]!);

/** The style sheets a shadow root adopted (Lit's styles), written out as CSS. */
const adoptedCss = (root: ShadowRoot) =>
  root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');

/**
 * A node as self-contained HTML: shadow roots become declarative shadow DOM
 * (`<template shadowrootmode="open">`) with their adopted styles inlined, and
 * scripts are dropped, so a browser shows it without running JavaScript. The
 * Print button and `painkit handout --format html` both use it.
 */
export function printableHtml(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return text((node as Text).data);
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = node as Element;
  const tag = el.localName;
  if (tag === 'script') return '';
  let out = `<${tag}${[...el.attributes].map((a) => ` ${a.name}="${attr(a.value)}"`).join('')}>`;
  if (el.shadowRoot) {
    out += `<template shadowrootmode="open"><style>${adoptedCss(el.shadowRoot)}</style>`;
    out += `${[...el.shadowRoot.childNodes].map(printableHtml).join('')}</template>`;
  }
  if (VOID.has(tag)) return out;
  const children = tag === 'template' ? (el as HTMLTemplateElement).content.childNodes : el.childNodes;
  return `${out}${[...children].map(printableHtml).join('')}</${tag}>`;
}

/** The whole document as self-contained HTML. */
export const printableDocument = (doc: Document = document): string =>
  `<!doctype html>\n${printableHtml(doc.documentElement)}`;

/** Page margins and a plain body for printing one element on its own. */
const PRINT_PAGE_STYLE = `@page { margin: 16mm 15mm 18mm; }
body { margin: 0; color: #000; font-family: system-ui, 'DejaVu Sans', sans-serif; }`;

/**
 * Prints one element on its own (not the clinic's whole page): its rendered
 * content, with the same print styles, in a hidden frame. Resolves once the
 * browser's print dialog has been opened.
 */
export async function printElement(el: Element, title: string, lang: string): Promise<void> {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;inline-size:0;block-size:0;border:0;inset-block-end:0';
  frame.srcdoc = `<!doctype html><html lang="${attr(lang)}"><head><meta charset="utf-8"><title>${text(title)}</title><style>${PRINT_PAGE_STYLE}</style></head><body>${printableHtml(el)}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  frame.contentWindow?.addEventListener('afterprint', () => frame.remove(), { once: true });
  frame.contentWindow?.print();
}
