import { readRedFlagSets, type RedFlagSets } from './red-flag-sets.js';
import { readTermbases, type Termbase } from './termbase.js';
import { parseTopic, readYaml, type ParsedTopic } from 'painkit/markdown';
import type { Finding } from './front-matter-rules.js';
import { readContent, readFiles, readLocales, type ContentFile, type LocaleEntry } from './read-content.js';

/** A topic or plan template file, parsed once: front matter and sections, with lines. */
export interface ParsedFile {
  file: ContentFile;
  parsed: ParsedTopic;
}

/** A glossary file, read once with line numbers. */
export interface ParsedGlossary {
  file: ContentFile;
  /** The glossary as plain data (`undefined` when it could not be read). */
  data: Record<string, unknown> | undefined;
  /** What reading the YAML found wrong. */
  problems: Finding[];
  lineOf(path: ReadonlyArray<string | number>): number;
}

/** A problem in the content folder, pointing at a file and line. */
export interface ContentProblem extends Finding {
  file: string;
}

/**
 * A content folder read and parsed once: the input of `validate`,
 * `compile` and `report`.
 */
export interface ContentSet {
  dir: string;
  /** `<locale>/<slug>.md`. */
  topics: ParsedFile[];
  /** `<locale>/plans/<condition>.md`. */
  plans: ParsedFile[];
  /** `<locale>/glossary.yaml`. */
  glossaries: ParsedGlossary[];
  /** Every file found, also those refused (for the completeness checks). */
  found: { topics: ContentFile[]; plans: ContentFile[]; glossaries: ContentFile[] };
  /** Files too big or nested too deep to read, each at its line. */
  refused: ContentProblem[];
  /** `locales.yaml`: which locales must be complete. */
  locales: { entries: LocaleEntry[]; problems: ContentProblem[] };
  /** Each locale's shared red-flag sets (`<locale>/red-flags.yaml`), with their own problems. */
  redFlagSets: Map<string, RedFlagSets>;
  /** Each locale's termbase (`<locale>/termbase.yaml`): approved terms and banned variants. */
  termbases: Map<string, Termbase>;
}

const parseFiles = (files: ContentFile[]): ParsedFile[] =>
  readFiles(files).map((file) => ({ file, parsed: parseTopic(file.text) }));

function parseGlossary(file: ContentFile): ParsedGlossary {
  const problems: Finding[] = [];
  const { data, lineOf } = readYaml(file.text, problems, 1, 'glossary');
  return { file, data, problems, lineOf };
}

/**
 * Reads every file of a content folder once and parses it once (topics,
 * plan templates, glossaries, locales.yaml). Never throws on bad content:
 * what cannot be read is in `refused` or in each file's problems.
 */
export async function readContentSet(dir: string): Promise<ContentSet> {
  const found = {
    topics: await readContent(dir),
    plans: await readContent(dir, 'plans'),
    glossaries: (await readContent(dir, '', '.yaml')).filter((f) => f.slug === 'glossary'),
  };
  const all = [...found.topics, ...found.plans, ...found.glossaries];
  const locales = [...new Set(found.topics.map((f) => f.locale))];
  return {
    dir,
    topics: parseFiles(found.topics),
    plans: parseFiles(found.plans),
    glossaries: readFiles(found.glossaries).map(parseGlossary),
    found,
    refused: all.flatMap((f) => (f.refused ? [{ ...f.refused, file: f.file }] : [])),
    locales: await readLocales(dir),
    redFlagSets: await readRedFlagSets(dir, locales),
    termbases: await readTermbases(dir, locales),
  };
}
