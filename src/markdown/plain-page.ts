import { isFence, readHeading, splitHeadingId } from './heading.js';
import type { ParsedSection, ParsedTopic } from './parse-topic.js';

/** Whether a clinic file is plain Markdown: no front matter, so not in painkit's topic format. */
export const isPlainPage = (text: string): boolean =>
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/, 1)[0]
    ?.trim() !== '---';

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
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const first = lines.findIndex((line) => line.trim());
  const top = first >= 0 && !isFence(lines[first]!) ? readHeading(lines[first]!) : undefined;
  const title = top?.level === 1 ? top.text : '';
  const parts: Array<{ title: string; lines: string[] }> = [{ title: '', lines: [] }];
  let fenced = false;
  for (const line of title ? lines.slice(first + 1) : lines) {
    if (isFence(line)) fenced = !fenced;
    const heading = fenced ? undefined : readHeading(line);
    if (heading && heading.level <= 2) parts.push({ title: heading.text, lines: [] });
    else parts.at(-1)!.lines.push(line);
  }
  const sections = parts
    .filter((part) => part.title || part.lines.some((line) => line.trim()))
    .map((part, i) => section(part.title, i, part.lines));
  return { data: { title }, lineOf: () => 1, sections, problems: [] };
}
