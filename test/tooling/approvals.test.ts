/**
 * Clinic sign-off, end to end with the real CLI and content: `painkit
 * approve` writes the approvals file, `report --approvals` lists approved,
 * stale and unapproved topics, `build-content --approvals` carries each
 * approval to its topic, and a handout (painkit's elements in Chromium)
 * shows "Approved for patients of …" — until the topic's text changes: then
 * the approval is stale, the report says so and the handout no longer
 * shows it. The browser side (approved-only, configuration) is in
 * test/approval.test.ts.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Approval, TopicChunk } from 'painkit/markdown';
import { parseApprovals, topicFingerprint, withApproval } from '../../tooling/content/approvals.js';
import { readContentSet } from '../../tooling/content/content-set.js';
import type { ContentReport } from '../../tooling/content/report.js';
import { openHandoutRenderer, type HandoutRenderer } from '../../tooling/handout/index.js';
import { findChromium } from '../../scripts/chromium.js';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const CLI = resolve('tooling/dist/cli.js');
const TOPIC = 'epidural-steroid-injection';
const CLINIC = 'Riverside Pain Center';
const EN_LINE = `Approved for patients of ${CLINIC} by Dr. Ana Ruiz (Medical director) on November 30, 2026.`;
const ES_LINE = `Aprobado para los pacientes de ${CLINIC} por Dr. Ana Ruiz (Directora médica) el 30 de noviembre de 2026.`;

const painkit = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
/** Visible text of the handout HTML. */
const plain = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('clinic sign-off: approve → build → render → change → stale', () => {
  let dir = '';
  let content = '';
  let approvals = '';
  let dist = '';

  const report = () => {
    const run = painkit('report', content, '--json', '--approvals', approvals);
    return JSON.parse(run.stdout) as ContentReport;
  };
  const stateOf = (r: ContentReport, locale: string) =>
    r.topics.find((t) => t.slug === TOPIC && t.locale === locale)?.approval;
  const build = () => {
    const run = painkit('build-content', content, '--out', join(dist, 'data'), '--approvals', approvals);
    assert.equal(run.status, 0, run.stderr);
    return run.stdout;
  };
  /** One Chromium for every handout here; it reads each topic from `dist` when it renders it. */
  let renderer: HandoutRenderer | undefined;
  const handoutText = async (lang: string) => {
    renderer ??= await openHandoutRenderer(dist);
    const { body } = await renderer.render({ topic: TOPIC, lang, format: 'html', clinic: { name: CLINIC } });
    return plain(String(body));
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'painkit-approvals-'));
    content = join(dir, 'content');
    approvals = join(dir, 'approvals.json');
    dist = join(dir, 'dist');
    await cp('content', content, { recursive: true });
    await mkdir(dist);
    // The handout uses painkit's own CDN build with the content built here.
    await symlink(resolve('dist/cdn'), join(dist, 'cdn'));
  });
  after(async () => {
    await renderer?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('ships no approval: every topic is unapproved with an empty approvals file', async () => {
    await writeFile(approvals, '{ "format": 1, "approvals": [] }\n');
    const r = report();
    const topics = r.topics.filter((t) => t.kind !== 'plan' && t.kind !== 'glossary');
    assert.ok(topics.length >= 70);
    assert.deepEqual(new Set(topics.map((t) => t.approval)), new Set(['unapproved']));
    for (const l of r.locales) assert.deepEqual(l.approvals?.approved, []);
  });

  it('approve writes the approval of the current text, in each language', async () => {
    for (const [lang, role] of [
      ['en', 'Medical director'],
      ['es', 'Directora médica'],
    ] as const) {
      const run = painkit(
        'approve',
        TOPIC,
        '--lang',
        lang,
        '--by',
        'Dr. Ana Ruiz',
        '--role',
        role,
        '--date',
        '2026-11-30',
        '--approvals',
        approvals,
        '--content-dir',
        content,
      );
      assert.equal(run.status, 0, run.stderr);
      assert.match(
        run.stdout,
        new RegExp(`^Approved ${TOPIC} \\(${lang}, fingerprint [0-9a-f]{16}\\) by Dr\\. Ana Ruiz`),
      );
    }
    const written = parseApprovals(await readFile(approvals, 'utf8'));
    const set = await readContentSet(content);
    const fingerprintOf = (locale: string) =>
      topicFingerprint(
        set,
        set.topics.find((t) => t.file.slug === TOPIC && t.file.locale === locale)!,
      );
    assert.deepEqual(written, [
      {
        topic: TOPIC,
        locale: 'en',
        fingerprint: fingerprintOf('en'),
        by: 'Dr. Ana Ruiz',
        role: 'Medical director',
        date: '2026-11-30',
      },
      {
        topic: TOPIC,
        locale: 'es',
        fingerprint: fingerprintOf('es'),
        by: 'Dr. Ana Ruiz',
        role: 'Directora médica',
        date: '2026-11-30',
      },
    ]);
    const r = report();
    assert.equal(stateOf(r, 'en'), 'approved');
    assert.equal(stateOf(r, 'es'), 'approved');
    const en = r.locales.find((l) => l.locale === 'en')!.approvals!;
    assert.deepEqual(en.approved, [TOPIC]);
    assert.ok(en.unapproved.includes('sleep') && !en.unapproved.includes(TOPIC));
    assert.match(
      painkit('report', content, '--approvals', approvals).stdout,
      /^en sign-off: 1 approved; stale approvals \(text changed since\): none; unapproved: cancer-pain, /m,
    );
  });

  it("build-content carries each approval to its topic; the handout shows the line in the reader's language", async (t) => {
    assert.match(build(), /^Approvals: 2 shown; 0 stale/m);
    for (const locale of ['en', 'es']) {
      const chunk = JSON.parse(await readFile(join(dist, 'data', locale, `${TOPIC}.json`), 'utf8')) as TopicChunk;
      assert.equal(chunk.approval?.fingerprint, chunk.fingerprint);
    }
    const other = JSON.parse(await readFile(join(dist, 'data', 'en', 'sleep.json'), 'utf8')) as TopicChunk;
    assert.equal(other.approval, undefined);
    assert.match(other.fingerprint ?? '', /^[0-9a-f]{16}$/);
    if (!findChromium()) return t.skip('no Chromium (set CHROME_PATH)');
    assert.ok((await handoutText('en')).includes(EN_LINE));
    assert.ok((await handoutText('es')).includes(ES_LINE));
  });

  it('a change to the text makes its approval stale: listed by report, not shown by the handout', async (t) => {
    const file = join(content, 'en', `${TOPIC}.md`);
    const text = await readFile(file, 'utf8');
    // At the end of the first section.
    const second = text.indexOf('\n## ', text.indexOf('\n## ') + 1);
    await writeFile(file, `${text.slice(0, second)}\nAsk us anything before the day.\n${text.slice(second)}`);
    const r = report();
    assert.equal(stateOf(r, 'en'), 'stale');
    assert.equal(stateOf(r, 'es'), 'approved', 'the Spanish text did not change');
    assert.deepEqual(r.locales.find((l) => l.locale === 'en')!.approvals!.stale, [TOPIC]);
    assert.match(
      painkit('report', content, '--approvals', approvals).stdout,
      new RegExp(`^en sign-off: 0 approved; stale approvals \\(text changed since\\): ${TOPIC}; `, 'm'),
    );
    assert.match(
      build(),
      new RegExp(`^Approvals: 1 shown; 1 stale, not shown \\(the text changed since\\): ${TOPIC} en\\.$`, 'm'),
    );
    if (!findChromium()) return t.skip('no Chromium (set CHROME_PATH)');
    const en = await handoutText('en');
    assert.ok(en.includes('Ask us anything before the day.'), 'the handout shows the changed text');
    assert.ok(!en.includes('Approved for patients'), 'and no approval');
    assert.ok((await handoutText('es')).includes(ES_LINE));
  });

  it('a change to a red-flag set the topic lists makes its approval stale too', async () => {
    const set = await readContentSet(content);
    const topic = set.topics.find((t) => t.file.slug === TOPIC && t.file.locale === 'en')!;
    const before = topicFingerprint(set, topic);
    set.redFlagSets.get('en')!.sets.get('spine')!.items.emergency.push('A new sign.');
    assert.notEqual(topicFingerprint(set, topic), before);
  });
});

