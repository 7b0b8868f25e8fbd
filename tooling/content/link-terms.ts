import { JSDOM } from 'jsdom';
import type { GlossaryTerm, Section } from 'painkit/markdown';

/** Text inside these is never linked: links, headings, code and terms already marked. */
const SKIP = new Set(['A', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'CODE', 'PRE', 'PAIN-TERM']);

interface Form {
  id: string;
  pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every written form of every term, longest first, as a whole-word, case-insensitive pattern. */
function formsOf(terms: GlossaryTerm[]): Form[] {
  return terms
    .flatMap((t) => [t.term, ...t.also].map((form) => ({ id: t.id, form })))
    .sort((a, b) => b.form.length - a.form.length)
    .map(({ id, form }) => ({ id, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'iu') }));
}

/**
 * Marks the first use of each glossary term in a section's HTML with
 * `<pain-term term="id">…</pain-term>`, so readers can ask what it means.
 * Runs on HTML that was already sanitized; it only wraps text.
 */
export function createTermLinker(terms: GlossaryTerm[]): (html: string) => string {
  const forms = formsOf(terms);
  const { document, NodeFilter } = new JSDOM('').window;
  return (html) => {
    const root = document.createElement('div');
    root.innerHTML = html;
    const used = new Set<string>();
    for (const { id, pattern } of forms) {
      if (used.has(id)) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        let parent = node.parentElement;
        while (parent && parent !== root && !SKIP.has(parent.tagName)) parent = parent.parentElement;
        if (parent && parent !== root) continue;
        const match = pattern.exec(node.data);
        if (!match) continue;
        const word = node.splitText(match.index);
        word.splitText(match[0].length);
        const term = document.createElement('pain-term');
        term.setAttribute('term', id);
        word.replaceWith(term);
        term.append(word);
        used.add(id);
        break;
      }
    }
    return root.innerHTML;
  };
}

/** Marks terms in every section of a topic (not in headings or red-flag lists). */
export const linkSectionTerms = (sections: Section[], link: (html: string) => string): Section[] =>
  sections.map((section) => ({ ...section, html: link(section.html) }));
