import { RED_FLAG_SECTION, type ParsedTopic, isSlug } from 'painkit/markdown';
import { checkBody, isBulletLine } from './body-rules.js';
import { checkTeachBack } from './check-rules.js';
import { checkDiaryParity } from './diary-rules.js';
import { checkGlossary } from './glossary.js';
import { checkIcd10Owners } from './icd10-rules.js';
import { checkKeyPoints } from './key-points.js';
import { checkPlan } from './plans.js';
import { checkFrontMatter, type Finding } from './front-matter-rules.js';
import { join } from 'node:path';
import {
  conditionSlugs,
  readContentSet,
  type ContentProblem,
  type ContentSet,
  type ContentSource,
  type ParsedFile,
} from './content-set.js';
import { applyRedFlagSets, checkRedFlags } from './red-flag-sets.js';
import { SOURCE_LOCALE, type ContentFile, type LocaleEntry } from './read-content.js';
import { checkTerms } from './termbase.js';

export type { ContentProblem } from './content-set.js';

/** `file:line: message`, the format editors' tools understand. */
export const formatProblem = (p: ContentProblem): string => `${p.file}:${p.line}: ${p.message}`;

/** A notice (not an error) in the same `file:line:` format: `file:line: note: message`. */
export const formatNotice = (p: ContentProblem): string => `${p.file}:${p.line}: note: ${p.message}`;

const redFlagCounts = (parsed: ParsedTopic) =>
  (parsed.sections.find((s) => s.id === RED_FLAG_SECTION)?.subsections ?? []).map(
    (sub) => sub.markdown.split('\n').filter(isBulletLine).length,
  );

/** Checks that a translation has the structure of its English source. */
function checkParity(translation: ParsedFile, source: ParsedFile): Finding[] {
  const findings: Finding[] = [];
  const ids = (p: ParsedTopic) => p.sections.map((s) => s.id ?? '?').join(', ');
  if (ids(translation.parsed) !== ids(source.parsed)) {
    // Point at the first section that differs (or the last one, if sections are missing at the end).
    const found = translation.parsed.sections;
    const differs = found.find((s, i) => s.id !== source.parsed.sections[i]?.id) ?? found.at(-1);
    findings.push({
      line: differs?.line ?? 1,
      message: `sections differ from ${source.file.file}: expected ${ids(source.parsed)}; found ${ids(translation.parsed)}`,
    });
  }
  const milestones = (p: ParsedTopic) =>
    (Array.isArray(p.data?.recovery) ? p.data.recovery : [])
      .map(
        (m: Record<string, unknown>) => `${String(m?.id)}(${String(m?.['from-day'])}-${String(m?.['to-day'] ?? '')})`,
      )
      .join(', ');
  if (milestones(translation.parsed) !== milestones(source.parsed)) {
    findings.push({
      line: translation.parsed.lineOf(['recovery']),
      message: `recovery milestones differ from ${source.file.file}: expected ${milestones(source.parsed)}; found ${milestones(translation.parsed)}`,
    });
  }
  findings.push(...checkDiaryParity(translation.parsed, source.parsed, source.file.file));
  const flags = redFlagCounts(translation.parsed).join(' + ');
  const expected = redFlagCounts(source.parsed).join(' + ');
  if (flags !== expected) {
    const section = translation.parsed.sections.find((s) => s.id === RED_FLAG_SECTION);
    findings.push({
      line: section?.line ?? 1,
      message: `red flags differ from ${source.file.file}: expected ${expected} items, found ${flags || 'none'}`,
    });
  }
  return findings;
}

/** Cross-references between source topics: condition pages, their topics, and procedure codes. */
function checkReferences(sources: Map<string, ParsedFile>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const codeOwner = new Map<string, string>();
  for (const { file, parsed } of sources.values()) {
    const data = parsed.data ?? {};
    const at = (path: Array<string | number>, message: string) =>
      problems.push({ file: file.file, line: parsed.lineOf(path), message });
    if (data.kind === 'condition') {
      (Array.isArray(data.topics) ? data.topics : []).forEach((slug: unknown, i: number) => {
        const target = sources.get(String(slug))?.parsed.data?.kind;
        if (target !== 'procedure' && target !== 'therapy') {
          at(['topics', i], `"${String(slug)}" is not a procedure or therapy topic in ${SOURCE_LOCALE}/`);
        }
      });
    }
    const codes = (data.codes ?? {}) as Record<string, unknown>;
    // A CPT code can cover several procedures (64490–64495: facet joint injections and medial branch
    // blocks), so lookup offers the others; a SNOMED CT concept is one procedure.
    (Array.isArray(codes.snomed) ? (codes.snomed as unknown[]) : []).forEach((code, i) => {
      const owner = codeOwner.get(String(code));
      if (owner)
        at(
          ['codes', 'snomed', i],
          `SNOMED CT code ${String(code)} is also given to ${owner}: it must lead to one topic`,
        );
      else codeOwner.set(String(code), file.slug);
    });
  }
  return problems;
}

/**
 * Files of the source locale that a complete locale has not translated.
 * A clinic's own file (`origin: 'clinic'`) is complete per topic, not per
 * folder: untranslated, it is shown in English like any untranslated topic.
 */
function checkCompleteness(
  dir: string,
  locales: LocaleEntry[],
  files: ContentFile[],
  path: (f: { locale: string; slug: string }) => string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sourceSlugs = files.filter((f) => f.locale === SOURCE_LOCALE && !f.origin).map((f) => f.slug);
  for (const locale of locales.filter((l) => l.complete && l.code !== SOURCE_LOCALE)) {
    const have = new Set(files.filter((f) => f.locale === locale.code).map((f) => f.slug));
    for (const slug of sourceSlugs.filter((s) => !have.has(s))) {
      const message = `"${locale.code}" is marked complete but has no ${path({ locale: locale.code, slug })}`;
      problems.push({ file: join(dir, 'locales.yaml'), line: locale.line, message });
    }
  }
  return problems;
}