describe('painkit handout --approvals', { skip: findChromium() ? false : 'no Chromium (set CHROME_PATH)' }, () => {
  it("prints the clinic's approval of the text it prints, and not a stale one", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'painkit-handout-approvals-'));
    try {
      const set = await readContentSet('content');
      const fingerprint = topicFingerprint(
        set,
        set.topics.find((t) => t.file.slug === 'sleep' && t.file.locale === 'es')!,
      );
      const approval = {
        topic: 'sleep',
        locale: 'es',
        fingerprint,
        by: 'Dr. Ana Ruiz',
        role: 'Directora médica',
        date: '2026-11-30',
      };
      await writeFile(join(dir, 'clinic.json'), JSON.stringify({ name: CLINIC }));
      const line = `Aprobado para los pacientes de ${CLINIC} por Dr. Ana Ruiz (Directora médica) el 30 de noviembre de 2026.`;
      for (const [approvals, shown] of [
        [[approval], true],
        [[{ ...approval, fingerprint: '0123456789abcdef' }], false],
      ] as const) {
        await writeFile(join(dir, 'approvals.json'), JSON.stringify({ format: 1, approvals }));
        const run = painkit(
          'handout',
          'sleep',
          '--lang',
          'es',
          '--format',
          'html',
          '--clinic',
          join(dir, 'clinic.json'),
          '--approvals',
          join(dir, 'approvals.json'),
          '--out',
          dir,
        );
        assert.equal(run.status, 0, run.stderr);
        const text = plain(await readFile(join(dir, 'sleep.es.html'), 'utf8'));
        assert.equal(text.includes(line), shown, shown ? 'the current approval is printed' : 'a stale approval is not');
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('approvals file', () => {
  const approval: Approval = {
    topic: 'sleep',
    locale: 'en',
    fingerprint: '0123456789abcdef',
    by: 'Dr. A',
    role: 'Medical director',
    date: '2026-11-30',
  };
  const file = (approvals: unknown) => JSON.stringify({ format: 1, approvals });

  it('replaces an earlier approval of the same topic and language, and keeps the file sorted', () => {
    const es = { ...approval, locale: 'es' };
    const again = { ...approval, by: 'Dr. B', date: '2026-12-01' };
    assert.deepEqual(withApproval(withApproval([es], approval), again), [again, es]);
    assert.deepEqual(parseApprovals(file([approval, es])), [approval, es]);
  });

  it('names the first problem of a bad file', () => {
    const cases: Array<[string, string]> = [
      ['{', 'not valid JSON'],
      ['[]', 'not a painkit approvals file'],
      [file([{ ...approval, fingerprint: 'abc' }]), 'entry 1 (sleep): "fingerprint" must be 16 hex digits'],
      [file([approval, { ...approval, by: ' ' }]), 'entry 2 (sleep): "by" must name who approved it'],
      [file([{ ...approval, date: '2026-02-30' }]), 'entry 1 (sleep): "date" must be a real date written YYYY-MM-DD'],
      [file([approval, approval]), 'entry 2 (sleep): a second approval for "sleep" in "en"'],
    ];
    for (const [text, message] of cases)
      assert.throws(() => parseApprovals(text), { message: new RegExp(message.replace(/[()]/g, '\\$&')) });
  });
});
