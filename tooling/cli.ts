#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { COMMANDS, commandHelp, overallHelp } from './cli/commands.js';
import { parseCommandLine } from './cli/parse-command-line.js';
import { checkOutFolder, contentFolder, inputFile, overlayFolder } from './cli/paths.js';
import { UsageError } from './cli/usage-error.js';

/** The version in painkit-cli's package.json (next to `dist/`). */
async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function main(argv: string[]): Promise<number> {
  const line = parseCommandLine(argv);
  if (line.kind === 'version') {
    console.log(await version());
    return 0;
  }
  if (line.kind === 'help') {
    console.log(line.command ? commandHelp(line.command) : overallHelp());
    return 0;
  }
  if (line.kind === 'usage') {
    console.error(overallHelp());
    return 2;
  }
  const { command, positionals, values } = line;
  // Each command loads what it needs (jsdom, playwright-core, …) only when it runs.
  const dir = () => contentFolder(positionals[0] ?? 'content', command.name);
  /** The content folder, with the clinic's `--overlay` folder layered over it if one is given. */
  const source = async () => {
    const base = await dir();
    return typeof values.overlay === 'string' ? { dir: base, overlay: await overlayFolder(values.overlay) } : base;
  };
  const approvalsOption = async () =>
    typeof values.approvals === 'string'
      ? (await import('./cli/approve-command.js')).readApprovalsFile(values.approvals)
      : undefined;
  switch (command.name) {
    case 'validate': {
      const [{ formatNotice, formatProblem, validate }, { readContentSet }] = await Promise.all([
        import('./content/validate.js'),
        import('./content/content-set.js'),
      ]);
      const set = await readContentSet(await source());
      const problems = validate(set);
      for (const p of set.overlay?.notices ?? []) console.error(formatNotice(p));
      for (const p of problems) console.error(formatProblem(p));
      console.log(
        problems.length
          ? `${problems.length} problem(s) found.`
          : `${positionals[0] ?? 'content'}${set.overlay ? ` with ${set.overlay.dir}` : ''}: all topic files are valid.`,
      );
      return problems.length ? 1 : 0;
    }
    case 'build-content': {
      const content = await source();
      const [{ buildContent }, { formatNotice, formatProblem }] = await Promise.all([
        import('./content/build-content.js'),
        import('./content/validate.js'),
      ]);
      const out = await checkOutFolder((values.out as string | undefined) ?? 'dist/data');
      const { problems, notices, chunks, approvals } = await buildContent(content, out, await approvalsOption());
      for (const p of notices) console.error(formatNotice(p));
      for (const p of problems) console.error(formatProblem(p));
      if (problems.length) {
        console.error(`Not built: ${problems.length} problem(s) found.`);
        return 1;
      }
      console.log(`Compiled ${chunks} topic file(s) into ${out}.`);
      if (values.approvals)
        console.log(
          `Approvals: ${approvals.approved.length} shown; ${approvals.stale.length} stale, not shown (the text changed since): ${approvals.stale.join(', ') || 'none'}.`,
        );
      return 0;
    }
    case 'report': {
      const { formatReport, reportContent } = await import('./content/report.js');
      const report = await reportContent(await source(), await approvalsOption());
      console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
      return report.topics.some((t) => t.overBudget) ? 1 : 0;
    }
    case 'fingerprint': {
      const { fingerprint } = await import('./content/fingerprint.js');
      console.log(fingerprint(await inputFile(positionals[0]!)));
      return 0;
    }
    case 'approve':
      return (await import('./cli/approve-command.js')).approveCommand(positionals, values);
    case 'snippet':
      return (await import('./cli/snippet-command.js')).snippetCommand(positionals, values);
    case 'handout':
      return (await import('./cli/handout-command.js')).handoutCommand(positionals, values);
  }
  throw new Error(`no code for the command "${command.name}"`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const command = COMMANDS.find((c) => c.name === process.argv[2]);
    console.error(
      `painkit${command ? ` ${command.name}` : ''}: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
