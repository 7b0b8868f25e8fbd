import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { openHandoutRenderer, type HandoutRequest } from '../handout/index.js';
import { readApprovalsFile } from './approve-command.js';
import { mapInOrder } from './in-order-pool.js';
import { clinicDetails } from './clinic-file.js';
import { compiledContent } from './compiled-content.js';
import { checkOutFolder } from './paths.js';
import { progress } from './progress.js';
import { UsageError } from './usage-error.js';

/** Pages printed at once in the one browser: every core, up to four. */
const PARALLEL_PAGES = Math.min(4, availableParallelism());

function oneOf<T extends string>(flag: string, value: string | undefined, choices: readonly T[]): T {
  const chosen = value ?? choices[0]!;
  if (!(choices as readonly string[]).includes(chosen))
    throw new UsageError(`${flag} must be ${choices.join(' or ')}, not "${chosen}"`);
  return chosen as T;
}

/**
 * `painkit handout`: checks every request against the content first (unknown
 * topic or language → one line, exit 2, before Chromium starts), then prints
 * them in one browser, {@link PARALLEL_PAGES} pages at a time, with progress on
 * stderr and the file names on stdout in request order.
 */
export async function handoutCommand(
  topics: string[],
  values: Record<string, string | boolean | undefined>,
): Promise<number> {
  const text = (name: string) => values[name] as string | undefined;
  const format = oneOf('--format', text('format'), ['pdf', 'html'] as const);
  const paper = oneOf('--paper', text('paper'), ['letter', 'a4'] as const);
  if (!values.all && !topics.length) throw new UsageError('name at least one topic, or use --all');
  const sections = text('sections')
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (sections?.length === 0) throw new UsageError('--sections needs section ids, e.g. --sections what-it-is,recovery');
  const clinic = await clinicDetails(text('clinic'));
  const approvals = text('approvals') && (await readApprovalsFile(text('approvals')!));
  const data = await compiledContent('handout', text('content-dir'), text('overlay'));
  const removeData = () => (data ? rm(data, { recursive: true, force: true }) : Promise.resolve());
  const renderer = await openHandoutRenderer(undefined, data).catch(async (error: unknown) => {
    await removeData();
    throw error;
  });
  try {
    const lang = text('lang');
    const every = values.all ? await renderer.all() : [];
    const jobs =
      values.all && lang === undefined
        ? every
        : (values.all ? [...new Set(every.map((job) => job.topic))] : topics).map((topic) => ({ topic, lang }));
    const requests: HandoutRequest[] = jobs.map((job) => ({
      ...job,
      bilingual: text('bilingual'),
      format,
      clinic,
      largePrint: values['large-print'] === true,
      paper,
      ...(approvals && { approvals }),
      sections,
      short: values.short === true,
    }));
    for (const request of requests) {
      try {
        renderer.check(request);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
    }
    const out = await checkOutFolder(text('out') ?? 'handouts');
    await mkdir(out, { recursive: true });
    const shown = requests.length > 1 ? progress(requests.length) : undefined;
    const started = performance.now();
    await mapInOrder(
      requests,
      PARALLEL_PAGES,
      async (request) => {
        const handout = await renderer.render(request);
        await writeFile(join(out, handout.fileName), handout.body);
        shown?.tick(handout.fileName);
        return join(out, handout.fileName);
      },
      (file) => console.log(file),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${requests.length} handout(s) in ${seconds.toFixed(1)} s (${((seconds / requests.length) * 1000).toFixed(0)} ms each, ${Math.min(PARALLEL_PAGES, requests.length)} at a time).`,
    );
    return 0;
  } finally {
    await renderer.close();
    await removeData();
  }
}
