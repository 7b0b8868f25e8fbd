import { ContentError } from './content-error.js';
import { fetchContent } from './fetch-content.js';
import { bestLocale, sameLanguage } from './locale-chain.js';
import { CONTENT_FORMAT, type ContentManifest, type TopicChunk } from './types.js';

/** A topic ready to show, and whether it is in another language than asked. */
export interface LoadedTopic {
  chunk: TopicChunk;
  /** The locale the reader asked for. */
  requestedLocale: string;
  /** True when the content is shown in the source language instead. */
  fallback: boolean;
}

export interface TopicRequest {
  /** Content folder URL, ending with "/". */
  base: string;
  topic?: string;
  /** CPT or SNOMED CT code, used when `topic` is empty. */
  code?: string;
  locale: string;
}

const cache = new Map<string, Promise<unknown>>();

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetchContent(url);
  try {
    return await response.json();
  } catch {
    throw new ContentError('malformed', `${url} is not valid JSON`, url);
  }
}

/** Fetches JSON once per URL; a failure is forgotten so a retry fetches again. */
export function cachedJson(url: string): Promise<unknown> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchJson(url);
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

function isManifest(value: unknown): value is ContentManifest {
  const m = value as ContentManifest;
  return (
    m?.format === CONTENT_FORMAT &&
    typeof m.sourceLocale === 'string' &&
    Array.isArray(m.locales) &&
    m.locales.every((l) => typeof l?.code === 'string' && Array.isArray(l.topics)) &&
    typeof m.codes === 'object'
  );
}

function isChunk(value: unknown, slug: string): value is TopicChunk {
  const c = value as TopicChunk;
  return (
    c?.format === CONTENT_FORMAT &&
    c.slug === slug &&
    typeof c.title === 'string' &&
    Array.isArray(c.sections) &&
    c.sections.every((s) => typeof s?.id === 'string' && typeof s.title === 'string' && typeof s.html === 'string') &&
    Array.isArray(c.recovery) &&
    Array.isArray(c.sources)
  );
}

/** Reads the content manifest of a content folder (cached per folder). */
export async function loadManifest(base: string): Promise<ContentManifest> {
  const url = `${base}manifest.json`;
  const manifest = await cachedJson(url);
  if (!isManifest(manifest)) throw new ContentError('malformed', `${url} is not a painkit content manifest`, url);
  return manifest;
}

/**
 * Loads one topic in the best available locale: the requested one, a less
 * specific one (`es-PE` → `es`), or the source locale with `fallback` set.
 */
export async function loadTopic(request: TopicRequest): Promise<LoadedTopic> {
  const manifest = await loadManifest(request.base);
  const slug = request.topic || (request.code ? manifest.codes[request.code.trim()] : undefined);
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
  const url = `${request.base}${locale}/${encodeURIComponent(slug)}.json`;
  const chunk = await cachedJson(url);
  if (!isChunk(chunk, slug)) throw new ContentError('malformed', `${url} is not a painkit topic`, url);
  return { chunk, requestedLocale: request.locale, fallback: !sameLanguage(locale, request.locale) };
}
