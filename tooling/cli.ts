#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildContent } from './content/build-content.js';
import { fingerprint } from './content/fingerprint.js';
import { formatReport, reportContent } from './content/report.js';
import { formatProblem, validateContent } from './content/validate.js';

const USAGE = `painkit — patient-education content tools

Usage:
  painkit validate [content-dir]                 check every topic file; prints file:line: message
  painkit build-content [content-dir] [--out DIR]  compile content for the components (default out: dist/data)
  painkit report [content-dir] [--json]          readability, size, translation status and staleness per topic;
                                                 exits 1 when a topic is over the reading-level budget
  painkit fingerprint <content/en/slug.md>       print the fingerprint a translation records

content-dir defaults to ./content`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
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
