import { isServer } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

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

/** A glossary mark as `build-content` writes it and the sanitizer keeps it: a term id and the word. */
const TERM_MARK = /<pain-term term="([a-z0-9-]+)">([\s\S]*?)<\/pain-term>/g;

/**
 * Turns the glossary marks of compiled content (`<pain-term term="id">word</pain-term>`)
 * into plain spans: the word with the button role, and an empty live region
 * for its definition. No element, no shadow root, no request per word: the
 * content element's `GlossaryWords` controller answers them all.
 */
export const glossaryWords = (html: string): string =>
  html.replace(TERM_MARK, (_, id: string, word: string) =>
    isServer
      ? // Rendered on a server (painkit/ssr), the word looks the same but is no button until painkit runs.
        `<span class="term"><span class="term-word" part="term" data-term="${id}">${word}</span></span>`
      : `<span class="term"><span class="term-word" part="term" role="button" tabindex="0" aria-expanded="false" data-term="${id}">${word}</span><span class="term-tip" role="status"></span></span>`,
  );

/**
 * Renders compiled, sanitized content HTML. The one place painkit puts HTML
 * strings into the page: everything that reaches it went through the
 * sanitizer in `sanitize.ts`, either when `build-content` compiled painkit's
 * own content, or in the browser, for a `src` page (`clinic-markdown.ts`)
 * and for compiled content from any other folder (`content/safe-html.ts`).
 *
 * The HTML becomes a static template (`unsafeStatic`), not an `unsafeHTML`
 * value: Lit keeps one template per distinct string, so the same section in
 * 50 elements is parsed once and cloned 49 times, where `unsafeHTML` parses
 * it again for every element. Lit keeps each distinct string for the page's
 * lifetime: a topic section, in each language a reader has opened.
 */
export const contentHtml = (html: string, shift = 0) =>
  staticHtml`${unsafeStatic(glossaryWords(shiftHeadings(html, shift)))}`;
