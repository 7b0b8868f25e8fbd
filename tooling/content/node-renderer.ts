import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { createMarkdownRenderer, type MarkdownRenderer } from 'painkit/markdown';

let renderer: MarkdownRenderer | undefined;

/** The one Markdown renderer, with DOMPurify running on a jsdom window. */
export function nodeRenderer(): MarkdownRenderer {
  renderer ??= createMarkdownRenderer(createDOMPurify as never, new JSDOM('').window as never);
  return renderer;
}
