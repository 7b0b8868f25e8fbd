import { Marked, type Token, type Tokens } from 'marked';
import type { DOMPurify, WindowLike } from 'dompurify';
import { isFence, readHeading, splitHeadingId } from './heading.js';
import { createSanitizer } from './sanitize.js';

export { ALLOWED_TAGS, ALLOWED_ATTR, ALLOWED_URI } from './sanitize.js';

/** Markdown with the `{#id}` suffix of every heading outside code fences removed, line by line. */
function stripHeadingIds(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (isFence(line)) fenced = !fenced;
      const heading = fenced ? undefined : readHeading(line);
      if (!heading) return line;
      const { title, id } = splitHeadingId(heading.text);
      return id ? `${'#'.repeat(heading.level)} ${title}` : line;
    })
    .join('\n');
}

/**
 * After an inline `<pre>`, `<code>`, `<kbd>` or `<script>` tag, marked keeps
 * the following text as raw HTML (`escaped: true`) until the closing tag.
 * The tags are dropped, so that text must be escaped like any other:
 * otherwise `<kbd> <img src=x onerror=…> </kbd>` would hand live markup to
 * the sanitizer.
 */
function escapeRawText(token: Token): void {
  if (token.type === 'text' && (token as Tokens.Text).escaped) (token as Tokens.Text).escaped = false;
}

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
  const parser = new Marked({ gfm: true, async: false, renderer: { html: () => '' }, walkTokens: escapeRawText });
  const sanitize = createSanitizer(createPurify, window);
  return {
    sanitize,
    block: (markdown) => sanitize(parser.parse(stripHeadingIds(markdown)) as string),
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
