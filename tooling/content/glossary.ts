import { CONTENT_FORMAT, compileCommon, list, record, text, type GlossaryChunk, isSlug } from 'painkit/markdown';
import { checkTranslation, isRecord, isText, type At, type Finding } from './front-matter-rules.js';
import type { ParsedGlossary } from './content-set.js';

const TERM_FIELDS = new Set(['id', 'term', 'also', 'definition']);

const termIds = (data: Record<string, unknown> | undefined): string[] =>
  (Array.isArray(data?.terms) ? data.terms : []).map((t) => String(record(t).id));

/**
 * Checks a glossary (`<locale>/glossary.yaml`): each term has a kebab-case
 * id (unique), the word, optional other forms and a short definition; a
 * translation defines the same ids as the English glossary.
 */
export function checkGlossary(
  glossary: ParsedGlossary,
  opts: { isSource: boolean; source?: ParsedGlossary },
): Finding[] {
  const { data } = glossary;
  const findings = [...glossary.problems];
  const at: At = (path, message) => findings.push({ line: glossary.lineOf(path), message });
  if (!data) return findings;
  for (const key of Object.keys(data))
    if (key !== 'terms' && key !== 'translation') at([key], `unknown field "${key}"`);
  checkTranslation(data.translation, at, opts.isSource);
  const terms = data.terms;
  if (!Array.isArray(terms) || !terms.length) {
    at(['terms'], 'the glossary needs "terms": a list of words and their definitions');
    return findings;
  }
  const ids = new Set<string>();
  terms.forEach((term, i) => {
    if (!isRecord(term)) return at(['terms', i], `term ${i + 1} needs "id", "term" and "definition"`);
    for (const key of Object.keys(term))
      if (!TERM_FIELDS.has(key)) at(['terms', i, key], `unknown term field "${key}"`);
    if (typeof term.id !== 'string' || !isSlug(term.id)) at(['terms', i], `term ${i + 1} needs an "id" in kebab-case`);
    else if (ids.has(term.id)) at(['terms', i, 'id'], `term id "${term.id}" is used twice`);
    else ids.add(term.id);
    if (!isText(term.term)) at(['terms', i], `term ${i + 1} needs the word itself in "term"`);
    if (!isText(term.definition)) at(['terms', i], `term ${i + 1} needs a "definition"`);
    else if (term.definition.length > 300)
      at(['terms', i, 'definition'], `the definition of "${String(term.id)}" is longer than 300 characters`);
    if (term.also !== undefined && (!Array.isArray(term.also) || !term.also.every(isText))) {
      at(['terms', i, 'also'], `"also" of "${String(term.id)}" must be a list of words`);
    }
  });
  // Compared only with an English glossary that can be read (its own errors are reported there).
  const sourceData = opts.source?.data;
  if (sourceData) {
    const expected = termIds(sourceData);
    const missing = expected.filter((id) => !ids.has(id));
    const extra = [...ids].filter((id) => !expected.includes(id));
    if (missing.length) at(['terms'], `terms missing from this translation: ${missing.join(', ')}`);
    if (extra.length) at(['terms'], `terms not in the English glossary: ${extra.join(', ')}`);
  }
  return findings;
}

/** Compiles a glossary into the JSON `<pain-term>` and automatic linking use. */
export function compileGlossary(glossary: ParsedGlossary): GlossaryChunk {
  const data = record(glossary.data);
  return {
    format: CONTENT_FORMAT,
    locale: glossary.file.locale,
    translation: compileCommon(data).translation,
    terms: (Array.isArray(data.terms) ? data.terms : []).map((raw) => {
      const t = record(raw);
      return { id: text(t.id), term: text(t.term), also: list(t.also), definition: text(t.definition) };
    }),
  };
}
