import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { readYaml } from 'painkit/markdown';
import { isRecord, isText, type Finding } from './front-matter-rules.js';

/** One concept of a termbase: the term to write, and the variants not to. */
export interface Concept {
  id: string;
  approved: string;
  banned: string[];
  /** Each banned variant as it is matched: a whole word or phrase. */
  patterns: RegExp[];
}

/** A locale's termbase, read from `content/<locale>/termbase.yaml`. */
export interface Termbase {
  locale: string;
  /** Path as shown in messages. */
  file: string;
  concepts: Concept[];
  /** Problems in the file itself, with lines. */
  findings: Finding[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CONCEPT_FIELDS = new Set(['id', 'approved', 'banned', 'note']);
/** An acronym (`ARF`, `RFA`) is matched as written; any other variant in any case. */
const ACRONYM = /^[\p{Lu}\d]{2,}$/u;

/**
 * A variant as a whole word or phrase: not inside a longer word, any run of
 * spaces or a line break between its words, any case unless it is an acronym.
 */
function variantPattern(variant: string): RegExp {
  const words = variant
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, ACRONYM.test(variant) ? 'gu' : 'giu');
}

/** Reads and checks one locale's termbase (undefined when the locale has none). */
async function readTermbase(dir: string, locale: string): Promise<Termbase | undefined> {
  const path = join(dir, locale, 'termbase.yaml');
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const file = relative(process.cwd(), path) || path;
  const findings: Finding[] = [];
  const { data, lineOf } = readYaml(text, findings, 1, 'termbase.yaml');
  const at = (p: Array<string | number>, message: string) => findings.push({ line: lineOf(p), message });
  const concepts: Concept[] = [];
  if (!data) return { locale, file, concepts, findings };
  for (const key of Object.keys(data)) if (key !== 'concepts') at([key], `unknown field "${key}"`);
  if (!Array.isArray(data.concepts) || !data.concepts.length) at(['concepts'], '"concepts" must be a list of concepts');
  const ids = new Set<string>();
  (Array.isArray(data.concepts) ? data.concepts : []).forEach((raw: unknown, i: number) => {
    if (!isRecord(raw) || typeof raw.id !== 'string' || !SLUG.test(raw.id))
      return at(['concepts', i], `concept ${i + 1} needs an "id" in kebab-case`);
    if (ids.has(raw.id)) return at(['concepts', i, 'id'], `concept "${raw.id}" is defined twice`);
    ids.add(raw.id);
    for (const key of Object.keys(raw))
      if (!CONCEPT_FIELDS.has(key)) at(['concepts', i, key], `unknown concept field "${key}"`);
    if (!isText(raw.approved)) return at(['concepts', i], `concept "${raw.id}" needs the "approved" term`);
    if (!Array.isArray(raw.banned) || !raw.banned.length || !raw.banned.every(isText))
      return at(['concepts', i], `concept "${raw.id}": "banned" must be a list of the variants not to use`);
    const approved = raw.approved.trim();
    const banned = (raw.banned as string[]).map((variant) => variant.trim());
    // A variant found in the approved term would be reported wherever the approved term is written.
    const clash = banned.findIndex((variant) => variantPattern(variant).test(approved));
    if (clash >= 0)
      return at(
        ['concepts', i, 'banned', clash],
        `concept "${raw.id}": the approved term "${approved}" contains the banned "${banned[clash]}"`,
      );
    concepts.push({
      id: raw.id,
      approved,
      banned,
      patterns: banned.map(variantPattern),
    });
  });
  return { locale, file, concepts, findings };
}

/** Every locale's termbase under a content folder, keyed by locale. */
export async function readTermbases(dir: string, locales: string[]): Promise<Map<string, Termbase>> {
  const all = new Map<string, Termbase>();
  for (const locale of locales) {
    const termbase = await readTermbase(dir, locale);
    if (termbase) all.set(locale, termbase);
  }
  return all;
}

/** A front-matter block of citations (`sources:` and what is indented under it), quoted as published. */
const CITATIONS = /^sources:/;

/** The text with its citation lines blanked out (the line count kept). */
function withoutCitations(text: string): string {
  let inCitations = false;
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => {
      if (/^\S/.test(line)) inCitations = CITATIONS.test(line);
      return inCitations ? '' : line;
    })
    .join('\n');
}

/**
 * Every banned variant in a file's text (also one broken over two lines), at
 * its line, with the approved term to write instead. Source citations are
 * left alone: a title is quoted as its publisher wrote it.
 */
export function checkTerms(text: string, termbase: Termbase | undefined): Finding[] {
  if (!termbase?.concepts.length) return [];
  const checked = withoutCitations(text);
  const findings: Finding[] = [];
  for (const concept of termbase.concepts) {
    for (const pattern of concept.patterns) {
      for (const match of checked.matchAll(pattern)) {
        findings.push({
          line: checked.slice(0, match.index).split('\n').length,
          message: `banned term "${match[0].replace(/\s+/g, ' ')}": write "${concept.approved}" (concept "${concept.id}" in ${termbase.file})`,
        });
      }
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}