/** Plan templates and glossaries: each checked, translations against their English source. */
function checkPlansAndGlossaries(
  set: ContentSet,
  today: string,
  sources: Map<string, ParsedFile>,
  conditions: ReadonlySet<string> | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const treatments = new Set(
    [...sources]
      .filter(([, c]) => c.parsed.data?.kind === 'procedure' || c.parsed.data?.kind === 'therapy')
      .map(([slug]) => slug),
  );
  const sourcePlan = (slug: string) => set.plans.find((p) => p.file.locale === SOURCE_LOCALE && p.file.slug === slug);
  for (const { file, parsed } of set.plans) {
    const isSource = file.locale === SOURCE_LOCALE;
    const source = isSource ? undefined : sourcePlan(file.slug)?.parsed;
    if (!isSource && !source)
      problems.push({
        file: file.file,
        line: 1,
        message: `no English plan: ${SOURCE_LOCALE}/plans/${file.slug}.md does not exist`,
      });
    for (const f of checkPlan(file, parsed, { isSource, today, treatments, conditions, source }))
      problems.push({ ...f, file: file.file });
  }
  const sourceGlossary = set.glossaries.find((g) => g.file.locale === SOURCE_LOCALE);
  for (const glossary of set.glossaries) {
    const isSource = glossary.file.locale === SOURCE_LOCALE;
    for (const f of checkGlossary(glossary, { isSource, source: isSource ? undefined : sourceGlossary }))
      problems.push({ ...f, file: glossary.file.file });
  }
  problems.push(
    ...checkCompleteness(set.dir, set.locales.entries, set.found.plans, (f) => `${f.locale}/plans/${f.slug}.md`),
    ...checkCompleteness(set.dir, set.locales.entries, set.found.glossaries, (f) => `${f.locale}/glossary.yaml`),
  );
  return problems;
}

/**
 * The termbase of each locale, itself and against every topic, plan
 * template and red-flag set of that locale: each banned variant at its line.
 */
function checkTermbases(set: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const termbase of set.termbases.values())
    problems.push(...termbase.findings.map((f) => ({ ...f, file: termbase.file })));
  const texts = [
    ...[...set.topics, ...set.plans].map(({ file }) => ({ locale: file.locale, file: file.file, text: file.text })),
    ...[...set.redFlagSets.values()].map(({ locale, file, text }) => ({ locale, file, text })),
  ];
  for (const { locale, file, text } of texts)
    problems.push(...checkTerms(text, set.termbases.get(locale)).map((f) => ({ ...f, file })));
  return problems;
}

/**
 * Checks a content set: every topic's front matter, sections and Markdown,
 * each translation's structure against its English source, references
 * between topics, plan templates, glossaries, locale completeness and each
 * locale's termbase. Every
 * problem comes with file:line, sorted by file then line.
 */
export function validate(set: ContentSet, today = new Date().toISOString().slice(0, 10)): ContentProblem[] {
  const problems: ContentProblem[] = [...set.refused, ...(set.overlay?.problems ?? [])];
  const conditions = conditionSlugs(set);
  const sources = new Map(set.topics.filter((c) => c.file.locale === SOURCE_LOCALE).map((c) => [c.file.slug, c]));
  if (!set.found.topics.length)
    problems.push({ file: set.dir, line: 1, message: 'no topic files found (expected <locale>/<slug>.md)' });
  for (const sets of set.redFlagSets.values()) problems.push(...sets.findings.map((f) => ({ ...f, file: sets.file })));
  for (const c of set.topics) {
    const { file, parsed } = c;
    const add = (findings: Finding[]) => problems.push(...findings.map((f) => ({ ...f, file: file.file })));
    add(parsed.problems);
    if (!isSlug(file.slug)) add([{ line: 1, message: `file name "${file.slug}" must be a kebab-case topic slug` }]);
    const isSource = file.locale === SOURCE_LOCALE;
    const sets = set.redFlagSets.get(file.locale);
    add(checkFrontMatter(parsed, { isSource, today, conditions }));
    add(checkBody(applyRedFlagSets(parsed, sets), file.text.split(/\r\n|\r|\n/)));
    add(checkRedFlags(parsed, { sets, source: isSource ? undefined : sources.get(file.slug) }));
    add(checkKeyPoints(parsed, { source: isSource ? undefined : sources.get(file.slug) }));
    add(checkTeachBack(parsed, isSource ? undefined : sources.get(file.slug)?.parsed));
    if (!isSource) {
      const source = sources.get(file.slug);
      if (!source) add([{ line: 1, message: `no English source: ${SOURCE_LOCALE}/${file.slug}.md does not exist` }]);
      else add(checkParity(c, source));
    }
  }
  problems.push(...checkReferences(sources), ...checkIcd10Owners(sources.values()));
  problems.push(
    ...set.locales.problems,
    ...checkCompleteness(set.dir, set.locales.entries, set.found.topics, (f) => `${f.locale}/${f.slug}.md`),
  );
  problems.push(...checkPlansAndGlossaries(set, today, sources, conditions), ...checkTermbases(set));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/**
 * Reads and validates a content folder, or one with a clinic's overlay
 * layered over it (`readContentSet`, then `validate`). Never throws on bad content.
 */
export async function validateContent(source: ContentSource, today?: string): Promise<ContentProblem[]> {
  return validate(await readContentSet(source), today);
}
