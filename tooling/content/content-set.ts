import { readRedFlagSets, type RedFlagSets } from './red-flag-sets.js';
import { readTermbases, type Termbase } from './termbase.js';
import { parseTopic, readYaml, type ParsedTopic } from 'painkit/markdown';
import type { Finding } from './front-matter-rules.js';
import { layerOverlay, type OverlayLayer } from './overlay.js';
import {
  readContent,
  readFiles,
  readLocales,
  SOURCE_LOCALE,
  type ContentFile,
  type LocaleEntry,
} from './read-content.js';

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

/** Every topic, plan template and glossary file found, also those refused. */
export interface FoundFiles {
  topics: ContentFile[];
  plans: ContentFile[];
  glossaries: ContentFile[];
}

/**
 * A content folder read and parsed once: the input of `validate`,
 * `compile` and `report`.
 */
export interface ContentSet {
  dir: string;
  /** The clinic's overlay folder layered over `dir`, if any (its files have `origin: 'clinic'`). */
  overlay?: OverlayLayer;
  /** `<locale>/<slug>.md`. */
  topics: ParsedFile[];
  /** `<locale>/plans/<condition>.md`. */
  plans: ParsedFile[];
  /** `<locale>/glossary.yaml`. */
  glossaries: ParsedGlossary[];
  /** Every file found, also those refused (for the completeness checks). */
  found: FoundFiles;
  /** Files too big or nested too deep to read, each at its line. */
  refused: ContentProblem[];
  /** `locales.yaml`: which locales must be complete. */
  locales: { entries: LocaleEntry[]; problems: ContentProblem[] };
  /** Each locale's shared red-flag sets (`<locale>/red-flags.yaml`), with their own problems. */
  redFlagSets: Map<string, RedFlagSets>;
  /** Each locale's termbase (`<locale>/termbase.yaml`): approved terms and banned variants. */
  termbases: Map<string, Termbase>;
}

/**
 * The conditions a content set has: the slugs of its English condition
 * pages (`kind: condition`), shipped and overlay alike; topics and plan
 * templates name conditions from this set. `undefined` for a folder
 * without any condition page (a partial folder, such as a test fixture):
 * there is then nothing to check condition names against.
 */
export function conditionSlugs(set: Pick<ContentSet, 'topics'>): ReadonlySet<string> | undefined {
  const slugs = set.topics
    .filter(({ file, parsed }) => file.locale === SOURCE_LOCALE && parsed.data?.kind === 'condition')
    .map(({ file }) => file.slug);
  return slugs.length ? new Set(slugs) : undefined;
}

const parseFiles = (files: ContentFile[]): ParsedFile[] =>
  readFiles(files).map((file) => ({ file, parsed: parseTopic(file.text) }));

function parseGlossary(file: ContentFile): ParsedGlossary {
  const problems: Finding[] = [];
  const { data, lineOf } = readYaml(file.text, problems, 1, 'glossary');
  return { file, data, problems, lineOf };
}

/**
 * A content folder, or a base content folder (`dir`) with a clinic's
 * `overlay` folder layered over it: `{ dir: 'content', overlay: 'clinic-content' }`.
 */
export type ContentSource = string | { dir: string; overlay?: string };

/**
 * Reads every file of a content folder once and parses it once (topics,
 * plan templates, glossaries, locales.yaml), with a clinic's overlay
 * folder layered over it if `source` names one (`layerOverlay`). Never
 * throws on bad content: what cannot be read is in `refused` or in each
 * file's problems.
 */
export async function readContentSet(source: ContentSource): Promise<ContentSet> {
  const { dir, overlay } = typeof source === 'string' ? { dir: source, overlay: undefined } : source;
  const base: FoundFiles = {
    topics: await readContent(dir),
    plans: await readContent(dir, 'plans'),
    glossaries: (await readContent(dir, '', '.yaml')).filter((f) => f.slug === 'glossary'),
  };
  const { found, layer } = overlay ? await layerOverlay(base, overlay) : { found: base, layer: undefined };
  const all = [...found.topics, ...found.plans, ...found.glossaries];
  const locales = [...new Set(found.topics.map((f) => f.locale))];
  return {
    dir,
    ...(layer && { overlay: layer }),
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
