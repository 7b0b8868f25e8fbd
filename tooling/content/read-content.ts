import { readdir, readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
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
      files.push({
        locale,
        slug: name.slice(0, -extension.length),
        file: relative(process.cwd(), path) || path,
        text: await readFile(path, 'utf8'),
      });
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
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length) {
    const error = doc.errors[0];
    return {
      entries: [],
      problems: [
        { file, line: error.linePos?.[0].line ?? 1, message: `locales.yaml: ${error.message.split('\n')[0]}` },
      ],
    };
  }
  const items = doc.contents && 'items' in doc.contents ? (doc.contents.items as unknown[]) : [];
  const entries: LocaleEntry[] = [];
  const problems: Array<{ file: string; line: number; message: string }> = [];
  for (const item of items) {
    const node = item as { toJSON(): unknown; range?: [number, number, number] };
    const value = node.toJSON() as { code?: unknown; complete?: unknown } | null;
    const line = node.range ? counter.linePos(node.range[0]).line : 1;
    if (typeof value?.code !== 'string' || !LOCALE_DIR.test(value.code)) {
      problems.push({ file, line, message: 'each locale needs a "code" such as es or pt-br' });
    } else {
      entries.push({ code: value.code, complete: value.complete === true, line });
    }
  }
  return { entries, problems };
}
