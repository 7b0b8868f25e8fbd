import { RED_FLAG_SECTION, type TopicChunk } from 'painkit/markdown';

/**
 * The section ids a handout prints (`--sections`), in the order asked for,
 * with "When to get help" (the red flags) always among them; undefined when
 * none were asked for (every section). An id the topic does not have is an
 * error naming the topic's sections.
 */
export function handoutSections(chunk: TopicChunk, wanted: string[] | undefined): string[] | undefined {
  if (!wanted?.length) return undefined;
  const ids = chunk.sections.map((s) => s.id);
  for (const id of wanted) {
    if (!ids.includes(id)) {
      throw new Error(`there is no section "${id}" in ${chunk.slug}; the sections are ${ids.join(', ')}`);
    }
  }
  const chosen = [...new Set(wanted)];
  return chosen.includes(RED_FLAG_SECTION) || !ids.includes(RED_FLAG_SECTION) ? chosen : [...chosen, RED_FLAG_SECTION];
}
