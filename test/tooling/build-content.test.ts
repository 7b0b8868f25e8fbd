/**
 * The content compiler (`painkit build-content`), the sanitizing renderer it
 * uses, and the fingerprint a translation records.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { ContentManifest, LocaleIndex, Section, TopicChunk } from 'painkit/markdown';
import { buildContent } from '../../tooling/content/build-content.js';
import { fingerprint } from '../../tooling/content/fingerprint.js';
import { nodeRenderer } from '../../tooling/content/node-renderer.js';
import { formatProblem, validateContent } from '../../tooling/content/validate.js';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const GOOD = 'test/tooling/fixtures/good';
const BROKEN = 'test/tooling/fixtures/broken';
const EN_FINGERPRINT = '510e6d9af40a65c0';

const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) =>
      relative(dir, join(e.parentPath ?? e.path, e.name))
        .split('\\')
        .join('/'),
    )
    .sort();
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

let work = '';
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'painkit-build-'));
});
after(() => rm(work, { recursive: true, force: true }));

describe('buildContent on the good fixtures', () => {
  let out = '';
  let result: Awaited<ReturnType<typeof buildContent>>;
  before(async () => {
    out = join(work, 'good');
    result = await buildContent(GOOD, out);
  });

  const chunk = (locale: string, slug: string) => readJson<TopicChunk>(join(out, locale, `${slug}.json`));
  const section = (c: TopicChunk, id: string): Section => {
    const found = c.sections.find((s) => s.id === id);
    assert.ok(found, `section ${id}`);
    return found;
  };

  it('reports no problems and one chunk per topic × locale', () => {
    assert.deepEqual(result.problems.map(formatProblem), []);
    assert.equal(result.chunks, 3);
  });

  const jsonFiles = async () => (await listFiles(out)).filter((file) => file.endsWith('.json'));

  it('writes the manifest, an index, a glossary and plans per locale and one chunk per topic × locale, nothing else', async () => {
    assert.deepEqual(await jsonFiles(), [
      'en/glossary.json',
      'en/index.json',
      'en/medial-branch-block.json',
      'en/physical-therapy.json',
      'en/plans/facet-arthritis.json',
      'es/glossary.json',
      'es/index.json',
      'es/medial-branch-block.json',
      'es/plans/facet-arthritis.json',
      'manifest.json',
    ]);
  });

  it('writes beside each JSON file a module of the same data, and loaders.js importing each by its path', async () => {
    const json = await jsonFiles();
    assert.deepEqual(
      await listFiles(out),
      [...json, ...json.map((file) => file.replace(/\.json$/, '.js')), 'loaders.js'].sort(),
    );
    const loaders = (await import(pathToFileURL(join(out, 'loaders.js')).href)).default as Record<
      string,
      () => Promise<{ default: unknown }>
    >;
    assert.deepEqual(Object.keys(loaders).sort(), json);
    for (const file of json) assert.deepEqual((await loaders[file]!()).default, await readJson(join(out, file)), file);
    const source = await readFile(join(out, 'loaders.js'), 'utf8');
    assert.ok(
      source.includes(`"en/medial-branch-block.json": () => import("./en/medial-branch-block.js")`),
      'a literal import() a bundler can follow',
    );
  });

  it('writes manifest.json: format, source locale, locales with native names and topics, CPT codes, conditions', async () => {
    assert.deepEqual(await readJson<ContentManifest>(join(out, 'manifest.json')), {
      format: 1,
      sourceLocale: 'en',
      locales: [
        {
          code: 'en',
          name: 'English',
          dir: 'ltr',
          topics: ['medial-branch-block', 'physical-therapy'],
          plans: ['facet-arthritis'],
          glossary: true,
        },
        {
          code: 'es',
          name: 'Español',
          dir: 'ltr',
          topics: ['medial-branch-block'],
          plans: ['facet-arthritis'],
          glossary: true,
        },
      ],
      codes: { '64493': ['medial-branch-block'], '64490': ['medial-branch-block'] },
      // The good fixtures have no condition page, so no condition.
      conditions: [],
    });
  });

  it('writes <locale>/index.json with a summary of each topic', async () => {
    const en = await readJson<LocaleIndex>(join(out, 'en/index.json'));
    assert.equal(en.format, 1);
    assert.equal(en.locale, 'en');
    assert.deepEqual(en.topics, [
      {
        slug: 'medial-branch-block',
        title: 'Medial branch block',
        summary:
          'A test shot of numbing medicine near the small nerves of the joints in your spine. It shows whether those joints cause your pain.',
        kind: 'procedure',
        conditions: ['facet-arthritis', 'chronic-low-back-pain'],
        topics: [],
        bodyAreas: ['lower-back', 'neck'],
        codes: { cpt: ['64493', '64490'], snomed: [] },
        translation: { status: 'source' },
      },
      {
        slug: 'physical-therapy',
        title: 'Physical therapy',
        summary: 'Exercises and hands-on care that help you move more and hurt less.',
        kind: 'therapy',
        conditions: [],
        topics: [],
        bodyAreas: [],
        codes: { cpt: [], snomed: [] },
        translation: { status: 'source' },
      },
    ]);
    const es = await readJson<LocaleIndex>(join(out, 'es/index.json'));
    assert.equal(es.locale, 'es');
    assert.deepEqual(
      es.topics.map((t) => [t.slug, t.title, t.translation]),
      [['medial-branch-block', 'Bloqueo de la rama medial', { status: 'draft', sourceFingerprint: EN_FINGERPRINT }]],
    );
  });

  it('compiles the front matter of a procedure', async () => {
    const c = await chunk('en', 'medial-branch-block');
    assert.equal(c.format, 1);
    assert.equal(c.slug, 'medial-branch-block');
    assert.equal(c.locale, 'en');
    assert.equal(c.title, 'Medial branch block');
    assert.equal(c.kind, 'procedure');
    assert.deepEqual(c.conditions, ['facet-arthritis', 'chronic-low-back-pain']);
    assert.deepEqual(c.bodyAreas, ['lower-back', 'neck']);
    assert.deepEqual(c.codes, { cpt: ['64493', '64490'], snomed: [] });
    assert.deepEqual(c.sources, [
      {
        title: 'Facet joint injections',
        publisher: 'Cleveland Clinic',
        url: 'https://my.clevelandclinic.org/health/treatments/facet-joint-injections',
      },
      {
        title: 'Medial branch blocks',
        publisher: 'Johns Hopkins Medicine',
        url: 'https://www.hopkinsmedicine.org/health/treatment-tests-and-therapies/medial-branch-blocks',
      },
    ]);
    assert.deepEqual(c.translation, { status: 'source' });
  });

  it('sets reviewDue 24 months after updated', async () => {
    const procedure = await chunk('en', 'medial-branch-block');
    assert.equal(procedure.updated, '2025-03-14');
    assert.equal(procedure.reviewDue, '2027-03-14');
    const therapy = await chunk('en', 'physical-therapy');
    assert.equal(therapy.updated, '2024-06-01');
    assert.equal(therapy.reviewDue, '2026-06-01');
  });

  it('carries a clinical review only where the file has one', async () => {
    const therapy = await chunk('en', 'physical-therapy');
    assert.deepEqual(therapy.clinicalReview, { by: 'Jordan Example', credentials: 'DPT', date: '2024-09-10' });
    const procedure = await chunk('en', 'medial-branch-block');
    assert.equal('clinicalReview' in procedure, false);
  });

  it("writes the footer's dates out as long dates in each file's language", async () => {
    assert.deepEqual((await chunk('en', 'medial-branch-block')).longDates, { '2025-03-14': 'March 14, 2025' });
    assert.deepEqual((await chunk('es', 'medial-branch-block')).longDates, { '2025-03-14': '14 de marzo de 2025' });
    assert.deepEqual((await chunk('en', 'physical-therapy')).longDates, {
      '2024-06-01': 'June 1, 2024',
      '2024-09-10': 'September 10, 2024',
    });
  });

  it('keeps the sections in order, with their stable ids and the {#id} suffix stripped from titles', async () => {
    const c = await chunk('en', 'medial-branch-block');
    assert.deepEqual(
      c.sections.map((s) => [s.id, s.title]),
      [
        ['what-it-is', 'What it is'],
        ['what-it-treats', 'What it treats'],
        ['preparing', 'How to prepare'],
        ['during', 'What happens during the procedure'],
        ['recovery', 'Recovery'],
        ['risks', 'Risks and side effects'],
        ['when-to-call', 'When to get help'],
        ['your-plan', 'How it fits your plan'],
        ['questions', 'Questions to ask your care team'],
      ],
    );
    const therapy = await chunk('en', 'physical-therapy');
    assert.deepEqual(
      therapy.sections.map((s) => s.id),
      ['what-it-is', 'what-to-expect', 'how-long', 'at-home', 'with-procedures', 'when-to-call', 'questions'],
    );
    assert.deepEqual(therapy.recovery, []);
  });

  it('renders the section Markdown: **bold**, ### headings as <h3> without {#id}, https links, lists', async () => {
    const c = await chunk('en', 'medial-branch-block');
    assert.equal(
      section(c, 'what-it-is').html,
      '<p>A <strong>test</strong>: numbing medicine goes near the small nerves of a spine joint.</p>\n',
    );
    assert.equal(
      section(c, 'what-it-treats').html,
      '<p>It shows whether your pain comes from the joints in your spine.</p>\n' +
        '<h3>Who should not have it</h3>\n' +
        '<p>People with an infection near the spine.</p>\n',
    );
    assert.equal(
      section(c, 'preparing').html,
      '<p>Tell your care team about blood thinners. Read more at\n' +
        '<a href="https://my.clevelandclinic.org/health/treatments/facet-joint-injections" rel="noopener noreferrer">the Cleveland Clinic</a>.</p>\n',
    );
    assert.equal(section(c, 'questions').html, '<ul>\n<li>How will we know whether the test worked?</li>\n</ul>\n');
    for (const s of c.sections) {
      assert.doesNotMatch(s.html, /\{#/, `${s.id} html keeps a {#id}`);
      assert.equal(s.groups !== undefined, s.id === 'when-to-call', `${s.id} groups`);
    }
  });

  it('compiles the red flags into groups of items', async () => {
    const flags = section(await chunk('en', 'medial-branch-block'), 'when-to-call');
    assert.equal(flags.html, '');
    assert.deepEqual(flags.groups, [
      {
        id: 'emergency',
        title: 'Call 911 or go to the emergency room if',
        items: ['You cannot move your legs.', 'You have trouble breathing.'],
      },
      {
        id: 'call-care-team',
        title: 'Call your care team if',
        items: ['You have a fever over 100.4 °F (38 °C).'],
      },
    ]);
    const es = section(await chunk('es', 'medial-branch-block'), 'when-to-call');
    assert.deepEqual(
      es.groups?.map((g) => [g.id, g.title, g.items.length]),
      [
        ['emergency', 'Llame al 911 o vaya a la sala de emergencias si', 2],
        ['call-care-team', 'Llame a su equipo de atención si', 1],
      ],
    );
  });

  it('compiles the recovery milestones with fromDay and toDay (none for "and later")', async () => {
    const c = await chunk('en', 'medial-branch-block');
    assert.deepEqual(c.recovery, [
      {
        id: 'same-day',
        when: 'The same day',
        fromDay: 0,
        toDay: 0,
        expect: ['Your back may feel numb for a few hours.'],
        do: ['Write down how your pain changes every hour.'],
        avoid: ['Do not drive for the rest of the day.'],
        call: [],
      },
      {
        id: 'later',
        when: 'The next day and later',
        fromDay: 1,
        expect: ['Your usual pain comes back as the medicine wears off.'],
        do: ['Go back to your usual activities.'],
        avoid: [],
        call: ['The needle spot is red, hot or leaking.'],
      },
    ]);
    assert.ok(!('toDay' in c.recovery[1]));
  });

  it('compiles a translation with its status, fingerprint and the same structure as its source', async () => {
    const [en, es] = await Promise.all([chunk('en', 'medial-branch-block'), chunk('es', 'medial-branch-block')]);
    assert.equal(es.locale, 'es');
    assert.equal(es.title, 'Bloqueo de la rama medial');
    assert.deepEqual(es.translation, { status: 'draft', sourceFingerprint: EN_FINGERPRINT });
    assert.equal(
      es.translation.sourceFingerprint,
      fingerprint(await readFile(join(GOOD, 'en/medial-branch-block.md'), 'utf8')),
    );
    assert.deepEqual(
      es.sections.map((s) => s.id),
      en.sections.map((s) => s.id),
    );
    assert.equal(section(es, 'what-it-is').title, 'Qué es');
    assert.deepEqual(
      es.recovery.map((m) => [m.id, m.fromDay, m.toDay]),
      en.recovery.map((m) => [m.id, m.fromDay, m.toDay]),
    );
  });

  it('replaces what a previous build left in the output folder', async () => {
    const again = join(work, 'rebuild');
    await mkdir(join(again, 'en'), { recursive: true });
    await writeFile(join(again, 'en/removed-topic.json'), '{}');
    const { problems } = await buildContent(GOOD, again);
    assert.deepEqual(problems, []);
    assert.equal(await exists(join(again, 'en/removed-topic.json')), false);
    assert.deepEqual(await listFiles(again), await listFiles(out));
  });
});

describe('buildContent on the broken fixtures', () => {
  it('returns the validator’s problems and writes nothing', async () => {
    const out = join(work, 'broken');
    const result = await buildContent(BROKEN, out);
    assert.equal(result.chunks, 0);
    assert.ok(result.problems.length > 0);
    assert.deepEqual(result.problems, await validateContent(BROKEN));
    assert.equal(await exists(out), false);
  });

  it('leaves an existing output folder untouched', async () => {
    const out = join(work, 'broken-existing');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'manifest.json'), '{"kept":true}');
    const result = await buildContent(BROKEN, out);
    assert.ok(result.problems.length > 0);
    assert.deepEqual(await listFiles(out), ['manifest.json']);
    assert.equal(await readFile(join(out, 'manifest.json'), 'utf8'), '{"kept":true}');
  });

  it('the CLI exits 1, prints the problems and builds nothing', () => {
    const out = join(work, 'broken-cli');
    const result = spawnSync(process.execPath, ['tooling/dist/cli.js', 'build-content', BROKEN, '--out', out], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^test\/tooling\/fixtures\/broken\/en\/[\w-]+\.md:\d+: /m);
    assert.match(result.stderr, /Not built: \d+ problem\(s\) found\./);
    return exists(out).then((found) => assert.equal(found, false));
  });
});

describe('the Markdown renderer (sanitizing at build time)', () => {
  const md = nodeRenderer();

  it('drops raw HTML in Markdown before anything parses it', () => {
    assert.equal(md.block('<script>alert(1)</script>\n\nHello'), '<p>Hello</p>\n');
    // Inline, the tags are dropped and the words between them stay as plain text.
    assert.equal(md.inline('**Hi** <script>alert(1)</script>'), '<strong>Hi</strong> alert(1)');
    assert.equal(md.block('<p onclick="alert(1)">a</p>'), '');
    assert.equal(md.block('<iframe src="https://evil.example"></iframe>\n\nok'), '<p>ok</p>\n');
  });

  it('sanitizes HTML: no scripts, on* attributes, style attributes or iframes survive', () => {
    assert.equal(md.sanitize('<script>alert(1)</script><p>Hello</p>'), '<p>Hello</p>');
    assert.equal(md.sanitize('<p onclick="alert(1)" onmouseover="alert(2)">a</p>'), '<p>a</p>');
    assert.equal(md.sanitize('<img src="x" onerror="alert(1)">'), '');
    assert.equal(md.sanitize('<p style="color:red">x</p>'), '<p>x</p>');
    assert.equal(md.sanitize('<iframe src="https://evil.example"></iframe><p>ok</p>'), '<p>ok</p>');
  });

  it('removes javascript: and data: URLs from links, whatever their case', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=']) {
      const html = md.block(`[click](${href})`);
      assert.equal(html, '<p><a rel="noopener noreferrer">click</a></p>\n', href);
    }
    assert.equal(md.sanitize('<a href="javascript:alert(1)">y</a>'), '<a rel="noopener noreferrer">y</a>');
  });

  it('keeps https links, with rel="noopener noreferrer" (and no target)', () => {
    assert.equal(
      md.block('[NHS](https://www.nhs.uk/conditions/)'),
      '<p><a href="https://www.nhs.uk/conditions/" rel="noopener noreferrer">NHS</a></p>\n',
    );
    assert.equal(
      md.sanitize('<a href="https://x.example" target="_blank" rel="opener">z</a>'),
      '<a href="https://x.example" rel="noopener noreferrer">z</a>',
    );
  });

  it('renders ### headings as <h3> without their {#id}', () => {
    assert.equal(
      md.block('### Who should not have it {#who}\n\ntext'),
      '<h3>Who should not have it</h3>\n<p>text</p>\n',
    );
  });

  it('returns list items as sanitized inline HTML', () => {
    assert.deepEqual(md.listItems('- a\n- **b** <img src=x onerror=alert(1)>\n\n1. c'), [
      'a',
      '<strong>b</strong> ',
      'c',
    ]);
  });
});

describe('fingerprint', () => {
  const text = '---\ntitle: Nerve block\n---\n\n## What it is {#what-it-is}\n\nA shot near a nerve.\n';

  it('is 16 hex digits', () => {
    assert.match(fingerprint(text), /^[0-9a-f]{16}$/);
  });

  it('is the same for CRLF, CR and LF line endings', () => {
    assert.equal(fingerprint(text.replace(/\n/g, '\r\n')), fingerprint(text));
    assert.equal(fingerprint(text.replace(/\n/g, '\r')), fingerprint(text));
  });

  it('ignores trailing spaces and blank lines at the start and end', () => {
    assert.equal(fingerprint(text.replace(/\n/g, '  \t\n')), fingerprint(text));
    assert.equal(fingerprint(`\n\n${text}\n\n\n`), fingerprint(text));
  });

  it('changes when a word changes', () => {
    assert.notEqual(fingerprint(text.replace('nerve.', 'joint.')), fingerprint(text));
    assert.notEqual(fingerprint(text.replace('Nerve block', 'Nerve blocks')), fingerprint(text));
  });

  it('changes when indentation changes (it can change the meaning of YAML)', () => {
    assert.notEqual(fingerprint(text.replace('title:', '  title:')), fingerprint(text));
  });

  it('of the good English fixture is the one its translation records', async () => {
    assert.equal(fingerprint(await readFile(join(GOOD, 'en/medial-branch-block.md'), 'utf8')), EN_FINGERPRINT);
  });
});
