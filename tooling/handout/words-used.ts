import type { GlossaryChunk, GlossaryTerm, TopicChunk } from 'painkit/markdown';

/** The glossary marks `build-content` puts in compiled HTML. */
const TERM_MARK = /<pain-term term="([a-z0-9-]+)"/g;

/**
 * The glossary words a topic marks, in the order they are first used, with
 * their meanings: on paper a word cannot open its definition, so a handout
 * lists them at the end.
 */
export function wordsUsed(chunk: TopicChunk, glossary: GlossaryChunk | undefined): GlossaryTerm[] {
  if (!glossary) return [];
  const html = chunk.sections.flatMap((s) => [s.html, ...(s.groups ?? []).flatMap((g) => g.items)]).join('\n');
  const ids = new Set([...html.matchAll(TERM_MARK)].map((m) => m[1]!));
  const byId = new Map(glossary.terms.map((t) => [t.id, t]));
  return [...ids].map((id) => byId.get(id)).filter((t): t is GlossaryTerm => !!t);
}
