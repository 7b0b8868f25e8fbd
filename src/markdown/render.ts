import { Marked, type Tokens } from 'marked';
import type { DOMPurify, WindowLike } from 'dompurify';
import { createSanitizer } from './sanitize.js';

export { ALLOWED_TAGS, ALLOWED_ATTR, ALLOWED_URI } from './sanitize.js';

const HEADING_ID_SUFFIX = /^(#{1,6}\s+.*?)\s*\{#[a-z0-9-]+\}\s*$/gm;

/** Turns Markdown into sanitized HTML: the only place painkit does so. */
export interface MarkdownRenderer {
  /** Block Markdown (paragraphs, lists, `###` headings) → sanitized HTML. */
  block(markdown: string): string;
  /** One line of inline Markdown (bold, links) → sanitized HTML. */
  inline(markdown: string): string;
  /** The items of every bullet or numbered list, each as sanitized inline HTML. */
  listItems(markdown: string): string[];
  /** Sanitizes HTML that came from anywhere. */
  sanitize(html: string): string;
}

/**
 * Creates the renderer over a DOMPurify factory and a window: the page's
 * window in the browser, a jsdom window in Node. Each renderer has a private
 * DOMPurify instance, so its hooks never touch a host page's own DOMPurify.
 */
export function createMarkdownRenderer(
  createPurify: (window: WindowLike) => DOMPurify,
  window: WindowLike,
): MarkdownRenderer {
  // Raw HTML in Markdown is not part of the content format: it is dropped
  // before sanitizing, so no browser ever parses it (DOMPurify still checks
  // everything Markdown itself produces).
  const parser = new Marked({ gfm: true, async: false, renderer: { html: () => '' } });
  const sanitize = createSanitizer(createPurify, window);
  const strip = (markdown: string) => markdown.replace(HEADING_ID_SUFFIX, '$1');
  return {
    sanitize,
    block: (markdown) => sanitize(parser.parse(strip(markdown)) as string),
    inline: (markdown) => sanitize(parser.parseInline(markdown) as string),
    listItems(markdown) {
      const items: string[] = [];
      parser.walkTokens(parser.lexer(markdown), (token) => {
        if (token.type === 'list') {
          for (const item of (token as Tokens.List).items)
            items.push(sanitize(parser.parseInline(item.text) as string));
        }
      });
      return items;
    },
  };
}
