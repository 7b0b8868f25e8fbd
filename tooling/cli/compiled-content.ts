import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentFolder, overlayFolder, shippedContent } from './paths.js';

/**
 * `--content-dir DIR` and/or `--overlay DIR`: a clinic's own content (or
 * painkit's with the clinic's overlay), compiled into a temporary folder as
 * `build-content` does. Its problems are listed (file:line) and nothing is printed.
 */
export async function compiledContent(
  command: string,
  dir: string | undefined,
  overlay: string | undefined,
): Promise<string | undefined> {
  if (dir === undefined && overlay === undefined) return undefined;
  const base = await contentFolder(dir ?? shippedContent(), `${command} --content-dir`);
  const content = overlay === undefined ? base : { dir: base, overlay: await overlayFolder(overlay) };
  const [{ buildContent }, { formatProblem }] = await Promise.all([
    import('../content/build-content.js'),
    import('../content/validate.js'),
  ]);
  const out = await mkdtemp(join(tmpdir(), 'painkit-content-'));
  const { problems } = await buildContent(content, out);
  if (!problems.length) return out;
  for (const p of problems) console.error(formatProblem(p));
  await rm(out, { recursive: true, force: true });
  const flag = overlay === undefined ? `--content-dir ${dir}` : `--overlay ${overlay}`;
  throw new Error(`${flag}: ${problems.length} problem(s) found (above); no ${command} printed`);
}
