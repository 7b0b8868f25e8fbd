import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContentManifest, TopicChunk } from 'painkit/markdown';
import { openHandoutRenderer, type HandoutRenderer } from '../../tooling/handout/index.js';
import { findChromium } from '../../scripts/chromium.js';

// Handouts are printed by Chromium and read back with pdftotext/pdfinfo (poppler-utils).
const missing = !findChromium()
  ? 'no Chromium (set CHROME_PATH or apt-get install chromium)'
  : spawnSync('pdftotext', ['-v']).error
    ? 'no pdftotext (apt-get install poppler-utils)'
    : '';
if (missing) console.log(`# handout tests skipped: ${missing}`);

const chunk = async (locale: string, slug: string): Promise<TopicChunk> =>
  JSON.parse(await readFile(`dist/data/${locale}/${slug}.json`, 'utf8')) as TopicChunk;
/** Visible text of an HTML fragment, as pdftotext would give it. */
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('painkit handout', { skip: missing || false }, () => {
  let renderer: HandoutRenderer;
  let dir = '';
  const pdfText = async (name: string, body: Uint8Array | string) => {
    const path = join(dir, name);
    await writeFile(path, body);
    return {
      text: squash(spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout),
      info: spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout,
      bytes: await readFile(path),
    };
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'painkit-handout-'));
    renderer = await openHandoutRenderer(join(process.cwd(), 'dist'));
  });
  after(async () => {
    await renderer?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('prints a Spanish PDF with the title, every heading, milestone and red flag, in reading order', async () => {
    const es = await chunk('es', 'radiofrequency-ablation');
    const handout = await renderer.render({ topic: 'radiofrequency-ablation', lang: 'es', format: 'pdf' });
    assert.equal(handout.fileName, 'radiofrequency-ablation.es.pdf');
    const { text, info, bytes } = await pdfText(handout.fileName, handout.body);
    let at = text.indexOf(es.title);
    assert.ok(at >= 0, 'title');
    for (const section of es.sections) {
      const next = text.indexOf(section.title, at);
      assert.ok(next > at, `section "${section.title}" after what comes before it`);
      at = next;
    }
    for (const milestone of es.recovery) assert.ok(text.includes(milestone.when), milestone.when);
    const flags = es.sections.find((s) => s.id === 'when-to-call')!.groups!.flatMap((g) => g.items.map(plain));
    for (const flag of flags) assert.ok(text.includes(flag), `red flag: ${flag}`);
    assert.match(info, new RegExp(`Title:\\s+${es.title}`));
    assert.match(info, /Tagged:\s+yes/);
    assert.ok(bytes.includes('/Lang (es)'), 'document language es');
    assert.ok(bytes.includes('/StructTreeRoot'), 'structure tree');
    assert.match(text, /Página 1 de \d+/);
  });

  it('keeps each red-flag box on one page and never leaves a heading alone at the bottom of a page', async () => {
    for (const [topic, lang] of [
      ['radiofrequency-ablation', 'es'],
      ['spinal-cord-stimulation', 'en'],
      ['intrathecal-pump', 'es'],
    ]) {
      const c = await chunk(lang, topic);
      const handout = await renderer.render({ topic, lang, format: 'pdf' });
      const path = join(dir, handout.fileName);
      await writeFile(path, handout.body);
      const count = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout)![1]);
      const pages = Array.from({ length: count }, (_, i) =>
        squash(
          spawnSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), path, '-'], { encoding: 'utf8' }).stdout,
        ),
      );
      // The red-flag boxes come after the "When to get help" heading (the recovery timeline may repeat a box's title).
      const redFlags = c.sections.find((s) => s.id === 'when-to-call')!;
      const from = pages.findIndex((p) => p.includes(redFlags.title));
      for (const group of redFlags.groups!) {
        const page = pages.findIndex((p, i) => i >= from && p.includes(group.title));
        assert.ok(page >= 0, group.title);
        for (const item of group.items.map(plain)) {
          assert.ok(pages[page].includes(item), `${topic} (${lang}): "${item}" on the page of "${group.title}"`);
        }
      }
      for (const section of c.sections) {
        const page = pages.find((p) => p.includes(section.title))!;
        const after = page.slice(page.indexOf(section.title) + section.title.length).replace(/\S+ · .*$/, '');
        assert.ok(after.trim().length > 40, `${topic} (${lang}): "${section.title}" is alone at the bottom of a page`);
      }
    }
  });

  it('puts the key points on the first page of every handout that has them, in English and Spanish', async () => {
    const manifest = JSON.parse(await readFile('dist/data/manifest.json', 'utf8')) as ContentManifest;
    const heading = { en: 'Key points', es: 'Puntos clave' } as Record<string, string>;
    let checked = 0;
    for (const { code, topics } of manifest.locales) {
      for (const topic of topics) {
        const c = await chunk(code, topic);
        if (!c.keyPoints?.length) continue;
        const handout = await renderer.render({ topic, lang: code, format: 'pdf' });
        const path = join(dir, handout.fileName);
        await writeFile(path, handout.body);
        const first = squash(spawnSync('pdftotext', ['-f', '1', '-l', '1', path, '-'], { encoding: 'utf8' }).stdout);
        let at = first.indexOf(c.title);
        for (const text of [heading[code], ...c.keyPoints]) {
          const next = first.indexOf(text, at);
          assert.ok(next > at, `${topic} (${code}): "${text}" on page 1, after what comes before it`);
          at = next;
        }
        assert.ok(at < first.indexOf(c.sections[0].title), `${topic} (${code}): key points before the first section`);
        checked++;
      }
    }
    // Every procedure and therapy, in both locales.
    assert.equal(checked, 42);
  });

  it('puts the key points of both languages on the first page of a bilingual handout', async () => {
    const [es, en] = [await chunk('es', 'sleep'), await chunk('en', 'sleep')];
    const handout = await renderer.render({ topic: 'sleep', lang: 'es', bilingual: 'en', format: 'pdf' });
    const path = join(dir, handout.fileName);
    await writeFile(path, handout.body);
    // Each facing column read on its own (a Letter page is 612 pt wide), page 1 only.
    const column = (x: number) =>
      squash(
        spawnSync(
          'pdftotext',
          ['-f', '1', '-l', '1', '-x', String(x), '-y', '0', '-W', '306', '-H', '792', path, '-'],
          {
            encoding: 'utf8',
          },
        ).stdout,
      );
    const [left, right] = [column(0), column(306)];
    assert.ok(left.includes('Puntos clave') && right.includes('Key points'));
    for (const point of es.keyPoints!) assert.ok(left.includes(point), `es: ${point}`);
    for (const point of en.keyPoints!) assert.ok(right.includes(point), `en: ${point}`);
  });

  it('prints both languages side by side with --bilingual', async () => {
    const [es, en] = [await chunk('es', 'radiofrequency-ablation'), await chunk('en', 'radiofrequency-ablation')];
    const handout = await renderer.render({
      topic: 'radiofrequency-ablation',
      lang: 'es',
      bilingual: 'en',
      format: 'pdf',
    });
    assert.equal(handout.fileName, 'radiofrequency-ablation.es-en.pdf');
    const { text, bytes } = await pdfText(handout.fileName, handout.body);
    for (const c of [es, en]) {
      assert.ok(text.includes(c.title), c.title);
      for (const section of c.sections) assert.ok(text.includes(section.title), `${c.locale}: ${section.title}`);
      for (const milestone of c.recovery) assert.ok(text.includes(milestone.when), `${c.locale}: ${milestone.when}`);
    }
    assert.ok(bytes.includes('/Lang (es)'));
  });

  it('keeps every safety text in a bilingual handout: notice, disclaimer and sources in both languages (PDF and HTML)', async () => {
    const [es, en] = [await chunk('es', 'radiofrequency-ablation'), await chunk('en', 'radiofrequency-ablation')];
    const request = { topic: 'radiofrequency-ablation', lang: 'es', bilingual: 'en', paper: 'letter' } as const;
    const pdf = await renderer.render({ ...request, format: 'pdf' });
    const html = await renderer.render({ ...request, format: 'html' });
    const path = join(dir, 'safety.pdf');
    await writeFile(path, pdf.body);
    // Each facing column read on its own (a Letter page is 612 pt wide), so lines of the two languages do not mix.
    const column = (x: number) =>
      squash(
        spawnSync('pdftotext', ['-x', String(x), '-y', '0', '-W', '306', '-H', '792', path, '-'], { encoding: 'utf8' })
          .stdout,
      );
    const checks = [
      {
        text: column(0),
        chunk: es,
        disclaimer: /Esta información no reemplaza los consejos de su equipo de atención médica\./,
        sources: 'Fuentes',
      },
      {
        text: column(306),
        chunk: en,
        disclaimer: /This information does not replace advice from your care team\./,
        sources: 'Sources',
      },
    ];
    assert.match(checks[0]!.text, /Ningún revisor médico ha revisado todavía esta traducción/);
    const whole = plain(String(html.body));
    assert.match(whole, /Ningún revisor médico ha revisado todavía esta traducción/);
    for (const { text, chunk: c, disclaimer, sources } of checks) {
      for (const shown of [text, whole]) {
        assert.match(shown, disclaimer, `${c.locale}: disclaimer`);
        assert.ok(shown.includes(sources), `${c.locale}: ${sources}`);
        for (const source of c.sources) assert.ok(shown.includes(squash(source.title)), `${c.locale}: ${source.title}`);
      }
    }
  });

  it('writes self-contained HTML (declarative shadow DOM, no scripts) with the clinic and a QR code', async () => {
    const handout = await renderer.render({
      topic: 'epidural-steroid-injection',
      lang: 'en',
      format: 'html',
      clinic: {
        name: 'Example Pain Clinic',
        phone: '(555) 010-0100',
        onlineUrl: 'https://clinic.example/learn/{topic}?lang={lang}',
      },
    });
    const html = handout.body as string;
    assert.equal(handout.fileName, 'epidural-steroid-injection.en.html');
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /<template shadowrootmode="open"><style>/);
    assert.match(html, /<title>Epidural steroid injection<\/title>/);
    assert.match(html, /Example Pain Clinic · \(555\) 010-0100/);
    assert.match(html, /<figure class="qr">.*<svg/s);
    assert.match(html, /href="tel:5550100100"/);
  });

  it('has no dead controls in HTML: glossary words are plain words, explained at the end; no Print button; the QR code names its address', async () => {
    const handout = await renderer.render({
      topic: 'radiofrequency-ablation',
      format: 'html',
      clinic: { onlineUrl: 'https://clinic.example/learn/{topic}' },
    });
    const html = handout.body as string;
    assert.doesNotMatch(html, /role="button"/);
    assert.doesNotMatch(html, /tabindex="0"/);
    assert.doesNotMatch(html, /part="print-button"/);
    const glossary = (await readFile('dist/data/en/glossary.json', 'utf8')).includes('"id":"fluoroscopy"');
    assert.ok(glossary);
    assert.match(html, /<section class="glossary" lang="en"><h2>Words used in this handout<\/h2><dl>/);
    assert.match(html, /<dt><dfn>fluoroscopy<\/dfn><\/dt><dd>[^<]*X-ray/);
    assert.match(
      html,
      /aria-label="Scan to read this online: https:\/\/clinic\.example\/learn\/radiofrequency-ablation"/,
    );
    assert.match(plain(html), /Scan to read this online https:\/\/clinic\.example\/learn\/radiofrequency-ablation/);
  });

  it('prints only the sections asked for (--sections), always with the red flags, in one language and in two', async () => {
    const [es, en] = [await chunk('es', 'radiofrequency-ablation'), await chunk('en', 'radiofrequency-ablation')];
    const title = (c: TopicChunk, id: string) => c.sections.find((s) => s.id === id)!.title;
    const sections = ['recovery', 'what-it-is'];
    for (const request of [
      { topic: 'radiofrequency-ablation', lang: 'es', sections },
      { topic: 'radiofrequency-ablation', lang: 'es', bilingual: 'en', sections },
    ]) {
      const handout = await renderer.render(request);
      const { text } = await pdfText(`sections-${request.bilingual ?? 'es'}.pdf`, handout.body);
      for (const c of request.bilingual ? [es, en] : [es]) {
        const shown = ['recovery', 'what-it-is', 'when-to-call'].map((id) => text.indexOf(title(c, id)));
        assert.ok(
          shown.every((at) => at >= 0),
          `${c.locale}: the chosen sections and the red flags`,
        );
        assert.ok(shown[0]! < shown[1]! && shown[1]! < shown[2]!, `${c.locale}: in the order asked for`);
        for (const id of ['preparing', 'risks', 'questions']) {
          assert.ok(!text.includes(title(c, id)), `${c.locale}: "${title(c, id)}" was not asked for`);
        }
      }
    }
  });

  it("prints a clinic's own topic from --content-dir, compiled on the fly", () => {
    const out = join(dir, 'own');
    const result = spawnSync(
      process.execPath,
      [
        'tooling/dist/cli.js',
        'handout',
        'physical-therapy',
        '--content-dir',
        'test/tooling/fixtures/good',
        '--format',
        'html',
        '--out',
        out,
      ],
      { encoding: 'utf8' },
    );
    assert.equal(result.status, 0, result.stderr);
    const html = readFileSync(join(out, 'physical-therapy.en.html'), 'utf8');
    assert.match(html, /<title>Physical therapy<\/title>/);
  });

  it('prints large print at 16 pt on more pages', async () => {
    const normal = await renderer.render({ topic: 'trigger-point-injection', format: 'pdf' });
    const large = await renderer.render({ topic: 'trigger-point-injection', format: 'pdf', largePrint: true });
    const pages = async (name: string, body: Uint8Array | string) =>
      Number(/Pages:\s+(\d+)/.exec((await pdfText(name, body)).info)![1]);
    assert.ok((await pages('large.pdf', large.body)) > (await pages('normal.pdf', normal.body)));
  });

  it('prints the same words as the Print button of the element on a web page', async () => {
    const handout = await renderer.render({ topic: 'radiofrequency-ablation', lang: 'es', format: 'html' });
    const { launch, serveRoot } = await import('../e2e/browser.js');
    const server = await serveRoot();
    const browser = await launch();
    try {
      const page = await browser.newPage();
      // The Print button's copy of the element on the Spanish demo page, read in print media.
      await page.goto(`${server.origin}/demo/es.html`);
      await page.waitForFunction(`document.querySelector('pain-procedure')?.shadowRoot?.querySelector('article')`);
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(`document.querySelector('pain-procedure').print()`);
      const printed = squash(
        (await page.evaluate(
          `document.querySelector('body > iframe').contentDocument.querySelector('pain-procedure').shadowRoot.querySelector('article').innerText`,
        )) as string,
      );
      // The CLI's HTML handout, shown without JavaScript, in print media.
      const view = await browser.newPage({ javaScriptEnabled: false });
      await view.emulateMedia({ media: 'print' });
      await view.setContent(handout.body as string);
      const handed = squash(
        (await view.evaluate(
          `document.querySelector('pain-procedure').shadowRoot.querySelector('article').innerText`,
        )) as string,
      );
      assert.ok(printed.length > 1000);
      assert.equal(printed, handed);
    } finally {
      await browser.close();
      await server.stop();
    }
  });

  it('says clearly when a topic does not exist', async () => {
    await assert.rejects(renderer.render({ topic: 'nope' }), /there is no topic "nope"/);
  });

  it('matches the language like the elements do (ES, es-MX → Spanish), with the handout words from the XLIFF catalog', async () => {
    for (const lang of ['ES', 'es-MX']) {
      const handout = await renderer.render({
        topic: 'sleep',
        lang,
        clinic: { name: 'Clínica Sol', afterHoursPhone: '555-0199' },
      });
      assert.equal(handout.lang, 'es');
      const { text } = await pdfText(`sleep-${lang}.pdf`, handout.body);
      assert.match(text, /Página 1 de \d+/);
      assert.match(text, /Actualizado el \d+ de \w+ de \d{4}/);
      assert.doesNotMatch(text, /Revisado/);
      assert.match(text, /Fuera del horario de atención: 555-0199/);
      assert.match(text, /Notas/);
    }
  });

  it('refuses a language there is no content in, naming the languages, from the API and the command line', async () => {
    await assert.rejects(
      renderer.render({ topic: 'sleep', lang: 'fr' }),
      /no content in "fr"; the languages are en, es/,
    );
    const result = spawnSync(
      process.execPath,
      ['tooling/dist/cli.js', 'handout', 'sleep', '--lang', 'fr', '--out', join(dir, 'fr')],
      { encoding: 'utf8' },
    );
    assert.equal(result.status, 2);
    assert.equal(result.stderr, 'painkit handout: there is no content in "fr"; the languages are en, es\n');
  });

  it('works from the command line', () => {
    const out = join(dir, 'cli');
    const result = spawnSync(
      process.execPath,
      ['tooling/dist/cli.js', 'handout', 'sleep', '--lang', 'es', '--format', 'html', '--out', out],
      { encoding: 'utf8' },
    );
    assert.equal(result.status, 0, result.stderr);
    assert.ok(existsSync(join(out, 'sleep.es.html')));
    assert.match(result.stdout, /1 handout\(s\) in/);
  });
});
