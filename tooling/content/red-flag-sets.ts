import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { RED_FLAG_GROUPS, RED_FLAG_SECTION, readYaml, type ParsedTopic } from 'painkit/markdown';
import { checkTranslation, isRecord, isText, type Finding } from './front-matter-rules.js';
import { SOURCE_LOCALE } from './read-content.js';

/** The two red-flag lists of a topic: "call 911" and "call your care team". */
type Group = (typeof RED_FLAG_GROUPS)[number];

/** One shared red-flag set: its items for each red-flag list (Markdown, one list item each). */
export interface RedFlagSet {
  id: string;
  line: number;
  items: Record<Group, string[]>;
}

/** The red-flag sets of one locale, read from `content/<locale>/red-flags.yaml`. */
export interface RedFlagSets {
  locale: string;
  /** Path as shown in messages. */
  file: string;
  sets: Map<string, RedFlagSet>;
  /** The file's text, for the checks that read every line (the termbase). */
  text: string;
  /** Problems in the file itself, with lines. */
  findings: Finding[];
}

/** The set every procedure with `near-spine: true` must list. */
export const SPINE_SET = 'spine';

const BULLET = /^\s*[-*+] /;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SET_FIELDS = new Set(['id', ...RED_FLAG_GROUPS]);

/** Reads and checks one locale's `red-flags.yaml` (undefined when the locale has none). */
async function readLocaleSets(dir: string, locale: string): Promise<RedFlagSets | undefined> {
  const path = join(dir, locale, 'red-flags.yaml');
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const file = relative(process.cwd(), path) || path;
  const findings: Finding[] = [];
  const { data, lineOf } = readYaml(text, findings, 1, 'red-flags.yaml');
  const at = (p: Array<string | number>, message: string) => findings.push({ line: lineOf(p), message });
  const sets = new Map<string, RedFlagSet>();
  if (!data) return { locale, file, sets, text, findings };
  for (const key of Object.keys(data)) if (key !== 'sets' && key !== 'translation') at([key], `unknown field "${key}"`);
  checkTranslation(data.translation, at, locale === SOURCE_LOCALE);
  if (!Array.isArray(data.sets) || !data.sets.length) at(['sets'], '"sets" must be a list of red-flag sets');
  (Array.isArray(data.sets) ? data.sets : []).forEach((raw: unknown, i: number) => {
    if (!isRecord(raw) || typeof raw.id !== 'string' || !SLUG.test(raw.id)) {
      return at(['sets', i], `set ${i + 1} needs an "id" in kebab-case`);
    }
    if (sets.has(raw.id)) return at(['sets', i, 'id'], `set "${raw.id}" is defined twice`);
    for (const key of Object.keys(raw)) if (!SET_FIELDS.has(key)) at(['sets', i, key], `unknown set field "${key}"`);
    const items = {} as Record<Group, string[]>;
    for (const group of RED_FLAG_GROUPS) {
      const list = raw[group] ?? [];
      if (!Array.isArray(list) || !list.every(isText))
        at(['sets', i, group], `set "${raw.id}": "${group}" must be a list of sentences`);
      items[group] = Array.isArray(list) ? list.filter(isText).map((item) => item.trim()) : [];
    }
    if (!items.emergency.length && !items['call-care-team'].length) at(['sets', i], `set "${raw.id}" has no items`);
    sets.set(raw.id, { id: raw.id, line: lineOf(['sets', i]), items });
  });
  return { locale, file, sets, text, findings };
}

/** A translation's sets against the English ones: the same ids, the same number of items in each list. */
function checkSetParity(translation: RedFlagSets, source: RedFlagSets): Finding[] {
  const findings: Finding[] = [];
  const shape = (s: RedFlagSets) =>
    [...s.sets.values()]
      .map((set) => `${set.id}(${set.items.emergency.length} + ${set.items['call-care-team'].length})`)
      .join(', ');
  if (shape(translation) !== shape(source)) {
    findings.push({
      line: 1,
      message: `red-flag sets differ from ${source.file}: expected ${shape(source)}; found ${shape(translation)}`,
    });
  }
  return findings;
}

/**
 * Every locale's red-flag sets under a content folder, keyed by locale, each
 * with its problems (a translation is checked against the English sets).
 */
export async function readRedFlagSets(dir: string, locales: string[]): Promise<Map<string, RedFlagSets>> {
  const all = new Map<string, RedFlagSets>();
  for (const locale of locales) {
    const sets = await readLocaleSets(dir, locale);
    if (sets) all.set(locale, sets);
  }
  const source = all.get(SOURCE_LOCALE);
  for (const sets of all.values()) {
    if (sets.locale === SOURCE_LOCALE) continue;
    if (!source)
      sets.findings.push({
        line: 1,
        message: `no English red-flag sets: ${SOURCE_LOCALE}/red-flags.yaml does not exist`,
      });
    else sets.findings.push(...checkSetParity(sets, source));
  }
  return all;
}

const setList = (data: Record<string, unknown> | undefined): string[] =>
  Array.isArray(data?.['red-flags']) ? (data['red-flags'] as unknown[]).map(String) : [];

