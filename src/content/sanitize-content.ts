import createDOMPurify from 'dompurify';
import { ALLOWED_URI, createSanitizer } from '../markdown/sanitize.js';
import type { Section } from './types.js';
import type { WithHtml } from './safe-html.js';

const sanitize = createSanitizer(createDOMPurify, window, { termMarks: true });

const sanitizeSection = (section: Section): Section => ({
  ...section,
  html: sanitize(section.html),
  ...(section.groups && { groups: section.groups.map((g) => ({ ...g, items: g.items.map(sanitize) })) }),
});

/**
 * Sanitizes compiled content that is not painkit's own with the allow-list
 * of the Markdown renderer (plus the glossary marks compiled content has):
 * every section's HTML and red-flag item, and every source link (a link the
 * sanitizer would drop becomes no link).
 */
export function sanitizeContent<T extends WithHtml>(chunk: T): T {
  return {
    ...chunk,
    sections: chunk.sections.map(sanitizeSection),
    sources: chunk.sources.map((source) => (ALLOWED_URI.test(source.url) ? source : { ...source, url: '' })),
  };
}
