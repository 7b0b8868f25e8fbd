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
 * scripts are dropped, so a browser shows it without running JavaScript.
 * Nothing that needs a script stays: no Print button, and glossary words
 * are plain words (a printed handout lists their meanings at the end).
 * `painkit handout --format html` uses it.
 */
export function printableHtml(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return text((node as Text).data);
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = node as Element;
  const tag = el.localName;
  if (tag === 'script' || el.part.contains('print-button') || el.classList.contains('term-tip')) return '';
  // A glossary word of compiled content is a plain word on paper.
  if (el.classList.contains('term-word')) return [...el.childNodes].map(printableHtml).join('');
  let out = `<${tag}${[...el.attributes].map((a) => ` ${a.name}="${attr(a.value)}"`).join('')}>`;
  if (el.shadowRoot && tag !== 'pain-term') {
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

/** A constructed style sheet in another window (works under a strict style-src policy). */
function sheetIn(win: Window, css: string): CSSStyleSheet {
  const sheet = new (win as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

/** A deep copy of a rendered node into another document, shadow roots and their styles included, scripts left out. */
function copyInto(doc: Document, node: Node): Node | undefined {
  if (node.nodeType === Node.TEXT_NODE) return doc.createTextNode((node as Text).data);
  if (node.nodeType !== Node.ELEMENT_NODE || (node as Element).localName === 'script') return undefined;
  const el = node as Element;
  const copy = doc.createElement(el.localName);
  for (const { name, value } of el.attributes) copy.setAttribute(name, value);
  if (el.shadowRoot) {
    const root = copy.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheetIn(doc.defaultView!, adoptedCss(el.shadowRoot))];
    for (const child of el.shadowRoot.childNodes) {
      const c = copyInto(doc, child);
      if (c) root.append(c);
    }
  }
  for (const child of el.childNodes) {
    const c = copyInto(doc, child);
    if (c) copy.append(c);
  }
  return copy;
}

/**
 * Prints one element on its own (not the clinic's whole page): a copy of its
 * rendered content, with the same print styles, in a hidden frame. Works
 * under a strict Content-Security-Policy (no inline styles, no HTML strings).
 * Resolves once the browser's print dialog has been opened.
 */
export async function printElement(el: Element, title: string, lang: string): Promise<void> {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.setProperty('position', 'fixed');
  frame.style.setProperty('inline-size', '0');
  frame.style.setProperty('block-size', '0');
  frame.style.setProperty('border', '0');
  document.body.append(frame);
  const win = frame.contentWindow!;
  const doc = win.document;
  doc.documentElement.lang = lang;
  doc.title = title;
  doc.adoptedStyleSheets = [sheetIn(win, PRINT_PAGE_STYLE)];
  const copy = copyInto(doc, el);
  if (copy) doc.body.append(copy);
  win.addEventListener('afterprint', () => frame.remove(), { once: true });
  win.print();
}
