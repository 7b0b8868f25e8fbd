import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { checkLimits, checkSize, readYamlValue, record, type LimitProblem, type Problem } from 'painkit/markdown';

/** One topic file in one locale. */
export interface ContentFile {
  locale: string;
  slug: string;
  /** Path as shown in messages (relative to the working directory). */
  file: string;
  text: string;
  /** Why the file is not read any further (too big, nested too deep); its text is then empty. */
  refused?: LimitProblem;
  /** `clinic` for a file of a clinic's overlay folder (`--overlay`); absent for the base content. */
  origin?: 'clinic';
}

export const SOURCE_LOCALE = 'en';

const LOCALE_DIR = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

/** A file's text, unless it is bigger than a content file may be (not read at all) or goes over a parser limit. */
async function readWithinLimits(path: string): Promise<{ text: string; refused?: LimitProblem }> {
  const tooBig = checkSize((await stat(path)).size);
  if (tooBig) return { text: '', refused: tooBig };
  const text = await readFile(path, 'utf8');
  const refused = checkLimits(text);
  return refused ? { text: '', refused } : { text };
}

/** The files that were read (not refused). */
export const readFiles = (files: ContentFile[]): ContentFile[] => files.filter((f) => !f.refused);

/**
 * Every `<locale>/<sub>/<slug><extension>` file under a content folder,
 * sorted: topics by default, `readContent(dir, 'plans')` for plan templates.
 */
export async function readContent(dir: string, sub = '', extension = '.md'): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  const locales = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && LOCALE_DIR.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  for (const locale of locales) {
    const folder = join(dir, locale, sub);
    const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith(extension)).sort();
    for (const name of names) {
      const path = join(folder, name);
      const where = { locale, slug: name.slice(0, -extension.length), file: relative(process.cwd(), path) || path };
      files.push({ ...where, ...(await readWithinLimits(path)) });
    }
  }
  return files;
}

/** A content locale from `content/locales.yaml`. */
export interface LocaleEntry {
  code: string;
  complete: boolean;
  /** Line of the entry in locales.yaml. */
  line: number;
}

/**
 * Reads `content/locales.yaml` (which locales must be complete). Without the
 * file, every locale folder counts as partial.
 */
export async function readLocales(
  dir: string,
): Promise<{ entries: LocaleEntry[]; problems: Array<{ file: string; line: number; message: string }> }> {
  const path = join(dir, 'locales.yaml');
  const file = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { entries: [], problems: [] };
  }
  const read: Problem[] = [];
  const { value, lineOf } = readYamlValue(text, read, 1, 'locales.yaml');
  const problems = read.map((p) => ({ ...p, file }));
  const entries: LocaleEntry[] = [];
  (Array.isArray(value) ? value : []).forEach((item: unknown, i) => {
    const { code, complete } = record(item);
    const line = lineOf([i]);
    if (typeof code !== 'string' || !LOCALE_DIR.test(code)) {
      problems.push({ file, line, message: 'each locale needs a "code" such as es or pt-br' });
    } else {
      entries.push({ code, complete: complete === true, line });
    }
  });
  return { entries, problems };
}
