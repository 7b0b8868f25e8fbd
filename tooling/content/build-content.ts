import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import {
  type Approval,
  compileTopic,
  CONTENT_FORMAT,
  type ContentManifest,
  type GlossaryChunk,
  type LocaleIndex,
  longDate,
  type ManifestCondition,
  type PlanChunk,
  type Section,
  type TopicChunk,
} from 'painkit/markdown';
import { approvalState, topicFingerprint, type ApprovalState } from './approvals.js';
import { readContentSet, type ContentProblem, type ContentSet, type ContentSource } from './content-set.js';
import { compileGlossary } from './glossary.js';
import { applyRedFlagSets } from './red-flag-sets.js';
import { createTermLinker, linkSectionTerms } from './link-terms.js';
import { nodeRenderer } from './node-renderer.js';
import { compilePlan } from './plans.js';
import { SOURCE_LOCALE } from './read-content.js';
import { validate } from './validate.js';

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'yi', 'ps', 'dv', 'ku']);

/** The language's name in itself, capitalised: `es` → "Español". */
function nativeName(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/** The footer's dates of a compiled file, as long dates in its language (see `TopicChunk.longDates`). */
function withLongDates<T extends Pick<TopicChunk, 'locale' | 'updated' | 'clinicalReview' | 'approval'>>(chunk: T): T {
  const dates = [chunk.updated, chunk.clinicalReview?.date, chunk.approval?.date].filter((d) => d !== undefined);
  const longDates = Object.fromEntries(dates.map((iso) => [iso, longDate(iso, chunk.locale)]));
  return { ...chunk, longDates };
}

/** Everything compiled for one locale. */
export interface CompiledLocale {
  topics: TopicChunk[];
  plans: PlanChunk[];
  glossary?: GlossaryChunk;
}

/**
 * Compiles a validated content set: Markdown rendered and sanitized (once,
 * here, so browsers need no parser), glossary terms marked, per locale.
 * Each topic carries its content fingerprint and, when `approvals` has one
 * for it, the clinic's approval (current or stale: the elements compare).
 */
export function compile(set: ContentSet, approvals: readonly Approval[] = []): Map<string, CompiledLocale> {
  const md = nodeRenderer();
  const locales = new Map<string, CompiledLocale>();
  const of = (locale: string) => {
    if (!locales.has(locale)) locales.set(locale, { topics: [], plans: [] });
    return locales.get(locale)!;
  };
  for (const glossary of set.glossaries) of(glossary.file.locale).glossary = compileGlossary(glossary);
  const linkers = new Map([...locales].map(([locale, l]) => [locale, createTermLinker(l.glossary!.terms)]));
  const withTerms = <T extends { locale: string; sections: Section[] }>(chunk: T): T => {
    const link = linkers.get(chunk.locale);
    return link ? { ...chunk, sections: linkSectionTerms(chunk.sections, link) } : chunk;
  };
  for (const topic of set.topics) {
    const { file, parsed } = topic;
    const withSets = applyRedFlagSets(parsed, set.redFlagSets.get(file.locale));
    const fingerprint = topicFingerprint(set, topic);
    const { approval } = approvalState(approvals, { slug: file.slug, locale: file.locale, fingerprint });
    const chunk = compileTopic(withSets, md, { slug: file.slug, locale: file.locale });
    const origin = file.origin && { origin: file.origin };
    of(file.locale).topics.push(
      withLongDates(withTerms({ ...chunk, fingerprint, ...(approval && { approval }), ...origin })),
    );
  }
  for (const plan of set.plans) of(plan.file.locale).plans.push(withLongDates(withTerms(compilePlan(plan, md))));
  return locales;
}

/** The module written beside a compiled file: `en/sleep.json` → `en/sleep.js`. */
const asModule = (path: string) => path.replace(/\.json$/, '.js');

/**
 * `loaders.js`: each compiled file's path to a literal `import()` of its
 * module, the form every bundler follows, code-splits and fingerprints
 * (read by src/content/own-content.ts).
 */
const loadersModule = (paths: string[]) =>
  [
    '// Written by painkit build-content: the compiled files as modules bundlers follow.',
    'export default {',
    ...paths.sort().map((path) => `  ${JSON.stringify(path)}: () => import(${JSON.stringify(`./${asModule(path)}`)}),`),
    '};',
    '',
  ].join('\n');

/** The manifest's conditions: each English condition page's slug (and origin), by slug. */
const manifestConditions = (compiled: Map<string, CompiledLocale>): ManifestCondition[] =>
  (compiled.get(SOURCE_LOCALE)?.topics ?? [])
    .filter((c) => c.kind === 'condition')
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map(({ slug, origin }) => ({ slug, ...(origin && { origin }) }));

/**
 * Writes compiled content: `<out>/manifest.json`, `<out>/<locale>/index.json`,
 * `<out>/<locale>/<slug>.json`, plan templates in
 * `<out>/<locale>/plans/<condition>.json` and `<out>/<locale>/glossary.json`.
 * Beside each file, the same content as a JavaScript module (`<slug>.js`,
 * `export default JSON.parse(…)`), and `<out>/loaders.js` mapping each file to its
 * module, so bundlers ship painkit's own content with its code.
 * Replaces whatever `out` held.
 */
export async function emit(compiled: Map<string, CompiledLocale>, out: string): Promise<void> {
  await rm(out, { recursive: true, force: true });
  const manifest: ContentManifest = { format: CONTENT_FORMAT, sourceLocale: SOURCE_LOCALE, locales: [], codes: {} };
  const written: string[] = [];
  const json = async (path: string, value: unknown, space?: number) => {
    await writeFile(join(out, path), JSON.stringify(value, null, space));
    // JSON.parse keeps a "__proto__" key a plain key, as in the .json file.
    await writeFile(
      join(out, asModule(path)),
      `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`,
    );
    written.push(path.split(sep).join('/'));
  };
  for (const [locale, { topics, plans, glossary }] of [...compiled].sort(([a], [b]) => a.localeCompare(b))) {
    if (!topics.length) continue;
    await mkdir(join(out, locale), { recursive: true });
    for (const chunk of topics) await json(join(locale, `${chunk.slug}.json`), chunk);
    const index: LocaleIndex = {
      format: CONTENT_FORMAT,
      locale,
      topics: topics.map(
        ({ slug, title, summary, kind, conditions, topics, bodyAreas, codes, translation, origin }) => ({
          slug,
          title,
          summary,
          kind,
          conditions,
          topics,
          bodyAreas,
          codes,
          translation,
          ...(origin && { origin }),
        }),
      ),
    };
    await json(join(locale, 'index.json'), index);
    if (plans.length) await mkdir(join(out, locale, 'plans'), { recursive: true });
    for (const plan of plans) await json(join(locale, 'plans', `${plan.condition}.json`), plan);
    if (glossary) await json(join(locale, 'glossary.json'), glossary);
    const clinic = topics.filter((c) => c.origin === 'clinic').map((c) => c.slug);
    manifest.locales.push({
      code: locale,
      name: nativeName(locale),
      dir: RTL.has(locale.split('-')[0]) ? 'rtl' : 'ltr',
      topics: topics.map((c) => c.slug),
      plans: plans.map((p) => p.condition),
      glossary: !!glossary,
      ...(clinic.length && { clinic }),
    });
    if (locale === SOURCE_LOCALE) {
      const bySlug = [...topics].sort((a, b) => a.slug.localeCompare(b.slug));
      const codes: Record<string, string[]> = {};
      for (const c of bySlug) for (const code of [...c.codes.cpt, ...c.codes.snomed]) (codes[code] ??= []).push(c.slug);
      manifest.codes = codes;
      const conditionCodes: Record<string, string> = {};
      for (const c of bySlug) for (const code of c.codes.icd10 ?? []) conditionCodes[code] = c.slug;
      if (Object.keys(conditionCodes).length) manifest.conditionCodes = conditionCodes;
    }
  }
  manifest.conditions = manifestConditions(compiled);
  await json('manifest.json', manifest, 2);
  await writeFile(join(out, 'loaders.js'), loadersModule(written));
}

export interface BuildResult {
  problems: ContentProblem[];
  /** What layering a clinic's overlay changed that is not an error (translations set aside). */
  notices: ContentProblem[];
  chunks: number;
  /** Each approval given, by whether it covers the topic's text now (`<topic> <locale>`). */
  approvals: Record<Exclude<ApprovalState, 'unapproved'>, string[]>;
}

/**
 * `painkit build-content`: reads the content folder once, with a clinic's
 * overlay layered over it if `source` names one (`readContentSet`), validates it, compiles it (with the clinic's
 * `approvals`, if any) and writes it to `out`. Writes nothing when the
 * content does not validate.
 */
export async function buildContent(
  source: ContentSource,
  out: string,
  approvals: readonly Approval[] = [],
): Promise<BuildResult> {
  const set = await readContentSet(source);
  const problems = validate(set);
  const given: BuildResult['approvals'] = { approved: [], stale: [] };
  if (problems.length) return { problems, notices: set.overlay?.notices ?? [], chunks: 0, approvals: given };
  const compiled = compile(set, approvals);
  for (const { topics } of compiled.values())
    for (const chunk of topics) {
      const { state } = approvalState(approvals, { ...chunk, fingerprint: chunk.fingerprint ?? '' });
      if (state !== 'unapproved') given[state].push(`${chunk.slug} ${chunk.locale}`);
    }
  await emit(compiled, out);
  return { problems, notices: set.overlay?.notices ?? [], chunks: set.topics.length, approvals: given };
}
