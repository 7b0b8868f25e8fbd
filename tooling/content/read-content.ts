import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** One topic file in one locale. */
export interface ContentFile {
  locale: string;
  slug: string;
  /** Path as shown in messages (relative to the working directory). */
  file: string;
  text: string;
}

export const SOURCE_LOCALE = 'en';

const LOCALE_DIR = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

/** Every `<locale>/<slug>.md` file under a content folder, sorted. */
export async function readContent(dir: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  const locales = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && LOCALE_DIR.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  for (const locale of locales) {
    const names = (await readdir(join(dir, locale))).filter((name) => name.endsWith('.md')).sort();
    for (const name of names) {
      const path = join(dir, locale, name);
      files.push({
        locale,
        slug: name.slice(0, -3),
        file: relative(process.cwd(), path) || path,
        text: await readFile(path, 'utf8'),
      });
    }
  }
  return files;
}