/** Whitespace-insensitive form of a list item, to find a topic's own item that a set already gives. */
const normalise = (item: string) => item.replace(/\s+/g, ' ').trim();

/** A topic's own items in one red-flag list, as written (one bullet each). */
const ownItems = (markdown: string): string[] =>
  markdown
    .split('\n')
    .filter((line) => BULLET.test(line))
    .map((line) => line.replace(BULLET, '').trim());

/** The context a topic's red flags are checked in. */
export interface RedFlagContext {
  /** The red-flag sets of the topic's locale (undefined when the locale has none). */
  sets: RedFlagSets | undefined;
  /** The English topic a translation follows. */
  source?: { file: { file: string }; parsed: ParsedTopic };
}

/**
 * Checks a topic's `red-flags` and `near-spine` front matter: known sets;
 * every procedure says whether it is near the spine, and one that is lists
 * the spine set; a translation lists the same sets as its English source;
 * the topic's own lists do not repeat an item a set already gives.
 * Only in a content folder that has red-flag sets.
 */
export function checkRedFlags(parsed: ParsedTopic, ctx: RedFlagContext): Finding[] {
  const findings: Finding[] = [];
  const data = parsed.data;
  if (!data) return findings;
  const at = (p: Array<string | number>, message: string) => findings.push({ line: parsed.lineOf(p), message });
  const listed = setList(data);
  if (!ctx.sets) {
    if (listed.length) at(['red-flags'], '"red-flags" lists shared sets, but this locale has no red-flags.yaml');
    return findings;
  }
  if (data['red-flags'] !== undefined && !Array.isArray(data['red-flags']))
    at(['red-flags'], '"red-flags" must be a list of red-flag set ids');
  const { sets, file } = ctx.sets;
  listed.forEach((id, i) => {
    if (!sets.has(id))
      at(['red-flags', i], `unknown red-flag set "${id}"; ${file} has: ${[...sets.keys()].join(', ')}`);
  });
  const nearSpine = data['near-spine'];
  if (data.kind === 'procedure') {
    if (typeof nearSpine !== 'boolean') {
      at(
        nearSpine === undefined ? ['kind'] : ['near-spine'],
        'a procedure needs "near-spine: true" or "near-spine: false": does the needle, lead or device go near the spine?',
      );
    } else if (nearSpine && !listed.includes(SPINE_SET)) {
      at(
        ['near-spine'],
        `a procedure near the spine must list the "${SPINE_SET}" red-flag set: red-flags: [${[SPINE_SET, ...listed].join(', ')}]`,
      );
    }
  } else if (nearSpine !== undefined && (data.kind === 'therapy' || data.kind === 'condition')) {
    at(['near-spine'], '"near-spine" belongs only in procedures');
  }
  const sourceData = ctx.source?.parsed.data;
  if (ctx.source && sourceData) {
    const expected = setList(sourceData);
    if (expected.join(', ') !== listed.join(', ')) {
      at(
        data['red-flags'] === undefined ? ['kind'] : ['red-flags'],
        `red-flag sets differ from ${ctx.source.file.file}: expected [${expected.join(', ')}]; found [${listed.join(', ')}]`,
      );
    }
    if (sourceData['near-spine'] !== nearSpine && typeof nearSpine === 'boolean') {
      at(
        ['near-spine'],
        `"near-spine" differs from ${ctx.source.file.file}: expected ${String(sourceData['near-spine'])}`,
      );
    }
  }
  const section = parsed.sections.find((s) => s.id === RED_FLAG_SECTION);
  for (const sub of section?.subsections ?? []) {
    const given = new Map<string, string>();
    for (const id of listed)
      for (const item of ctx.sets.sets.get(id)?.items[sub.id as Group] ?? []) given.set(normalise(item), id);
    for (const item of ownItems(sub.markdown)) {
      const set = given.get(normalise(item));
      if (set)
        findings.push({
          line: sub.line,
          message: `red flag "${item}" is already in the "${set}" set: remove it from the topic`,
        });
    }
  }
  return findings;
}

/**
 * The topic with its red-flag sets' items put first in its two red-flag
 * lists (in the order the topic lists the sets), followed by its own items;
 * an own item a set already gives is left out. The compiler renders the
 * result, so every element and handout shows the sets' words.
 */
export function applyRedFlagSets(parsed: ParsedTopic, sets: RedFlagSets | undefined): ParsedTopic {
  const listed = setList(parsed.data)
    .map((id) => sets?.sets.get(id))
    .filter((s): s is RedFlagSet => !!s);
  if (!listed.length) return parsed;
  const sections = parsed.sections.map((section) => {
    if (section.id !== RED_FLAG_SECTION) return section;
    const subsections = section.subsections.map((sub) => {
      const fromSets = [...new Set(listed.flatMap((set) => set.items[sub.id as Group] ?? []))];
      if (!fromSets.length) return sub;
      const given = new Set(fromSets.map(normalise));
      const own = sub.markdown
        .split('\n')
        .filter((line) => !(BULLET.test(line) && given.has(normalise(line.replace(BULLET, '')))));
      return { ...sub, markdown: [...fromSets.map((item) => `- ${item}`), ...own].join('\n') };
    });
    return { ...section, subsections };
  });
  return { ...parsed, sections };
}
