import { Lexer, type Token, type Tokens } from 'marked';
import {
  PROCEDURE_SECTIONS,
  RED_FLAG_GROUPS,
  RED_FLAG_SECTION,
  SECTIONS_BY_KIND,
  type ParsedSection,
  type ParsedTopic,
  type TopicKind,
  hasIdSuffix,
} from 'painkit/markdown';
import { urlProblem } from './https-url.js';
import type { Finding } from './front-matter-rules.js';

/** The file line where `raw` first appears inside a section (its first line). */
function lineIn(section: ParsedSection, raw: string, lines: string[]): number {
  const needle = raw.split('\n')[0].trim();
  const index = lines.findIndex((line, i) => i >= section.line && line.includes(needle));
  return index < 0 ? section.line : index + 1;
}

function walk(tokens: Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    const nested = token as Token & { tokens?: Token[]; items?: Token[] };
    if (nested.tokens) walk(nested.tokens, visit);
    if (nested.items) walk(nested.items, visit);
    if (token.type === 'table') {
      const { header, rows } = token as Tokens.Table;
      for (const cell of [...header, ...rows.flat()]) walk(cell.tokens, visit);
    }
  }
}

/** Raw HTML, images and links that break the URL rules (`urlProblem`) inside a section. */
function checkMarkdown(section: ParsedSection, lines: string[], findings: Finding[]): void {
  walk(new Lexer({ gfm: true }).lex(section.markdown), (token) => {
    if (token.type === 'html') {
      findings.push({
        line: lineIn(section, token.raw, lines),
        message: `raw HTML is not allowed in content: ${token.raw.trim().slice(0, 40)}`,
      });
    } else if (token.type === 'link') {
      const problem = urlProblem((token as Tokens.Link).href);
      if (problem) findings.push({ line: lineIn(section, token.raw, lines), message: `link ${problem}` });
    } else if (token.type === 'image') {
      findings.push({ line: lineIn(section, token.raw, lines), message: 'images are not allowed in content' });
    }
  });
}

/** A Markdown bullet item's first line: `-`, `*` or `+` and a space, after any indentation. */
export const isBulletLine = (line: string): boolean => /^[-*+] /.test(line.trimStart());

function checkRedFlags(section: ParsedSection, findings: Finding[]): void {
  const ids = section.subsections.map((s) => s.id);
  if (ids.length !== RED_FLAG_GROUPS.length || RED_FLAG_GROUPS.some((id, i) => ids[i] !== id)) {
    findings.push({
      line: section.line,
      message: `"${RED_FLAG_SECTION}" must have exactly two "###" subsections: {#emergency} then {#call-care-team}`,
    });
  }
  for (const sub of section.subsections) {
    if (!sub.markdown.split('\n').some(isBulletLine)) {
      findings.push({ line: sub.line, message: `red-flag list "${sub.id ?? sub.title}" has no bullet items` });
    }
  }
}

/** Checks the body's sections against the content model for the topic's kind (or a given layout). */
export function checkBody(
  parsed: ParsedTopic,
  lines: string[],
  layout?: { kind: string; sections: readonly string[] },
): Finding[] {
  const findings: Finding[] = [];
  const kind = layout?.kind ?? parsed.data?.kind;
  // Without a valid kind (already reported) the expected sections are unknown:
  // checking them against either kind would only add misleading problems.
  const knownKind = !!layout || (typeof kind === 'string' && kind in SECTIONS_BY_KIND);
  const required: readonly string[] =
    layout?.sections ?? (knownKind ? SECTIONS_BY_KIND[kind as TopicKind] : PROCEDURE_SECTIONS);
  const seen = new Map<string, number>();
  for (const section of parsed.sections) {
    if (!section.id) {
      const message = hasIdSuffix(section.title)
        ? `section "${section.title}" has an invalid id: use lowercase words joined by hyphens, e.g. {#what-it-is}`
        : `section "${section.title}" has no id: end the heading with {#id}`;
      findings.push({ line: section.line, message });
      continue;
    }
    if (seen.has(section.id)) {
      findings.push({
        line: section.line,
        message: `section "${section.id}" appears twice (first on line ${seen.get(section.id)})`,
      });
      continue;
    }
    seen.set(section.id, section.line);
    if (knownKind && !required.includes(section.id)) {
      findings.push({
        line: section.line,
        message: `unknown section "${section.id}" for a ${String(kind)}; expected one of: ${required.join(', ')}`,
      });
    }
    if (!section.markdown) findings.push({ line: section.line, message: `section "${section.id}" is empty` });
    try {
      checkMarkdown(section, lines, findings);
    } catch (error) {
      // A parser limit (such as marked's stack) that checkLimits did not foresee.
      findings.push({
        line: section.line,
        message: `section "${section.id}" could not be read as Markdown: ${(error as Error).message.split('\n')[0]}`,
      });
    }
    if (section.id === RED_FLAG_SECTION) checkRedFlags(section, findings);
  }
  if (!knownKind) return findings;
  const missing = required.filter((id) => !seen.has(id));
  if (missing.length) {
    const line = parsed.sections.at(-1)?.line ?? 1;
    findings.push({
      line,
      message: `missing section${missing.length > 1 ? 's' : ''}: ${missing.map((id) => `{#${id}}`).join(', ')}`,
    });
  }
  const order = parsed.sections.map((s) => s.id).filter((id): id is string => !!id && required.includes(id));
  const firstOutOfOrder = order.findIndex((id, i) => i > 0 && required.indexOf(id) < required.indexOf(order[i - 1]));
  if (firstOutOfOrder > 0) {
    findings.push({
      line: seen.get(order[firstOutOfOrder]) ?? 1,
      message: `section "${order[firstOutOfOrder]}" is out of order; the order is: ${required.join(', ')}`,
    });
  }
  return findings;
}
