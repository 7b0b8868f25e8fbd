/** One option of a command, as `parseArgs` takes it, with what `--help` says about it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** What the value is, for help and for the "needs a value" message: `code`, `DIR`, `pdf|html`. */
  value?: string;
  /** A one-letter alias, e.g. `h` for `-h`. */
  short?: string;
  help: string;
}

/** A `painkit` command: what it takes and what its `--help` prints. */
export interface CommandSpec {
  name: string;
  /** The arguments after the command name, e.g. `[content-dir]`. */
  synopsis: string;
  summary: string;
  /** More lines for `painkit <command> --help`. */
  details?: string[];
  options: Record<string, OptionSpec>;
  /** How many positional arguments it takes. */
  positionals: { min: number; max: number };
}

const contentDir = { min: 0, max: 1 };

/** `--overlay DIR`: a clinic's own files layered over the content folder. */
const overlay: OptionSpec = {
  type: 'string',
  value: 'DIR',
  help: "a clinic's own files (same layout as content/) layered over the content: same slug, the clinic's file wins",
};

/** Every command, in the order the overall help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'validate',
    synopsis: '[content-dir] [--overlay DIR]',
    summary: 'check every topic file; prints file:line: message, exits 1 on any problem',
    options: { overlay },
    positionals: contentDir,
  },
  {
    name: 'build-content',
    synopsis: '[content-dir] [--overlay DIR] [--out DIR] [--approvals FILE]',
    summary: 'compile content for the components',
    options: {
      overlay,
      out: { type: 'string', value: 'DIR', help: 'where to write the compiled content (default dist/data)' },
      approvals: { type: 'string', value: 'FILE', help: "the clinic's approvals (from painkit approve) to show" },
    },
    positionals: contentDir,
  },
  {
    name: 'report',
    synopsis: '[content-dir] [--overlay DIR] [--json] [--approvals FILE]',
    summary: 'readability, size, translation status and staleness per topic',
    details: ['Exits 1 when a topic is over the reading-level budget.'],
    options: {
      overlay,
      json: { type: 'boolean', help: 'print the report as JSON' },
      approvals: { type: 'string', value: 'FILE', help: 'also list approved, stale and unapproved topics per locale' },
    },
    positionals: contentDir,
  },
  {
    name: 'fingerprint',
    synopsis: '<content/en/slug.md>',
    summary: 'print the fingerprint a translation records',
    options: {},
    positionals: { min: 1, max: 1 },
  },
  {
    name: 'handout',
    synopsis: '<topic…> [options]',
    summary: 'print-ready handouts (PDF or HTML; needs Chromium, set CHROME_PATH)',
    details: [
      'Unknown topics and languages are reported before Chromium starts.',
      'With --all, progress (N of M, elapsed, estimate) goes to stderr and the file names to stdout, in order.',
    ],
    options: {
      all: { type: 'boolean', help: 'every topic, in every language (or in the one --lang names)' },
      lang: { type: 'string', value: 'code', help: "the patient's language (default en)" },
      bilingual: { type: 'string', value: 'code', help: 'a second language, section by section' },
      format: { type: 'string', value: 'pdf|html', help: 'output format (default pdf)' },
      clinic: { type: 'string', value: 'FILE', help: "the clinic's clinic.json (name, phones, onlineUrl)" },
      approvals: { type: 'string', value: 'FILE', help: "the clinic's approvals (painkit approve) to show" },
      'large-print': { type: 'boolean', help: '16 pt body text, 11 pt running header and footer' },
      paper: { type: 'string', value: 'letter|a4', help: 'paper size (default letter)' },
      sections: {
        type: 'string',
        value: 'id,id',
        help: 'only these sections, in this order (when-to-call, the red flags, always prints)',
      },
      short: {
        type: 'boolean',
        help: '2 pages per language: key points, before and after, red flags, disclaimer, where the full version is (not with --sections)',
      },
      'content-dir': {
        type: 'string',
        value: 'DIR',
        help: "a clinic's own content folder (Markdown, compiled on the fly) instead of painkit's topics",
      },
      overlay: { ...overlay, help: "a clinic's own files layered over painkit's content (or over --content-dir)" },
      out: { type: 'string', value: 'DIR', help: 'where to write the handouts (default handouts)' },
    },
    positionals: { min: 0, max: Infinity },
  },
  {
    name: 'snippet',
    synopsis: '<topic> [options]',
    summary: 'the whole topic as HTML to paste into any page or CMS: shows without JavaScript, live with the script',
    details: ['The HTML goes to stdout: painkit snippet radiofrequency-ablation --lang es > rfa-es.html'],
    options: {
      lang: { type: 'string', value: 'code', help: "the patient's language (default en)" },
      sections: {
        type: 'string',
        value: 'id,id',
        help: 'only these sections, in this order (when-to-call always shows)',
      },
      'heading-level': { type: 'string', value: '1-6', help: "the level of the topic's title (default 2)" },
      clinic: {
        type: 'string',
        value: 'FILE',
        help: "the clinic's clinic.json (name, phones, approvals), as its <pain-clinic> says",
      },
      'content-dir': {
        type: 'string',
        value: 'DIR',
        help: "a clinic's own content folder (Markdown, compiled on the fly) instead of painkit's topics",
      },
      overlay: { ...overlay, help: "a clinic's own files layered over painkit's content (or over --content-dir)" },
    },
    positionals: { min: 1, max: 1 },
  },
  {
    name: 'approve',
    synopsis: '<topic> --by NAME --role ROLE [options]',
    summary: "record a clinic's approval of a topic's current text",
    details: [
      'The approval covers the text as it is now (its content fingerprint): when the topic changes, it is stale.',
    ],
    options: {
      lang: { type: 'string', value: 'code', help: 'the language of the text approved (default en)' },
      by: { type: 'string', value: 'name', help: 'who approves it, e.g. "Dr. Ana Ruiz"' },
      role: { type: 'string', value: 'role', help: 'their role, e.g. "Medical director"' },
      date: { type: 'string', value: 'YYYY-MM-DD', help: 'the day of the approval (default today)' },
      approvals: { type: 'string', value: 'FILE', help: 'the approvals file to update (default approvals.json)' },
      'content-dir': { type: 'string', value: 'DIR', help: 'the content folder (default content)' },
    },
    positionals: { min: 1, max: 1 },
  },
];

/** Options every command takes. */
export const COMMON_OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', help: 'show this help' },
};

const flag = (name: string, spec: OptionSpec) =>
  `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` <${spec.value}>` : ''}`;

/** `painkit <command> --help`: that command's usage only. */
export function commandHelp(command: CommandSpec): string {
  const options = Object.entries({ ...command.options, ...COMMON_OPTIONS });
  const width = Math.max(...options.map(([name, spec]) => flag(name, spec).length));
  return [
    `Usage: painkit ${command.name} ${command.synopsis}`,
    '',
    `${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.`,
    ...(command.details ?? []),
    ...(command.positionals.max > 0 && command.synopsis.includes('content-dir')
      ? ['content-dir defaults to ./content.']
      : []),
    '',
    'Options:',
    ...options.map(([name, spec]) => `  ${flag(name, spec).padEnd(width)}  ${spec.help}`),
  ].join('\n');
}

/** `painkit --help`: every command on a line. */
export function overallHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'painkit — patient-education content tools',
    '',
    'Usage: painkit <command> [arguments] [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'painkit <command> --help shows what a command takes; painkit --version prints the version.',
  ].join('\n');
}
