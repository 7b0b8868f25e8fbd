import { isSections, isSources, isTextList } from './chunk-shape.js';
import { cachedContent } from './content-file.js';
import { ContentError } from './content-error.js';
import { bestLocale, sameLanguage } from './locale-chain.js';
import { safeHtml } from './safe-html.js';
import { chunkUrl, guessedChunkUrl, manifestUrl } from './topic-urls.js';
import { CONTENT_FORMAT, type ContentManifest, type SameCodeTopic, type TopicChunk } from './types.js';

/** A topic ready to show, and whether it is in another language than asked. */
export interface LoadedTopic {
  chunk: TopicChunk;
  /** The locale the reader asked for. */
  requestedLocale: string;
  /** True when the content is shown in the source language instead. */
  fallback: boolean;
  /** When the topic was found by a procedure code that several topics share: the others. */
  sameCode?: { code: string; topics: SameCodeTopic[] };
}

export interface TopicRequest {
  /** Content folder URL, ending with "/". */
  base: string;
  topic?: string;
  /** CPT or SNOMED CT code, used when `topic` is empty. */
  code?: string;
  locale: string;
}

function isManifest(value: unknown): value is ContentManifest {
  const m = value as ContentManifest;
  return (
    m?.format === CONTENT_FORMAT &&
    typeof m.sourceLocale === 'string' &&
    Array.isArray(m.locales) &&
    m.locales.every((l) => typeof l?.code === 'string' && Array.isArray(l.topics)) &&
    typeof m.codes === 'object' &&
    m.codes !== null
  );
}

/** Whether `value` has the shape of the compiled topic `slug`. */
export function isTopicChunk(value: unknown, slug: string): value is TopicChunk {
  const c = value as TopicChunk;
  return (
    c?.format === CONTENT_FORMAT &&
    c.slug === slug &&
    typeof c.title === 'string' &&
    (c.keyPoints === undefined || isTextList(c.keyPoints)) &&
    isSections(c.sections) &&
    Array.isArray(c.recovery) &&
    isSources(c.sources)
  );
}

/**
 * The topics a procedure code leads to, best match first. A CPT code can
 * cover several procedures; content built by painkit 1.x has one slug.
 * Only the manifest's own keys count (`constructor` is not a code).
 */
export function topicsForCode(manifest: ContentManifest, code: string): string[] {
  const key = code.trim();
  if (!Object.hasOwn(manifest.codes, key)) return [];
  const found = manifest.codes[key];
  return Array.isArray(found) ? found : [found];
}

/** Reads the content manifest of a content folder (cached per folder). */
export async function loadManifest(base: string): Promise<ContentManifest> {
  return cachedContent(manifestUrl(base), ({ url, json }) => {
    if (!isManifest(json)) throw new ContentError('malformed', `${url} is not a painkit content manifest`, url);
    return json;
  });
}

/** Reads one compiled topic file (shared by every element that asks for the URL). */
const readChunk = (url: string, slug: string): Promise<TopicChunk> =>
  cachedContent(url, (file) => {
    if (!isTopicChunk(file.json, slug)) throw new ContentError('malformed', `${url} is not a painkit topic`, url);
    return safeHtml(file, file.json);
  });

/**
 * Starts reading the topic in the reader's language while the manifest is
 * still on its way, so the usual page waits one round trip instead of two.
 * Only for languages painkit has interface text for (content folders have
 * those); the manifest decides, and a wrong guess costs one unused request.
 */
function readAhead({ base, topic, locale }: TopicRequest): void {
  const url = topic && guessedChunkUrl(base, locale, topic);
  if (url) readChunk(url, topic).catch(() => undefined);
}

/**
 * Loads one topic in the best available locale: the requested one, a less
 * specific one (`es-PE` → `es`), or the source locale with `fallback` set.
 * Its HTML is safe to show: painkit's own, or sanitized (see `safeHtml`).
 */
export async function loadTopic(request: TopicRequest): Promise<LoadedTopic> {
  readAhead(request);
  const manifest = await loadManifest(request.base);
  const slug = request.topic || (request.code ? topicsForCode(manifest, request.code)[0] : undefined);
  if (!slug) {
    throw request.code && !request.topic
      ? new ContentError('unknown-code', `no topic has the procedure code "${request.code}"`)
      : new ContentError('no-topic', 'no topic was given: set the "topic" or "code" attribute');
  }
  const withTopic = manifest.locales.filter((l) => l.topics.includes(slug)).map((l) => l.code);
  if (!withTopic.includes(manifest.sourceLocale)) {
    throw new ContentError('unknown-topic', `there is no topic "${slug}"`);
  }
  const locale = bestLocale(request.locale, withTopic) ?? manifest.sourceLocale;
  const chunk = await readChunk(chunkUrl(request.base, locale, slug), slug);
  return { chunk, requestedLocale: request.locale, fallback: !sameLanguage(locale, request.locale) };
}
