import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportContent } from '../../tooling/content/report.js';
import { fernandezHuerta, fleschKincaid, textStats } from '../../tooling/content/readability.js';
import { spanishSyllables } from '../../tooling/content/syllables.js';

const GOOD = 'test/tooling/fixtures/good';
const CLI = 'tooling/dist/cli.js';

describe('readability', () => {
  it('counts Spanish syllables by diphthong and hiatus rules', () => {
    const cases: Array<[string, number]> = [
      ['médico', 3],
      ['inyección', 3],
      ['día', 2],
      ['ciudad', 2],
      ['leer', 2],
      ['que', 1],
      ['guitarra', 3],
      ['hoy', 1],
      ['muy', 1],
      ['radiografía', 5],
      ['cuidado', 3],
      ['aeropuerto', 5],
      ['pingüino', 3],
    ];
    for (const [word, expected] of cases) assert.equal(spanishSyllables(word), expected, word);
  });

  it('scores plain sentences as easy and long, many-syllabled ones as hard', () => {
    const plain = textStats(['Rest today. Walk a little each day. Call us if you have a fever.'], 'en');
    const hard = textStats(
      [
        'Interventional procedures administered under fluoroscopic guidance necessitate comprehensive preoperative evaluation of anticoagulation.',
      ],
      'en',
    );
    assert.ok(fleschKincaid(plain) < 3, `plain: ${fleschKincaid(plain)}`);
    assert.ok(fleschKincaid(hard) > 16, `hard: ${fleschKincaid(hard)}`);
    const sencillo = textStats(['Descanse hoy. Camine un poco cada día. Llame si tiene fiebre.'], 'es');
    assert.ok(fernandezHuerta(sencillo) > 80, `sencillo: ${fernandezHuerta(sencillo)}`);
  });

  it('counts a list item without a full stop as a sentence', () => {
    assert.equal(textStats(['Your blood thinner', 'Your diabetes medicine.'], 'en').sentences, 2);
  });
});

describe('painkit report', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'painkit-report-'));
    await cp(GOOD, dir, { recursive: true });
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('reports every topic file with readability, words, reading time and translation status', async () => {
    const report = await reportContent(dir);
    const rows = report.topics.map((t) => `${t.locale}/${t.slug} ${t.translation}${t.stale ? ' stale' : ''}`);
    assert.deepEqual(rows, [
      'en/medial-branch-block source',
      'en/physical-therapy source',
      'es/medial-branch-block draft',
      'en/plans/facet-arthritis source',
      'es/plans/facet-arthritis draft',
      'en/glossary source',
      'es/glossary draft',
    ]);
    const en = report.topics[0];
    assert.deepEqual(Object.keys(en.scores), ['fleschKincaid', 'smog']);
    assert.ok(en.words > 50 && en.readingMinutes >= 1);
    assert.deepEqual(Object.keys(report.topics[2].scores), ['fernandezHuerta', 'inflesz']);
    assert.ok(report.topics.find((t) => t.slug === 'plans/facet-arthritis' && t.locale === 'en')!.words > 20);
    assert.ok(report.topics.find((t) => t.slug === 'glossary' && t.locale === 'es')!.words > 10);
    assert.deepEqual(
      report.locales.map((l) => [l.locale, l.topics, l.measure]),
      [
        ['en', 2, 'fleschKincaid'],
        ['es', 1, 'fernandezHuerta'],
      ],
    );
  });

  it('shows when each file was last updated and, only where there is one, its clinical review', async () => {
    const report = await reportContent(dir);
    const dates = report.topics.map((t) => `${t.locale}/${t.slug} ${t.updated}${t.clinicalReview ? ' reviewed' : ''}`);
    assert.deepEqual(dates, [
      'en/medial-branch-block 2025-03-14',
      'en/physical-therapy 2024-06-01 reviewed',
      'es/medial-branch-block 2025-03-14',
      'en/plans/facet-arthritis 2025-03-14',
      'es/plans/facet-arthritis 2025-03-14',
      'en/glossary ',
      'es/glossary ',
    ]);
    const cli = spawnSync(process.execPath, [CLI, 'report', dir], { encoding: 'utf8' });
    assert.match(cli.stdout, /^medial-branch-block\s+en .* 2025-03-14\s+source$/m);
    assert.match(
      cli.stdout,
      /^physical-therapy\s+en .* 2024-06-01\s+source, reviewed by Jordan Example \(DPT\) on 2024-09-10$/m,
    );
  });

  it('flags the Spanish file as stale after an English paragraph is edited', async () => {
    const english = join(dir, 'en/medial-branch-block.md');
    const text = await readFile(english, 'utf8');
    const edited = text.replace(/^(## What it is \{#what-it-is\}\n\n)(.+)$/m, '$1$2 We added this sentence.');
    assert.notEqual(edited, text, 'the fixture has a paragraph after "What it is"');
    await writeFile(english, edited);
    const report = await reportContent(dir);
    const spanish = report.topics.find((t) => t.locale === 'es' && t.slug === 'medial-branch-block')!;
    assert.equal(spanish.stale, true);
    assert.deepEqual(report.locales.find((l) => l.locale === 'es')!.stale, ['medial-branch-block']);
    const cli = spawnSync(process.execPath, [CLI, 'report', dir], { encoding: 'utf8' });
    assert.match(cli.stdout, /medial-branch-block\s+es .*draft, STALE/);
    assert.match(cli.stdout, /es: 1 topics, plans and glossary; .*stale translations: medial-branch-block;/);
  });

  it('flags a Spanish glossary as stale after the English one changes', async () => {
    const english = join(dir, 'en/glossary.yaml');
    await writeFile(english, (await readFile(english, 'utf8')).replace('moving pictures', 'moving images'));
    const report = await reportContent(dir);
    assert.ok(report.locales.find((l) => l.locale === 'es')!.stale.includes('glossary'));
  });

  it('fails when a topic goes over the reading-level budget', async () => {
    const english = join(dir, 'en/physical-therapy.md');
    const text = await readFile(english, 'utf8');
    const jargon =
      'Multidisciplinary rehabilitation necessitates individualized biomechanical evaluation, ' +
      'proprioceptive neuromuscular facilitation and comprehensive functional reconditioning protocols.';
    await writeFile(
      english,
      text.replace(/^(## What it is \{#what-it-is\}\n\n)/m, `$1${Array(40).fill(jargon).join(' ')}\n\n`),
    );
    const cli = spawnSync(process.execPath, [CLI, 'report', dir, '--json'], { encoding: 'utf8' });
    assert.equal(cli.status, 1);
    const report = JSON.parse(cli.stdout);
    assert.deepEqual(report.locales[0].overBudget, ['physical-therapy']);
  });

  it('passes on the real content', () => {
    const cli = spawnSync(process.execPath, [CLI, 'report', 'content'], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stdout);
  });
});
