import createDOMPurify from 'dompurify';
import { ContentError } from '../content/content-error.js';
import { fetchContent } from '../content/fetch-content.js';
import type { LoadedTopic } from '../content/load-topic.js';
import { compileTopic } from './compile-topic.js';
import { parseTopic } from './parse-topic.js';
import { createMarkdownRenderer, type MarkdownRenderer } from './render.js';

let renderer: MarkdownRenderer | undefined;

/**
 * Loads a clinic's own Markdown file (the `src` attribute) and compiles it in
 * the browser with the same parser, renderer and sanitizer as the content
 * compiler. Loaded lazily: pages that never use `src` never download marked
 * or DOMPurify.
 */
export async function loadClinicMarkdown(url: string, locale: string): Promise<LoadedTopic> {
  const response = await fetchContent(url);
  const parsed = parseTopic(await response.text());
  if (!parsed.sections.length) {
    const first = parsed.problems[0];
    const why = first ? `line ${first.line}: ${first.message}` : 'it has no "## Heading" sections';
    throw new ContentError('malformed', `${url} cannot be shown: ${why}`, url);
  }
  renderer ??= createMarkdownRenderer(createDOMPurify, window);
  const chunk = compileTopic(parsed, renderer, { slug: new URL(url).pathname.split('/').pop() ?? '', locale });
  return { chunk, requestedLocale: locale, fallback: false };
}
