import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/**
 * Moves every heading in sanitized HTML down or up by `shift` levels
 * (clamped to h6), so content fits the host page's outline. Only tag names
 * change; the HTML was sanitized before it got here.
 */
export function shiftHeadings(html: string, shift: number): string {
  if (!shift) return html;
  return html.replace(
    /<(\/?)h([1-6])(?=[\s>])/g,
    (_, close: string, level: string) => `<${close}h${Math.min(6, Math.max(1, Number(level) + shift))}`,
  );
}

/**
 * Renders compiled, sanitized content HTML. The one place painkit puts HTML
 * strings into the page: everything that reaches it went through the
 * sanitizer in `sanitize.ts`, either when `build-content` compiled painkit's
 * own content, or in the browser, for a `src` page (`clinic-markdown.ts`)
 * and for compiled content from any other folder (`content/safe-html.ts`).
 */
export const contentHtml = (html: string, shift = 0) => unsafeHTML(shiftHeadings(html, shift));
