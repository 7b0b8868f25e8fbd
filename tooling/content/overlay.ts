import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentProblem, FoundFiles } from './content-set.js';
import { readContent, SOURCE_LOCALE, type ContentFile } from './read-content.js';

/** What layering a clinic's overlay folder over a base content folder did. */
export interface OverlayLayer {
  /** The overlay folder. */
  dir: string;
  /** The base files the overlay replaced, as `<locale>/<slug>` (`<locale>/plans/<condition>` for plans). */
  replaced: string[];
  /** The base translations set aside because the overlay replaced their English source, as `<locale>/<slug>`. */
  withheld: string[];
  /** What the overlay holds that cannot be layered (each at its file). */
  problems: ContentProblem[];
  /** What layering changed that the clinic should know (not errors): translations set aside. */
  notices: ContentProblem[];
}

const key = (f: ContentFile) => `${f.locale}/${f.slug}`;
const shown = (path: string) => relative(process.cwd(), path) || path;

/**
 * Layers `overlay` files over `base` files: an overlay file replaces the base
 * file of the same locale and slug. When the overlay replaces an English
 * source, the base's translations of it translate the text it replaced, so
 * they are set aside (`withheld`): readers of those locales get the clinic's
 * English, marked untranslated, instead of a translation of other words.
 */
export function layerFiles(
  base: ContentFile[],
  overlay: ContentFile[],
): { files: ContentFile[]; replaced: ContentFile[]; withheld: Array<{ file: ContentFile; by: ContentFile }> } {
  const mine = new Set(overlay.map(key));
  const newSources = new Map(overlay.filter((f) => f.locale === SOURCE_LOCALE).map((f) => [f.slug, f]));
  const withheld: Array<{ file: ContentFile; by: ContentFile }> = [];
  const replaced = base.filter((file) => mine.has(key(file)));
  const kept = base.filter((file) => {
    if (mine.has(key(file))) return false;
    const by = file.locale === SOURCE_LOCALE ? undefined : newSources.get(file.slug);
    if (by) withheld.push({ file, by });
    return !by;
  });
  const files = [...kept, ...overlay.map((file): ContentFile => ({ ...file, origin: 'clinic' }))].sort(
    (a, b) => a.locale.localeCompare(b.locale) || a.slug.localeCompare(b.slug),
  );
  return { files, replaced, withheld };
}

/** Files an overlay may not hold yet: shared YAML that is not layered (glossary, red-flag sets, termbase, locales). */
async function sharedFiles(overlay: string): Promise<ContentProblem[]> {
  const yaml = await readContent(overlay, '', '.yaml');
  const top = (await readdir(overlay)).filter((name) => name === 'locales.yaml').map((name) => join(overlay, name));
  return [...top.map(shown), ...yaml.map((f) => f.file)].map((file) => ({
    file,
    line: 1,
    message:
      'an overlay holds topics (<locale>/<slug>.md) and plan templates (<locale>/plans/<condition>.md) only; ' +
      'this file would not be layered over the base content: remove it, or add its entries to the base content',
  }));
}

/**
 * Reads a clinic's overlay folder (same layout as `content/`, only the
 * clinic's own files) and layers its topics and plan templates over `base`.
 */
export async function layerOverlay(
  base: FoundFiles,
  overlay: string,
): Promise<{ found: FoundFiles; layer: OverlayLayer }> {
  const topics = layerFiles(base.topics, await readContent(overlay));
  const plans = layerFiles(base.plans, await readContent(overlay, 'plans'));
  const problems = await sharedFiles(overlay);
  if (!topics.files.some((f) => f.origin) && !plans.files.some((f) => f.origin))
    problems.push({
      file: shown(overlay),
      line: 1,
      message: 'the overlay has no topic or plan files (expected <locale>/<slug>.md or <locale>/plans/<condition>.md)',
    });
  const notices = [...topics.withheld, ...plans.withheld].map(({ file, by }) => ({
    file: by.file,
    line: 1,
    message: `replaces the base ${SOURCE_LOCALE} text, so ${file.file} (a translation of the text replaced) is not used: "${file.locale}" readers get this ${SOURCE_LOCALE} text, marked untranslated, until the overlay has its own ${file.locale} file`,
  }));
  const plansKey = (f: ContentFile) => `${f.locale}/plans/${f.slug}`;
  const layer: OverlayLayer = {
    dir: overlay,
    replaced: [...topics.replaced.map(key), ...plans.replaced.map(plansKey)],
    withheld: [...topics.withheld.map(({ file }) => key(file)), ...plans.withheld.map(({ file }) => plansKey(file))],
    problems,
    notices,
  };
  return { found: { ...base, topics: topics.files, plans: plans.files }, layer };
}
