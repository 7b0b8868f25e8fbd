import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  compileTopic,
  CONTENT_FORMAT,
  parseTopic,
  type ContentManifest,
  type LocaleIndex,
  type Section,
  type TopicChunk,
} from 'painkit/markdown';
import { compileGlossary } from './glossary.js';
import { createTermLinker, linkSectionTerms } from './link-terms.js';
import { nodeRenderer } from './node-renderer.js';
import { compilePlan } from './plans.js';
import { readContent, SOURCE_LOCALE } from './read-content.js';
import { applyRedFlagSets, readRedFlagSets } from './red-flag-sets.js';
import { validateContent, type ContentProblem } from './validate.js';

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'yi', 'ps', 'dv', 'ku']);

/** The language's name in itself, capitalised: `es` → "Español". */
function nativeName(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

export interface BuildResult {
  problems: ContentProblem[];
  chunks: number;
}

/**
 * Compiles a content folder for the components: `<out>/manifest.json`,
 * `<out>/<locale>/index.json`, `<out>/<locale>/<slug>.json`, plan templates
 * in `<out>/<locale>/plans/<condition>.json` and `<out>/<locale>/glossary.json`. Markdown is
 * rendered and sanitized here, once, so browsers need no parser. Writes
 * nothing when the content does not validate.
 */
export async function buildContent(dir: string, out: string): Promise<BuildResult> {
  const problems = await validateContent(dir);
  if (problems.length) return { problems, chunks: 0 };
  const files = await readContent(dir);
  const planFiles = await readContent(dir, 'plans');
  const glossaryFiles = (await readContent(dir, '', '.yaml')).filter((f) => f.slug === 'glossary');
  const glossaries = new Map(glossaryFiles.map((f) => [f.locale, compileGlossary(f)]));
  const linkers = new Map([...glossaries].map(([locale, g]) => [locale, createTermLinker(g.terms)]));
  const withTerms = <T extends { locale: string; sections: Section[] }>(chunk: T): T => {
    const link = linkers.get(chunk.locale);
    return link ? { ...chunk, sections: linkSectionTerms(chunk.sections, link) } : chunk;
  };
  const byLocale = new Map<string, TopicChunk[]>();
  const redFlagSets = await readRedFlagSets(dir, [...new Set(files.map((f) => f.locale))]);
  for (const file of files) {
    const parsed = applyRedFlagSets(parseTopic(file.text), redFlagSets.get(file.locale));
    const chunk = withTerms(compileTopic(parsed, nodeRenderer(), { slug: file.slug, locale: file.locale }));
    byLocale.set(file.locale, [...(byLocale.get(file.locale) ?? []), chunk]);
  }
  await rm(out, { recursive: true, force: true });
  const manifest: ContentManifest = { format: CONTENT_FORMAT, sourceLocale: SOURCE_LOCALE, locales: [], codes: {} };
  for (const [locale, chunks] of byLocale) {
    await mkdir(join(out, locale), { recursive: true });
    for (const chunk of chunks) await writeFile(join(out, locale, `${chunk.slug}.json`), JSON.stringify(chunk));
    const index: LocaleIndex = {
      format: CONTENT_FORMAT,
      locale,
      topics: chunks.map(({ slug, title, summary, kind, conditions, topics, bodyAreas, codes, translation }) => ({
        slug, title, summary, kind, conditions, topics, bodyAreas, codes, translation,
      })),
    };
    await writeFile(join(out, locale, 'index.json'), JSON.stringify(index));
    const plans = planFiles.filter((f) => f.locale === locale);
    if (plans.length) await mkdir(join(out, locale, 'plans'), { recursive: true });
    for (const plan of plans) {
      await writeFile(join(out, locale, 'plans', `${plan.slug}.json`), JSON.stringify(withTerms(compilePlan(plan, nodeRenderer()))));
    }
    const glossary = glossaries.get(locale);
    if (glossary) await writeFile(join(out, locale, 'glossary.json'), JSON.stringify(glossary));
    manifest.locales.push({
      code: locale,
      name: nativeName(locale),
      dir: RTL.has(locale.split('-')[0]) ? 'rtl' : 'ltr',
      topics: chunks.map((c) => c.slug),
      plans: plans.map((p) => p.slug),
      glossary: !!glossary,
    });
    if (locale === SOURCE_LOCALE) {
      for (const c of chunks) for (const code of [...c.codes.cpt, ...c.codes.snomed]) manifest.codes[code] = c.slug;
    }
  }
  await writeFile(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { problems, chunks: files.length };
}
