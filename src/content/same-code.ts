import { loadIndex } from './load-index.js';
import { loadManifest, topicsForCode } from './load-topic.js';
import type { SameCodeTopic } from './types.js';

/**
 * The other topics that the code shown also leads to (none for most codes),
 * so an element can offer them. Reads the topic index only when there are some.
 */
export async function otherTopicsForCode(
  base: string,
  code: string,
  shown: string,
  locale: string,
): Promise<SameCodeTopic[]> {
  const others = topicsForCode(await loadManifest(base), code).filter((slug) => slug !== shown);
  if (!others.length) return [];
  const { topics } = await loadIndex({ base, locale });
  return others.flatMap((slug) => {
    const entry = topics.find((t) => t.slug === slug);
    return entry ? [{ slug, title: entry.title, locale: entry.locale }] : [];
  });
}
