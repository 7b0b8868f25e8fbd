import createDOMPurify from 'dompurify';
import { ContentError } from '../content/content-error.js';
import { fetchContent } from '../content/fetch-content.js';
import type { LoadedTopic } from '../content/load-topic.js';
import { compileTopic } from './compile-topic.js';
import { parseTopic } from './parse-topic.js';
import { createMarkdownRenderer, type MarkdownRenderer } from './render.js';

let renderer: MarkdownRenderer | undefined;

/** The largest clinic Markdown file painkit renders (characters). */
const MAX_MARKDOWN = 256 * 1024;

/**
 * Loads a clinic's own Markdown file (the `src` attribute) and compiles it in
 * the browser with the same parser, renderer and sanitizer as the content
 * compiler. Loaded lazily: pages that never use `src` never download marked
 * or DOMPurify.
 */
export async function loadClinicMarkdown(url: string, locale: string, signal?: AbortSignal): Promise<LoadedTopic> {
  const response = await fetchContent(url, signal);
  const text = await response.text();
  if (text.length > MAX_MARKDOWN) {
    throw new ContentError(
      'malformed',
      `${url} is ${Math.round(text.length / 1024)} KB; a clinic page may be at most ${MAX_MARKDOWN / 1024} KB`,
      url,
    );
  }
  const parsed = parseTopic(text);
  if (!parsed.sections.length) {
    const first = parsed.problems[0];
    const why = first ? `line ${first.line}: ${first.message}` : 'it has no "## Heading" sections';
    throw new ContentError('malformed', `${url} cannot be shown: ${why}`, url);
  }
  renderer ??= createMarkdownRenderer(createDOMPurify, window);
  const chunk = compileTopic(parsed, renderer, { slug: new URL(url).pathname.split('/').pop() ?? '', locale });
  return { chunk, requestedLocale: locale, fallback: false };
}
