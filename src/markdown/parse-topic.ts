import { LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';
import { isFence, readHeading, splitHeadingId, type Heading } from './heading.js';

/** A problem found while reading a topic file, with a 1-based line. */
export interface Problem {
  line: number;
  message: string;
}

export interface ParsedSubsection {
  id?: string;
  title: string;
  line: number;
  markdown: string;
}

export interface ParsedSection {
  id?: string;
  title: string;
  line: number;
  /** Markdown of the whole section, without its own heading. */
  markdown: string;
  /** Markdown before the first `###` subsection. */
  intro: string;
  subsections: ParsedSubsection[];
}

export interface ParsedTopic {
  /** Front matter as plain data (`undefined` when missing or unreadable). */
  data: Record<string, unknown> | undefined;
  /** Line of a front-matter value by its path, e.g. `['sources', 0, 'url']`. */
  lineOf(path: ReadonlyArray<string | number>): number;
  sections: ParsedSection[];
  problems: Problem[];
}

/** A file's lines, without a leading byte-order mark (any line ending). */
export const splitLines = (text: string): string[] => text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);

/** Whether a file's lines start with front matter (a first line of `---`). */
export const hasFrontMatter = (fileLines: readonly string[]): boolean => fileLines[0]?.trim() === '---';

function readFrontMatter(lines: string[]): {
  yamlText: string;
  bodyStart: number;
  problems: Problem[];
} {
  if (!hasFrontMatter(lines)) {
    return {
      yamlText: '',
      bodyStart: 0,
      problems: [{ line: 1, message: 'the file must start with front matter between two "---" lines' }],
    };
  }
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) {
    return {
      yamlText: '',
      bodyStart: lines.length,
      problems: [{ line: 1, message: 'front matter is not closed: add a "---" line after it' }],
    };
  }
  return { yamlText: lines.slice(1, end).join('\n'), bodyStart: end + 1, problems: [] };
}

/** YAML read into plain data, and the file line of any value in it by its path. */
export interface YamlValue {
  /** The whole document as plain data; `undefined` when it could not be read. */
  value: unknown;
  /** Line of a value by its path, e.g. `['sources', 0, 'url']` (the nearest enclosing value that has one). */
  lineOf(path: ReadonlyArray<string | number>): number;
}

/**
 * The one YAML reader of painkit (front matter, glossaries, locales.yaml).
 * Never throws: every error, including YAML's own limits such as an alias
 * bomb's "Excessive alias count", becomes a problem at its file line.
 * `firstLine` is the file line of the YAML's first line; `label` names the
 * part in messages ("front matter", "glossary").
 */
export function readYamlValue(yamlText: string, problems: Problem[], firstLine = 2, label = 'front matter'): YamlValue {
  const counter = new LineCounter();
  let doc: Document | undefined;
  try {
    doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    problems.push({ line: firstLine, message: `${label} could not be read: ${String(error)}` });
    return { value: undefined, lineOf: () => 1 };
  }
  // An unclosed quote is reported where it ends (often the end of the front
  // matter); point at the line where the quote opens instead.
  const quoteStarts: number[] = [];
  visit(doc, {
    Scalar(_, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range) quoteStarts.push(node.range[0]);
    },
  });
  let lastLine = 0;
  for (const error of doc.errors) {
    let offset = error.pos[0];
    if (error.code === 'MISSING_CHAR' && error.message.includes('quote')) {
      offset = quoteStarts.filter((start) => start <= offset).at(-1) ?? offset;
    }
    // linePos is only filled in with prettyErrors, so count from the offset.
    const line = counter.linePos(offset).line + firstLine - 1;
    // One mistake often yields several errors on its line; the first names it best.
    if (line === lastLine) continue;
    lastLine = line;
    problems.push({ line, message: `${label}: ${error.message.split('\n')[0]}` });
  }
  const lineOf = (path: ReadonlyArray<string | number>): number => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc?.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + firstLine - 1;
    }
    return 1;
  };
  if (doc.errors.length) return { value: undefined, lineOf };
  try {
    return { value: doc.toJS(), lineOf };
  } catch (error) {
    // YAML's own limits, such as "Excessive alias count" for an alias bomb.
    problems.push({ line: firstLine, message: `${label} could not be read: ${(error as Error).message}` });
    return { value: undefined, lineOf: () => firstLine };
  }
}

