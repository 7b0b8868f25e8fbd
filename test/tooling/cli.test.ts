import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../../scripts/chromium.js';

const CLI = resolve('tooling/dist/cli.js');
/** A duration as the progress line prints it: `12 s`, `2 min 05 s`. */
const TIME = '\\d+ (?:min \\d{2} )?s';

/** Runs the built CLI as a user would, from `cwd` (default: the repository). */
const painkit = (args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
  spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, ...options.env },
  });

describe('painkit CLI: bad input', () => {
  let dir = '';
  // A stand-in "Chromium" that leaves a mark when started: none of these
  // commands may get as far as starting the browser.
  let marker = '';
  let fakeChromium = '';

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'painkit-cli-'));
    await writeFile(join(dir, 'a-file'), 'not a folder');
    await writeFile(join(dir, 'not-approvals.json'), '{ "approvals": {} }');
    marker = join(dir, 'chromium-started');
    fakeChromium = join(dir, 'chromium');
    await writeFile(fakeChromium, `#!/bin/sh\ntouch '${marker}'\nexit 1\n`);
    await chmod(fakeChromium, 0o755);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const rfa = 'radiofrequency-ablation';
  /** [arguments, the one line on stderr, exit code]; `$T` is the test's temporary folder. */
  const cases: Array<[string[], string, number]> = [
    [['handout', rfa, '--lang', 'xx'], 'painkit handout: there is no content in "xx"; the languages are en, es', 2],
    [
      ['handout', rfa, '--lang', 'es', '--bilingual', 'es'],
      `painkit handout: the second language "es" is the handout's own language; pick another one`,
      2,
    ],
    [
      ['handout', rfa, '--lang', 'es', '--bilingual', 'ES-mx'],
      `painkit handout: the second language "ES-mx" is the handout's own language; pick another one`,
      2,
    ],
    [
      ['handout', rfa, '--bilingual', 'zz'],
      'painkit handout: there is no content in "zz" for the second language; the languages are en, es',
      2,
    ],
    [
      ['handout', 'radiofrequency-ablatoin'],
      'painkit handout: there is no topic "radiofrequency-ablatoin"; did you mean radiofrequency-ablation?',
      2,
    ],
    [
      ['handout', 'zzzzqqq'],
      'painkit handout: there is no topic "zzzzqqq"; the closest are sleep, exercise, sciatica',
      2,
    ],
    [['handout', '--all', '--lang', 'xx'], 'painkit handout: there is no content in "xx"; the languages are en, es', 2],
    [
      ['handout', rfa, '--out', '$T/a-file/handouts'],
      'painkit handout: --out $T/a-file/handouts: "$T/a-file" is a file, not a folder',
      2,
    ],
    [['handout', rfa, '--out', '$T/a-file'], 'painkit handout: --out $T/a-file: it is a file, not a folder', 2],
    [
      ['build-content', '--out', '$T/a-file/data'],
      'painkit build-content: --out $T/a-file/data: "$T/a-file" is a file, not a folder',
      2,
    ],
    [
      ['validate', '$T/no-content'],
      'painkit validate: no content folder "$T/no-content"; run it where content/ is, or name the folder: painkit validate path/to/content',
      2,
    ],
    [
      ['report', '$T/no-content'],
      'painkit report: no content folder "$T/no-content"; run it where content/ is, or name the folder: painkit report path/to/content',
      2,
    ],
    [
      ['build-content', '$T/no-content'],
      'painkit build-content: no content folder "$T/no-content"; run it where content/ is, or name the folder: painkit build-content path/to/content',
      2,
    ],
    [['validate', '$T/a-file'], 'painkit validate: "$T/a-file" is a file, not a content folder', 2],
    [
      ['frobnicate'],
      'painkit: unknown command "frobnicate"; the commands are validate, build-content, report, fingerprint, handout, snippet, approve',
      2,
    ],
    [['valdate'], 'painkit: unknown command "valdate"; did you mean validate?', 2],
    [['--frob'], 'painkit: unknown option --frob; name a command first (painkit --help)', 2],
    [['handout', rfa, '--lnag', 'es'], 'painkit handout: unknown option --lnag; did you mean --lang?', 2],
    [['handout', '--frob'], 'painkit handout: unknown option --frob; painkit handout --help lists its options', 2],
    // validate takes --overlay now; fingerprint is the command without options.
    [
      ['fingerprint', 'content/en/sleep.md', '--json'],
      'painkit fingerprint: unknown option --json; painkit fingerprint takes no options but --help',
      2,
    ],
    [['handout', rfa, '--lang'], 'painkit handout: --lang needs a value: --lang <code>', 2],
    [['handout', rfa, '--lang', '--large-print'], 'painkit handout: --lang needs a value: --lang <code>', 2],
    [['build-content', '--out'], 'painkit build-content: --out needs a value: --out <DIR>', 2],
    [['handout', '--all=yes'], 'painkit handout: --all takes no value (got "yes")', 2],
    [['handout', rfa, '--format', 'docx'], 'painkit handout: --format must be pdf or html, not "docx"', 2],
    [['handout', rfa, '--paper', 'legal'], 'painkit handout: --paper must be letter or a4, not "legal"', 2],
    [['handout'], 'painkit handout: name at least one topic, or use --all', 2],
    [
      ['handout', rfa, '--lang', 'es', '--sections', 'what-it-is,recvery'],
      'painkit handout: there is no section "recvery" in radiofrequency-ablation; the sections are what-it-is, what-it-treats, preparing, during, recovery, risks, when-to-call, your-plan, questions',
      2,
    ],
    [
      ['handout', rfa, '--content-dir', '$T/none'],
      'painkit handout: no content folder "$T/none"; run it where content/ is, or name the folder: painkit handout --content-dir path/to/content',
      2,
    ],
    [
      ['handout', 'sleep', '--content-dir', 'test/tooling/fixtures/good'],
      'painkit handout: there is no topic "sleep"; the closest are physical-therapy, medial-branch-block',
      2,
    ],
    [
      ['handout', rfa, '--sections', ' , '],
      'painkit handout: --sections needs section ids, e.g. --sections what-it-is,recovery',
      2,
    ],
    [['handout', rfa, '--clinic', '$T/none.json'], 'painkit handout: --clinic $T/none.json: no such file', 2],
    [
      ['validate', 'a', 'b'],
      'painkit validate: unexpected argument "b"; usage: painkit validate [content-dir] [--overlay DIR]',
      2,
    ],
    [['fingerprint'], 'painkit fingerprint: missing argument; usage: painkit fingerprint <content/en/slug.md>', 2],
    [['fingerprint', '$T/none.md'], 'painkit fingerprint: $T/none.md: no such file', 2],
    [
      ['approve'],
      'painkit approve: missing argument; usage: painkit approve <topic> --by NAME --role ROLE [options]',
      2,
    ],
    [['approve', 'sleep', '--role', 'Medical director'], 'painkit approve: --by is required: --by "Dr. Ana Ruiz"', 2],
    [
      ['approve', 'sleep', '--by', 'Dr. Ana Ruiz', '--role', ' '],
      'painkit approve: --role is required: --role "Medical director"',
      2,
    ],
    [['approve', 'sleep', '--by'], 'painkit approve: --by needs a value: --by <name>', 2],
    [
      ['approve', 'sleep', '--by', 'A', '--role', 'B', '--date', '2026-02-30', '--approvals', '$T/a.json'],
      'painkit approve: --date 2026-02-30: not a real date written YYYY-MM-DD',
      2,
    ],
    [
      ['approve', 'sleep', '--by', 'A', '--role', 'B', '--date', '2999-01-01', '--approvals', '$T/a.json'],
      'painkit approve: --date 2999-01-01: is in the future; an approval is given on or before today',
      2,
    ],
    [
      ['approve', 'radiofrequency-ablatoin', '--by', 'A', '--role', 'B', '--approvals', '$T/a.json'],
      'painkit approve: there is no topic "radiofrequency-ablatoin"; did you mean radiofrequency-ablation?',
      2,
    ],
    [
      ['approve', 'sleep', '--lang', 'fr', '--by', 'A', '--role', 'B', '--approvals', '$T/a.json'],
      'painkit approve: "sleep" has no "fr" text to approve; it is written in en, es',
      2,
    ],
    [
      ['approve', 'sleep', '--by', 'A', '--role', 'B', '--approvals', '$T/not-approvals.json'],
      'painkit approve: --approvals $T/not-approvals.json: not a painkit approvals file: expected { "format": 1, "approvals": [...] }',
      2,
    ],
    [
      ['approve', 'sleep', '--by', 'A', '--role', 'B', '--content-dir', '$T/no-content'],
      'painkit approve: no content folder "$T/no-content"; run it where content/ is, or name the folder: painkit approve <topic> --content-dir path/to/content',
      2,
    ],
    [
      ['approve', 'sleep', '--by', 'A', '--role', 'B', '--frob'],
      'painkit approve: unknown option --frob; painkit approve --help lists its options',
      2,
    ],
    [['report', '--approvals', '$T/none.json'], 'painkit report: --approvals $T/none.json: no such file', 2],
    [['handout', rfa, '--approvals', '$T/none.json'], 'painkit handout: --approvals $T/none.json: no such file', 2],
    [
      ['build-content', '--approvals', '$T/not-approvals.json', '--out', '$T/out'],
      'painkit build-content: --approvals $T/not-approvals.json: not a painkit approvals file: expected { "format": 1, "approvals": [...] }',
      2,
    ],
  ];

  for (const [args, message, code] of cases) {
    it(`painkit ${args.join(' ')} → exit ${code}`, () => {
      const run = painkit(
        args.map((a) => a.replace('$T', dir)),
        { env: { CHROME_PATH: fakeChromium } },
      );
      assert.equal(run.stderr, `${message.replaceAll('$T', dir)}\n`);
      assert.equal(run.stdout, '');
      assert.equal(run.status, code);
      assert.equal(existsSync(marker), false, 'Chromium was started');
    });
  }

  it('wrote no approvals file for any refused approve above', () => {
    assert.equal(existsSync(join(dir, 'a.json')), false);
  });

  it('lists the problems of a --content-dir folder with file:line and prints nothing (exit 1)', () => {
    const out = join(dir, 'not-printed');
    const run = painkit(['handout', 'x', '--content-dir', 'test/tooling/fixtures/broken', '--out', out], {
      env: { CHROME_PATH: fakeChromium },
    });
    const lines = run.stderr.trim().split('\n');
    assert.match(lines[0]!, /^test\/tooling\/fixtures\/broken\/\S+\.(md|yaml):\d+: /);
    assert.match(
      lines.at(-1)!,
      /^painkit handout: --content-dir test\/tooling\/fixtures\/broken: \d+ problem\(s\) found \(above\); no handout printed$/,
    );
    assert.equal(run.status, 1);
    assert.equal(existsSync(out), false);
    assert.equal(existsSync(marker), false, 'Chromium was started');
  });

  it('says there is no content folder when run where there is none (the default ./content)', () => {
    const run = painkit(['validate'], { cwd: dir });
    assert.equal(
      run.stderr,
      'painkit validate: no content folder "content"; run it where content/ is, or name the folder: painkit validate path/to/content\n',
    );
    assert.equal(run.status, 2);
  });

  it('prints the overall usage on stderr and exits 2 without a command', () => {
    const run = painkit([]);
    assert.match(run.stderr, /^Usage: painkit <command>/m);
    assert.equal(run.status, 2);
  });
});

