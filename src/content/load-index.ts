import { ContentError } from './content-error.js';
import { cachedContent } from './content-file.js';
import { loadManifest } from './load-topic.js';
import { bestLocale, sameLanguage } from './locale-chain.js';
import { CONTENT_FORMAT, SECTIONS_BY_KIND, type LocaleIndex, type TopicSummary } from './types.js';

/** One entry of a loaded index, and the locale it is written in. */
export interface IndexedTopic extends TopicSummary {
  /** The locale of this entry's title and summary: the index's, or the source locale where the topic is not translated yet. */
  locale: string;
}

/** Every topic a library can show, in the best locale available. */
export interface LoadedIndex {
  topics: IndexedTopic[];
  /** The locale of the index shown. */
  locale: string;
  /** The locale the reader asked for. */
  requestedLocale: string;
  /** True when the index is shown in the source language because the reader's has no content. */
  fallback: boolean;
}

export interface IndexRequest {
  /** Content folder URL, ending with "/". */
  base: string;
  locale: string;
}

function isIndex(value: unknown): value is LocaleIndex {
  const index = value as LocaleIndex;
  return (
    index?.format === CONTENT_FORMAT &&
    Array.isArray(index.topics) &&
    index.topics.every(
      (t) =>
        typeof t?.slug === 'string' &&
        typeof t.title === 'string' &&
        typeof t.summary === 'string' &&
        Object.hasOwn(SECTIONS_BY_KIND, t.kind) &&
        Array.isArray(t.conditions) &&
        Array.isArray(t.topics) &&
        Array.isArray(t.bodyAreas),
    )
  );
}

async function readIndex(base: string, locale: string): Promise<IndexedTopic[]> {
  const url = `${base}${locale}/index.json`;
  const index = await cachedContent(url, ({ json }) => {
    if (!isIndex(json)) throw new ContentError('malformed', `${url} is not a painkit topic index`, url);
    return json;
  });
  return index.topics.map((topic) => ({ ...topic, locale }));
}

/**
 * Loads the index of every topic (titles, summaries, kinds, conditions, body
 * areas; no topic bodies) in the best available locale, by the same rule as
 * `loadTopic()`: the requested locale, a less specific one (`es-PE` → `es`),
 * or the source locale with `fallback` set. Topics that the chosen locale
 * has not translated yet are listed from the source locale, marked by their
 * own `locale`, so the library never hides a topic the reader could open.
 */
export async function loadIndex(request: IndexRequest): Promise<LoadedIndex> {
  const manifest = await loadManifest(request.base);
  const source = manifest.locales.find((l) => l.code === manifest.sourceLocale);
  const chosen = manifest.locales.find(
    (l) =>
      l.code ===
      bestLocale(
        request.locale,
        manifest.locales.map((l) => l.code),
      ),
  );
  const locale = chosen?.code ?? manifest.sourceLocale;
  let topics = await readIndex(request.base, locale);
  const missing =
    locale === manifest.sourceLocale ? [] : (source?.topics ?? []).filter((slug) => !chosen?.topics.includes(slug));
  if (missing.length) {
    const fromSource = await readIndex(request.base, manifest.sourceLocale);
    topics = [...topics, ...fromSource.filter((topic) => missing.includes(topic.slug))];
  }
  return { topics, locale, requestedLocale: request.locale, fallback: !sameLanguage(locale, request.locale) };
}