/** Reads YAML that must be a set of `key: value` lines (front matter, a glossary); see `readYamlValue`. */
export function readYaml(yamlText: string, problems: Problem[], firstLine = 2, label = 'front matter') {
  const before = problems.length;
  const { value, lineOf } = readYamlValue(yamlText, problems, firstLine, label);
  const data =
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  if (problems.length === before && !data) {
    problems.push({ line: firstLine, message: `${label} must be a set of "key: value" lines` });
  }
  return { data, lineOf };
}

/** A line of Markdown, with the heading it starts. */
export interface BodyLine {
  text: string;
  /** 1-based file line. */
  line: number;
  /** Inside a ``` code fence, where "#" starts no heading. */
  fenced: boolean;
  /** The heading this line is; never one inside a code fence. */
  heading?: Heading;
}

/**
 * Reads Markdown lines and the headings outside code fences; `offset` is the
 * number of file lines before `bodyLines`. `unclosedFence` is the line of a
 * code fence that is never closed.
 */
export function readBody(bodyLines: readonly string[], offset = 0): { body: BodyLine[]; unclosedFence?: number } {
  let inFence = false;
  let fenceLine = 0;
  const body = bodyLines.map((text, i): BodyLine => {
    const line = offset + i + 1;
    const fenced = inFence;
    if (isFence(text)) {
      inFence = !inFence;
      if (inFence) fenceLine = line;
    }
    return { text, line, fenced, heading: fenced ? undefined : readHeading(text) };
  });
  return { body, unclosedFence: inFence ? fenceLine : undefined };
}

function splitSubsections(section: ParsedSection, body: BodyLine[]): ParsedSection {
  const intro: string[] = [];
  const subsections: Array<ParsedSubsection & { body: string[] }> = [];
  for (const { text, line, heading } of body) {
    if (heading?.level === 3) subsections.push({ ...splitHeadingId(heading.text), line, markdown: '', body: [] });
    else (subsections.at(-1)?.body ?? intro).push(text);
  }
  return {
    ...section,
    markdown: body
      .map((l) => l.text)
      .join('\n')
      .trim(),
    intro: intro.join('\n').trim(),
    subsections: subsections.map(({ body: lines, ...sub }) => ({ ...sub, markdown: lines.join('\n').trim() })),
  };
}

function splitSections(lines: string[], offset: number, problems: Problem[]): ParsedSection[] {
  const found: Array<{ section: ParsedSection; body: BodyLine[] }> = [];
  let warnedLeading = false;
  const { body, unclosedFence } = readBody(lines, offset);
  for (const bodyLine of body) {
    const { text, line, heading } = bodyLine;
    if (heading?.level === 1) {
      problems.push({ line, message: 'do not use a level-1 heading ("# "): the title comes from the front matter' });
    } else if (heading?.level === 2) {
      const section = { ...splitHeadingId(heading.text), line, markdown: '', intro: '', subsections: [] };
      found.push({ section, body: [] });
    } else if (found.length) {
      found[found.length - 1].body.push(bodyLine);
    } else if (text.trim() && !warnedLeading) {
      warnedLeading = true;
      problems.push({ line, message: 'text before the first section: start the body with a "## Heading {#id}" line' });
    }
  }
  if (unclosedFence) problems.push({ line: unclosedFence, message: 'a code fence (```) is never closed' });
  return found.map(({ section, body }) => splitSubsections(section, body));
}

/**
 * Reads a topic file: YAML front matter and `## Heading {#id}` sections.
 * Never throws: anything it cannot read becomes a problem with a line.
 */
export function parseTopic(text: string): ParsedTopic {
  const fileLines = splitLines(text);
  const front = readFrontMatter(fileLines);
  const problems = [...front.problems];
  // Empty front matter is read too, so that it is reported rather than skipped.
  const { data, lineOf } = front.problems.length
    ? { data: undefined, lineOf: () => 1 }
    : readYaml(front.yamlText, problems);
  const sections = splitSections(fileLines.slice(front.bodyStart), front.bodyStart, problems);
  return { data, lineOf, sections, problems };
}