describe('painkit CLI: --version and --help', () => {
  it("prints painkit-cli's version from its package.json", async () => {
    const { version } = JSON.parse(await readFile('tooling/package.json', 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const run = painkit([flag]);
      assert.equal(run.stdout, `${version}\n`);
      assert.equal(run.status, 0);
    }
  });

  it('lists every command in the overall help', () => {
    const run = painkit(['--help']);
    assert.equal(run.status, 0);
    for (const command of ['validate', 'build-content', 'report', 'fingerprint', 'handout', 'approve'])
      assert.match(run.stdout, new RegExp(`^  ${command} +\\S`, 'm'), command);
  });

  it('prints only the handout usage for painkit handout --help (and -h, and help handout)', () => {
    const runs = [
      ['handout', '--help'],
      ['handout', 'some-topic', '-h'],
      ['help', 'handout'],
    ].map((args) => painkit(args));
    for (const run of runs) {
      assert.equal(run.status, 0);
      assert.equal(run.stdout, runs[0]!.stdout);
    }
    const help = runs[0]!.stdout;
    assert.match(help, /^Usage: painkit handout <topic…> \[options\]$/m);
    for (const option of ['--all', '--lang <code>', '--bilingual <code>', '--format <pdf|html>', '--out <DIR>'])
      assert.ok(help.includes(`  ${option} `), option);
    assert.doesNotMatch(help, /validate|build-content|--json/);
  });

  it('prints each command its own options', () => {
    const report = painkit(['report', '--help']).stdout;
    assert.match(report, /^Usage: painkit report \[content-dir\] \[--overlay DIR\] \[--json\] \[--approvals FILE\]$/m);
    assert.match(report, /--json +print the report as JSON/);
    assert.doesNotMatch(report, /--lang|--out/);
    const build = painkit(['build-content', '--help']).stdout;
    assert.match(build, /--out <DIR> +where to write the compiled content \(default dist\/data\)/);
    assert.doesNotMatch(build, /--json|--lang/);
  });
});

describe('painkit handout: a batch', { skip: findChromium() ? false : 'no Chromium (set CHROME_PATH)' }, () => {
  it('prints the files in request order on stdout and N of M progress with an estimate on stderr', async () => {
    const out = await mkdtemp(join(tmpdir(), 'painkit-batch-'));
    try {
      const topics = ['sleep', 'radiofrequency-ablation', 'exercise'];
      const run = painkit(['handout', ...topics, '--lang', 'es', '--format', 'html', '--out', out]);
      assert.equal(run.status, 0, run.stderr);
      const lines = run.stdout.trim().split('\n');
      assert.deepEqual(
        lines.slice(0, 3),
        topics.map((t) => join(out, `${t}.es.html`)),
      );
      assert.match(lines[3]!, /^3 handout\(s\) in [\d.]+ s \(\d+ ms each, \d at a time\)\.$/);
      const progress = run.stderr.trim().split('\n');
      assert.equal(progress.length, 3);
      progress.forEach((line, i) =>
        assert.match(
          line,
          new RegExp(`^\\[${i + 1}/3\\] \\S+\\.es\\.html · ${TIME} elapsed${i < 2 ? ` · about ${TIME} left` : ''}$`),
        ),
      );
      for (const topic of topics) assert.ok(existsSync(join(out, `${topic}.es.html`)), topic);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
