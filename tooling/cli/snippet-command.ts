import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentManifest } from 'painkit/markdown';
import { handoutLocales } from '../handout/handout-locales.js';
import { clinicDetails } from './clinic-file.js';
import { compiledContent } from './compiled-content.js';
import { inPainkit } from './paths.js';
import { UsageError } from './usage-error.js';

/** The painkit version the snippet was made with, for its script tag. */
async function painkitVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(inPainkit('package.json'), 'utf8'));
  return (pkg as { version: string }).version;
}

/** The compiled content's manifest: the clinic's (`data`) or painkit's own. */
async function manifestOf(data: string | undefined): Promise<ContentManifest> {
  const path = join(data ?? inPainkit('dist/data'), 'manifest.json');
  return JSON.parse(await readFile(path, 'utf8')) as ContentManifest;
}

/**
 * `painkit snippet <topic>`: the whole topic as HTML a clinic pastes into any
 * page or CMS (`painkit/ssr`'s `<pain-procedure>`: declarative shadow DOM,
 * styles and text inline). It shows without JavaScript, and becomes the live
 * element where painkit's script is on the page. Unknown topics and
 * languages are named (with the closest topic names) and exit 2.
 */
export async function snippetCommand(
  [topic]: string[],
  values: Record<string, string | boolean | undefined>,
): Promise<number> {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const data = await compiledContent('snippet', text('content-dir'), text('overlay'));
  try {
    const lang = text('lang') ?? 'en';
    const manifest = await manifestOf(data);
    try {
      handoutLocales(manifest, { topic: topic!, lang });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const attributes: Record<string, string> = { topic: topic!, lang };
    if (text('sections')) attributes.sections = text('sections')!;
    if (text('heading-level')) attributes['heading-level'] = text('heading-level')!;
    const { renderElement } = await import('painkit/ssr');
    const clinic = await clinicDetails(text('clinic'));
    const html = await renderElement('pain-procedure', attributes, { contentDir: data, clinic });
    const script = `https://cdn.jsdelivr.net/npm/painkit@${await painkitVersion()}/dist/cdn/painkit.js`;
    process.stdout.write(
      `<!-- painkit snippet: "${topic}" (${lang}). It shows as it is, without JavaScript. To make it live (glossary, print, the reader's language), add once per page: <script type="module" src="${script}"></script> -->\n${html}\n`,
    );
    return 0;
  } finally {
    if (data) await rm(data, { recursive: true, force: true });
  }
}
