import { ContentError } from './content-error.js';
import { bestLocale } from './locale-chain.js';
import { cachedContent } from './content-file.js';
import { loadManifest } from './load-topic.js';
import { CONTENT_FORMAT, type GlossaryChunk, type GlossaryTerm } from './types.js';

/** A glossary term and the locale its definition is in. */
export interface LoadedTerm {
  term: GlossaryTerm;
  locale: string;
}

const isGlossary = (value: unknown): value is GlossaryChunk => {
  const g = value as GlossaryChunk;
  return (
    g?.format === CONTENT_FORMAT && Array.isArray(g.terms) && g.terms.every((t) => typeof t?.definition === 'string')
  );
};

/**
 * Looks up one glossary term in the best locale that has a glossary (the
 * requested one, a less specific one, or the source locale). Glossaries are
 * fetched once per locale and shared by every term on the page.
 */
export async function loadTerm(base: string, id: string, locale: string): Promise<LoadedTerm> {
  const manifest = await loadManifest(base);
  const withGlossary = manifest.locales.filter((l) => l.glossary).map((l) => l.code);
  const code = bestLocale(locale, withGlossary) ?? manifest.sourceLocale;
  const url = `${base}${code}/glossary.json`;
  const glossary = await cachedContent(url, ({ json }) => {
    if (!isGlossary(json)) throw new ContentError('malformed', `${url} is not a painkit glossary`, url);
    return json;
  });
  const term = glossary.terms.find((t) => t.id === id);
  if (!term) throw new ContentError('unknown-term', `the glossary has no term "${id}"`, url);
  return { term, locale: code };
}
