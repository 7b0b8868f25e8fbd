import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TopicChunk } from 'painkit/markdown';
import { openHandoutRenderer, type HandoutRenderer, type HandoutRequest } from '../../tooling/handout/index.js';
import { findChromium } from '../../scripts/chromium.js';
import { launch } from '../e2e/browser.js';
import { readPdf, walk, type PdfNode, type PdfReading } from './read-pdf.js';

// What can be checked of PDF/UA-1 (ISO 14289-1) here, read back with pdf.js.
// veraPDF, the reference checker, cannot be installed on these machines.
const missing = findChromium() ? '' : 'no Chromium (set CHROME_PATH or apt-get install chromium)';
if (missing) console.log(`# handout PDF/UA tests skipped: ${missing}`);

const TOPIC = 'sleep';
const clinic = {
  name: 'Example Pain Clinic',
  phone: '(555) 010-0100',
  onlineUrl: 'https://clinic.example/learn/{topic}?lang={lang}',
};
const chunk = async (locale: string): Promise<TopicChunk> =>
  JSON.parse(await readFile(`dist/data/${locale}/${TOPIC}.json`, 'utf8')) as TopicChunk;
const compact = (text: string) => text.replace(/\s+/g, '');

/** Every structure node of every page, in reading order, with the language it is in. */
const nodes = (pdf: PdfReading) => pdf.pages.flatMap((p) => (p.tree ? [...walk(p.tree, pdf.lang)] : []));
const headings = (pdf: PdfReading) =>
  nodes(pdf).filter(({ node }) => /^H[1-6]$/.test(node.role)) as Array<{ node: PdfNode; lang: string }>;

