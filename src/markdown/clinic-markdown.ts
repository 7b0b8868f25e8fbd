import createDOMPurify from 'dompurify';
import { ContentError } from '../content/content-error.js';
import { fetchContent } from '../content/fetch-content.js';
import type { LoadedTopic } from '../content/load-topic.js';
import { compileTopic } from './compile-topic.js';
import { checkLimits, MAX_CONTENT_SIZE } from './limits.js';
import { parseTopic } from './parse-topic.js';
import { isPlainPage, parsePlainPage } from './plain-page.js';
import { createMarkdownRenderer, type MarkdownRenderer } from './render.js';

let renderer: MarkdownRenderer | undefined;

/**
 * Loads a clinic's own Markdown file (the `src` attribute) and compiles it in
 * the browser with the same parser, renderer and sanitizer as the content
 * compiler: a file in the topic format (front matter and `## Heading {#id}`
 * sections), or any plain Markdown page. Loaded lazily: pages that never use `src` never download marked
 * or DOMPurify.
 */
export async function loadClinicMarkdown(url: string, locale: string, signal?: AbortSignal): Promise<LoadedTopic> {
  const response = await fetchContent(url, signal);
  const text = await response.text();
  if (text.length > MAX_CONTENT_SIZE) {
    throw new ContentError(
      'malformed',
      `${url} is ${Math.round(text.length / 1024)} KB; a clinic page may be at most ${MAX_CONTENT_SIZE / 1024} KB`,
      url,
    );
  }
  const cannot = (why: string) => new ContentError('malformed', `${url} cannot be shown: ${why}`, url);
  const limit = checkLimits(text);
  if (limit) throw cannot(`line ${limit.line}: ${limit.message}`);
  const parsed = isPlainPage(text) ? parsePlainPage(text) : parseTopic(text);
  if (!parsed.sections.length) {
    const first = parsed.problems[0];
    throw cannot(first ? `line ${first.line}: ${first.message}` : 'it has no text');
  }
  renderer ??= createMarkdownRenderer(createDOMPurify, window);
  const slug = new URL(url).pathname.split('/').pop() ?? '';
  try {
    return { chunk: compileTopic(parsed, renderer, { slug, locale }), requestedLocale: locale, fallback: false };
  } catch (error) {
    // A parser limit the checks above did not foresee (for example marked's stack): a clear error, not a crash.
    throw cannot(`the Markdown could not be read (${String(error)})`);
  }
}
