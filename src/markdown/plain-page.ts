import { splitHeadingId } from './heading.js';
import { hasFrontMatter, readBody, splitLines, type ParsedSection, type ParsedTopic } from './parse-topic.js';

/** Whether a clinic file is plain Markdown: no front matter, so not in painkit's topic format. */
export const isPlainPage = (text: string): boolean => !hasFrontMatter(splitLines(text));

const section = (heading: string, index: number, lines: string[]): ParsedSection => {
  const markdown = lines.join('\n').trim();
  const { title, id } = splitHeadingId(heading);
  return { id: id ?? `section-${index + 1}`, title, line: 1, markdown, intro: markdown, subsections: [] };
};

/**
 * Reads plain Markdown, as a clinic writes it for any web page (zero-md shows
 * any Markdown too): a leading `# Heading` is the title; every other `#` or
 * `##` heading starts a section, as `##` does in a topic; text before the
 * first one is a section without a heading. The topic format's structure
 * (front matter, section ids, red flags) applies only to files that start
 * with front matter.
 */
export function parsePlainPage(text: string): ParsedTopic {
  const { body } = readBody(splitLines(text));
  const first = body.findIndex((line) => line.text.trim());
  const top = body[first]?.heading;
  const title = top?.level === 1 ? top.text : '';
  const parts: Array<{ title: string; lines: string[] }> = [{ title: '', lines: [] }];
  for (const { text: line, heading } of title ? body.slice(first + 1) : body) {
    if (heading && heading.level <= 2) parts.push({ title: heading.text, lines: [] });
    else parts.at(-1)!.lines.push(line);
  }
  const sections = parts
    .filter((part) => part.title || part.lines.some((line) => line.trim()))
    .map((part, i) => section(part.title, i, part.lines));
  return { data: { title }, lineOf: () => 1, sections, problems: [] };
}