describe('handout PDFs and PDF/UA-1', { skip: missing || false }, () => {
  let renderer: HandoutRenderer;
  const kinds: Record<string, HandoutRequest> = {
    en: { topic: TOPIC, lang: 'en', clinic },
    es: { topic: TOPIC, lang: 'es', clinic },
    bilingual: { topic: TOPIC, lang: 'es', bilingual: 'en', clinic },
    'large print': { topic: TOPIC, lang: 'en', largePrint: true, clinic },
  };
  /** Each kind printed twice, and the first print read back. */
  const printed: Record<string, { first: Uint8Array; second: Uint8Array; pdf: PdfReading }> = {};

  before(async () => {
    renderer = await openHandoutRenderer(join(process.cwd(), 'dist'));
    for (const [kind, request] of Object.entries(kinds)) {
      const first = (await renderer.render(request)).body as Uint8Array;
      const second = (await renderer.render(request)).body as Uint8Array;
      printed[kind] = { first, second, pdf: await readPdf(first) };
    }
  });
  after(async () => {
    await renderer?.close();
  });

  it('the reader finds what Chromium alone leaves out: untagged header and footer, no XMP', async () => {
    // The check below would pass on nothing: it must see the faults of a plain Chromium print.
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.setContent('<html lang="en"><title>Plain</title><h1>Plain</h1><p>Text</p></html>');
      const pdf = await readPdf(
        await page.pdf({
          tagged: true,
          displayHeaderFooter: true,
          headerTemplate: '<div style="font-size:8pt">Clinic</div>',
          footerTemplate: '<div style="font-size:8pt">Page <span class="pageNumber"></span></div>',
          margin: { top: '18mm', bottom: '20mm' },
        }),
      );
      assert.ok(pdf.pages[0]!.untagged > 0, 'untagged running header and footer');
      assert.equal(pdf.xmp.pdfuaPart, '');
    } finally {
      await browser.close();
    }
  });

  for (const kind of ['en', 'es', 'bilingual', 'large print']) {
    describe(kind, () => {
      const read = () => printed[kind]!.pdf;
      const chunks = async () => {
        const request = kinds[kind]!;
        return Promise.all([request.lang!, ...(request.bilingual ? [request.bilingual] : [])].map(chunk));
      };

      it('gives the same bytes on a second print (fixed dates and file ID, same structure)', () => {
        const { first, second } = printed[kind]!;
        assert.ok(Buffer.from(first).equals(Buffer.from(second)), 'the two prints differ');
      });

      it('declares PDF/UA-1 in XMP with the title, shows the title, and has /Lang and /MarkInfo', async () => {
        const pdf = read();
        const title = (await chunks()).map((c) => c.title).join(' / ');
        assert.equal(pdf.xmp.pdfuaPart, '1');
        assert.equal(pdf.xmp.title, title);
        assert.equal(pdf.title, title);
        assert.equal(pdf.lang, kinds[kind]!.lang);
        for (const c of await chunks()) assert.ok(pdf.xmp.languages.includes(c.locale), `dc:language ${c.locale}`);
        assert.ok(pdf.displayDocTitle, 'DisplayDocTitle');
        assert.ok(pdf.marked, 'MarkInfo /Marked');
        assert.equal(
          Buffer.from(printed[kind]!.first)
            .toString('latin1')
            .match(/\/Tabs \/S\b/g)?.length,
          pdf.pages.length,
          '/Tabs /S on every page',
        );
      });

      it('leaves no painted content untagged: the running header and page numbers are artifacts', async () => {
        const pdf = read();
        for (const [i, page] of pdf.pages.entries()) {
          assert.equal(page.untagged, 0, `page ${i + 1}: untagged content`);
          assert.ok(page.artifacts > 0, `page ${i + 1}: the footer is an artifact`);
        }
        const tagged = nodes(pdf)
          .map(({ node }) => node.text)
          .join(' ');
        const pageWord = kinds[kind]!.lang === 'es' ? 'Página' : 'Page';
        assert.doesNotMatch(tagged, new RegExp(`${pageWord} 1 (of|de) \\d`), 'page numbers are not content');
      });

      it('has the headings in reading order, section by section, each marked with its language', async () => {
        const pdf = read();
        const found = headings(pdf);
        const expected = (await chunks()).map((c) => ({ lang: c.locale, titles: c.sections.map((s) => s.title) }));
        // Section by section: each section's heading in every language, before the next section.
        const order = expected[0]!.titles.flatMap((_, i) =>
          expected.map((e) => ({ lang: e.lang, title: e.titles[i]! })),
        );
        let at = -1;
        for (const { lang, title } of order) {
          const next = found.findIndex(
            (h, i) => i > at && h.node.role === 'H2' && compact(h.node.text) === compact(title),
          );
          assert.ok(next > at, `"${title}" (${lang}) after the headings before it`);
          assert.equal(found[next]!.lang, lang, `"${title}" is marked ${lang}`);
          at = next;
        }
        for (const c of await chunks()) {
          const h1 = found.find((h) => h.node.role === 'H1' && compact(h.node.text) === compact(c.title));
          assert.equal(h1?.lang, c.locale, `H1 "${c.title}" in ${c.locale}`);
        }
        const levels = found.map((h) => Number(h.node.role.slice(1)));
        assert.equal(levels[0], 1);
        for (let i = 1; i < levels.length; i++) assert.ok(levels[i]! <= levels[i - 1]! + 1, `no level skipped at ${i}`);
      });

      it('has a bookmark for each section and red-flag box, with the spaces of its heading', async () => {
        const { bookmarks } = read();
        for (const c of await chunks()) {
          for (const section of c.sections) {
            assert.ok(bookmarks.includes(section.title), `bookmark "${section.title}"`);
            for (const group of section.groups ?? []) {
              assert.ok(bookmarks.includes(group.title), `bookmark "${group.title}" in ${JSON.stringify(bookmarks)}`);
            }
          }
        }
      });

      it('tags lists as L > LI > Lbl + LBody, and has no form fields', () => {
        const all = nodes(read()).map(({ node }) => node);
        const items = all.filter((n) => n.role === 'LI');
        assert.ok(items.length > 5);
        for (const item of items) {
          assert.ok(
            item.children.every((c) => c.role === 'Lbl' || c.role === 'LBody'),
            `LI holds ${item.children.map((c) => c.role)}`,
          );
          assert.ok(item.children.some((c) => c.role === 'LBody'));
        }
        assert.ok(all.filter((n) => n.role === 'L').every((l) => l.children.every((c) => c.role === 'LI')));
        assert.ok(!all.some((n) => n.role === 'Form'), 'no Form elements');
        assert.ok(
          read().pages.every((p) => p.widgets === 0),
          'no widget annotations',
        );
      });

      it('gives the QR code /Alt with its address, and every link a /Contents', async () => {
        const pdf = read();
        const figures = nodes(pdf).filter(({ node }) => node.role === 'Figure');
        const address = `https://clinic.example/learn/${TOPIC}?lang=${kinds[kind]!.lang}`;
        assert.equal(figures.length, 1);
        assert.ok(figures[0]!.node.alt?.endsWith(address), `QR /Alt: ${figures[0]!.node.alt}`);
        const links = pdf.pages.flatMap((p) => p.links);
        assert.ok(links.length > 0);
        for (const link of links) assert.ok(link.contents.length > 0, `link ${link.url} has /Contents`);
        assert.ok(
          links.some((l) => l.contents === '5550100100'),
          'the phone link names the number',
        );
        const held = new Set(
          nodes(pdf)
            .filter(({ node }) => node.role === 'Link')
            .flatMap(({ node }) => node.objects),
        );
        for (const link of links) assert.ok(held.has(link.id), `link ${link.url} is in a Link element`);
      });
    });
  }
});
