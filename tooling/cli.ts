#!/usr/bin/env node
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildContent } from './content/build-content.js';
import { fingerprint } from './content/fingerprint.js';
import { formatReport, reportContent } from './content/report.js';
import { openHandoutRenderer, type ClinicDetails } from './handout/index.js';
import { formatProblem, validateContent } from './content/validate.js';

const USAGE = `painkit — patient-education content tools

Usage:
  painkit validate [content-dir]                 check every topic file; prints file:line: message
  painkit build-content [content-dir] [--out DIR]  compile content for the components (default out: dist/data)
  painkit report [content-dir] [--json]          readability, size, translation status and staleness per topic;
                                                 exits 1 when a topic is over the reading-level budget
  painkit fingerprint <content/en/slug.md>       print the fingerprint a translation records
  painkit handout <topic…> [--all] [--lang es] [--bilingual en] [--format pdf|html]
                  [--clinic clinic.json] [--large-print] [--paper letter|a4] [--out DIR]
                                                 print-ready handouts (PDF needs Chromium; set CHROME_PATH)

content-dir defaults to ./content`;

/** `painkit handout`: one or many handouts, one browser for the batch, a line per file. */
async function handouts(
  topics: string[],
  values: {
    all?: boolean;
    lang?: string;
    bilingual?: string;
    format?: string;
    clinic?: string;
    'large-print'?: boolean;
    paper?: string;
    out?: string;
  },
): Promise<number> {
  const format = values.format ?? 'pdf';
  if (format !== 'pdf' && format !== 'html') throw new Error(`--format must be pdf or html, not "${format}"`);
  const paper = values.paper ?? 'letter';
  if (paper !== 'letter' && paper !== 'a4') throw new Error(`--paper must be letter or a4, not "${paper}"`);
  const clinic = values.clinic ? (JSON.parse(await readFile(values.clinic, 'utf8')) as ClinicDetails) : undefined;
  const out = values.out ?? 'handouts';
  await mkdir(out, { recursive: true });
  const renderer = await openHandoutRenderer();
  try {
    const jobs = values.all ? await renderer.all() : topics.map((topic) => ({ topic, lang: values.lang ?? 'en' }));
    if (!jobs.length) throw new Error('name at least one topic, or use --all');
    const started = performance.now();
    for (const job of jobs) {
      const handout = await renderer.render({
        ...job,
        bilingual: values.bilingual,
        format,
        clinic,
        largePrint: values['large-print'],
        paper,
      });
      await writeFile(join(out, handout.fileName), handout.body);
      console.log(join(out, handout.fileName));
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${jobs.length} handout(s) in ${seconds.toFixed(1)} s (${((seconds / jobs.length) * 1000).toFixed(0)} ms each).`,
    );
    return 0;
  } finally {
    await renderer.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      all: { type: 'boolean' },
      lang: { type: 'string' },
      bilingual: { type: 'string' },
      format: { type: 'string' },
      clinic: { type: 'string' },
      'large-print': { type: 'boolean' },
      paper: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  const dir = rest[0] ?? 'content';
  switch (values.help ? 'help' : command) {
    case 'validate': {
      const problems = await validateContent(dir);
      for (const p of problems) console.error(formatProblem(p));
      console.log(problems.length ? `${problems.length} problem(s) found.` : `${dir}: all topic files are valid.`);
      return problems.length ? 1 : 0;
    }
    case 'build-content': {
      const out = values.out ?? 'dist/data';
      const { problems, chunks } = await buildContent(dir, out);
      for (const p of problems) console.error(formatProblem(p));
      if (problems.length) {
        console.error(`Not built: ${problems.length} problem(s) found.`);
        return 1;
      }
      console.log(`Compiled ${chunks} topic file(s) into ${out}.`);
      return 0;
    }
    case 'report': {
      const report = await reportContent(dir);
      console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
      return report.topics.some((t) => t.overBudget) ? 1 : 0;
    }
    case 'handout':
      return handouts(rest, values);
    case 'fingerprint': {
      if (!rest[0]) break;
      console.log(fingerprint(await readFile(rest[0], 'utf8')));
      return 0;
    }
    case 'help':
      console.log(USAGE);
      return 0;
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`painkit: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
