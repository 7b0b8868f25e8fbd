import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from './usage-error.js';

const statOf = (path: string) => stat(path).catch((error: NodeJS.ErrnoException) => error);

/** Checks that `dir` is a content folder there is, before any command reads it. */
export async function contentFolder(dir: string, command: string): Promise<string> {
  const found = await statOf(dir);
  if (found instanceof Error)
    throw new UsageError(
      `no content folder "${dir}"; run it where content/ is, or name the folder: painkit ${command} path/to/content`,
    );
  if (!found.isDirectory()) throw new UsageError(`"${dir}" is a file, not a content folder`);
  return dir;
}

/** A path inside the installed `painkit` package. */
export const inPainkit = (path: string): string =>
  fileURLToPath(new URL(path, import.meta.resolve('painkit/package.json')));

/** The content folder the installed `painkit` package ships (its Markdown sources). */
export const shippedContent = (): string => inPainkit('content');

/** Checks that the folder of `--overlay` is there and is a folder, before any command reads it. */
export async function overlayFolder(dir: string): Promise<string> {
  const found = await statOf(dir);
  if (found instanceof Error) throw new UsageError(`--overlay ${dir}: no such folder`);
  if (!found.isDirectory())
    throw new UsageError(`--overlay ${dir}: it is a file, not a folder (an overlay is laid out like content/)`);
  return dir;
}

/**
 * Checks that the output folder of `--out` can be made: says which part of
 * the path is a regular file, instead of a raw ENOTDIR / EEXIST later.
 */
export async function checkOutFolder(out: string): Promise<string> {
  for (let path = resolve(out); ; path = dirname(path)) {
    const found = await statOf(path);
    if (!(found instanceof Error)) {
      if (!found.isDirectory())
        throw new UsageError(`--out ${out}: ${path === resolve(out) ? 'it' : `"${path}"`} is a file, not a folder`);
      break;
    }
    if (path === dirname(path)) break;
  }
  return out;
}

/** The text of a file named on the command line (after `flag`, if any), or a one-line reason it cannot be read. */
export async function inputFile(path: string, flag?: string): Promise<string> {
  return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    const reason =
      error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'it is a folder, not a file' : error.message;
    throw new UsageError(`${flag ? `${flag} ` : ''}${path}: ${reason}`);
  });
}
