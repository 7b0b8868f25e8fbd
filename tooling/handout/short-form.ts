import type { TopicChunk, TopicKind } from 'painkit/markdown';
import { handoutSections } from './handout-sections.js';

/**
 * What a short handout (`--short`) prints of each kind of topic, besides the
 * title, key points, red flags and disclaimer: what to do before, and what
 * to expect after. Every kind of topic must have these sections (`validate`).
 */
export const SHORT_SECTIONS: Record<TopicKind, readonly string[]> = {
  procedure: ['preparing', 'recovery'],
  therapy: ['what-to-expect', 'at-home'],
  condition: ['symptoms', 'what-helps'],
};

/** The section ids a short handout prints of this topic, in order, "When to get help" last (see `handoutSections`). */
export const shortSections = (chunk: TopicChunk): string[] => handoutSections(chunk, [...SHORT_SECTIONS[chunk.kind]])!;

/**
 * A topic as the short form shows it: without its sources (the "More
 * information" line says where the full version with them is) and without
 * the recovery timeline, which alone takes 2 to 3 pages; the recovery
 * section's own text stays.
 */
export const shortTopic = (chunk: TopicChunk): TopicChunk => ({ ...chunk, sources: [], recovery: [] });

/** Pages per language a short handout fits on (not in large print, which takes what it needs). */
export const SHORT_PAGES = 2;

/**
 * The print scales a short handout tries, largest first, until it fits
 * {@link SHORT_PAGES}. Measured on Letter, English and Spanish: 47 of 70
 * handouts fit at full size (12 pt), 14 at 0.95, 4 at 0.9 and 4 at 0.85
 * (10.2 pt, the smallest tried); one, the Spanish intrathecal pump, takes 3
 * pages even at 0.8.
 */
export const SHORT_SCALES = [1, 0.95, 0.9, 0.85] as const;
