import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument } from 'pdf-lib';
import type { TopicChunk } from 'painkit/markdown';
import { openHandoutRenderer, type HandoutRenderer, type HandoutRequest } from '../../tooling/handout/index.js';
import { findChromium } from '../../scripts/chromium.js';
import { mapInOrder } from '../../tooling/cli/in-order-pool.js';
import { compact, readPdf, walk } from './read-pdf.js';

// Short handouts (`painkit handout --short`), printed by Chromium and read back with pdf.js.
const missing = findChromium() ? '' : 'no Chromium (set CHROME_PATH or apt-get install chromium)';
if (missing) console.log(`# short handout tests skipped: ${missing}`);

const clinic = {
  name: 'Example Pain Clinic',
  phone: '(555) 010-0100',
  afterHoursPhone: '(555) 010-0199',
  onlineUrl: 'https://clinic.example/learn/{topic}?lang={lang}',
};
const chunk = async (locale: string, slug: string): Promise<TopicChunk> =>
  JSON.parse(await readFile(`dist/data/${locale}/${slug}.json`, 'utf8')) as TopicChunk;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const plain = (html: string) => squash(html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&'));

/** The interface catalog's text for an id, in English (source) and Spanish (target). */
async function catalog(id: string): Promise<{ en: string; es: string }> {
  const xliff = await readFile('xliff/es.xlf', 'utf8');
  const unit = new RegExp(`<trans-unit id="${id}">\\s*<source>([^<]*)</source>\\s*<target>([^<]*)</target>`).exec(
    xliff,
  );
  assert.ok(unit, `catalog id ${id}`);
  return { en: unit[1]!, es: unit[2]! };
}

/** Pages, text, and the font size of each text item (from its transform), read with pdf.js. */
async function readBack(bytes: Uint8Array) {
  const doc = await getDocument({ data: Uint8Array.from(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const items: Array<{ str: string; size: number }> = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      for (const item of content.items as Array<{ str?: string; transform?: number[] }>) {
        if (item.str && item.transform)
          items.push({ str: item.str, size: Math.hypot(item.transform[0]!, item.transform[1]!) });
      }
    }
    return { pages: doc.numPages, text: squash(items.map((i) => i.str).join(' ')), items };
  } finally {
    await doc.destroy();
  }
}

describe('painkit handout --short', { skip: missing || false }, () => {
  let renderer: HandoutRenderer;
  const print = async (request: HandoutRequest) =>
    readBack((await renderer.render({ clinic, short: true, ...request })).body as Uint8Array);

  before(async () => {
    renderer = await openHandoutRenderer(join(process.cwd(), 'dist'));
  });
  after(async () => {
    await renderer?.close();
  });

  /** What every short handout must say, in one language: key points, red flags, disclaimer, notice, address. */
  async function assertSafetyTexts(text: string, topic: string, locale: 'en' | 'es', address: string) {
    const c = await chunk(locale, topic);
    const found = compact(text);
    for (const point of c.keyPoints ?? []) assert.ok(found.includes(compact(point)), `${locale} key point: ${point}`);
    const flags = c.sections.find((s) => s.id === 'when-to-call')!.groups!.flatMap((g) => [g.title, ...g.items]);
    for (const flag of flags) assert.ok(found.includes(compact(plain(flag))), `${locale} red flag: ${flag}`);
    assert.ok(found.includes(compact((await catalog('disclaimer'))[locale])), `${locale} disclaimer`);
    if (c.translation.status === 'draft' || c.translation.status === 'machine') {
      const notice = await catalog('unreviewed-notice');
      assert.ok(found.includes(compact(notice[locale])), `${locale} unreviewed-translation notice`);
    }
    assert.ok(found.includes(compact(address)), `${locale} address of the full version`);
  }

  for (const locale of ['en', 'es'] as const) {
    it(`radiofrequency-ablation in ${locale}: 2 pages with the safety texts, the address, and no sources or timeline`, async () => {
      const topic = 'radiofrequency-ablation';
      const { pages, text } = await print({ topic, lang: locale });
      const c = await chunk(locale, topic);
      assert.ok(pages <= 2, `${pages} pages`);
      await assertSafetyTexts(text, topic, locale, `https://clinic.example/learn/${topic}?lang=${locale}`);
      for (const id of ['preparing', 'recovery', 'when-to-call']) {
        const title = c.sections.find((s) => s.id === id)!.title;
        assert.ok(text.includes(title), `section ${title}`);
      }
      for (const id of ['during', 'risks', 'questions']) {
        assert.ok(!text.includes(c.sections.find((s) => s.id === id)!.title), `no section ${id}`);
      }
      assert.ok(!text.includes(c.sources[0]!.publisher!), 'no sources list');
      assert.ok(!text.includes(c.recovery[1]!.when), 'no recovery timeline');
    });
  }

  it('a therapy and a condition print their own "before and after" sections', async () => {
    for (const [topic, ids] of [
      ['sleep', ['what-to-expect', 'at-home']],
      ['sciatica', ['symptoms', 'what-helps']],
    ] as const) {
      const { pages, text } = await print({ topic, lang: 'es' });
      const c = await chunk('es', topic);
      assert.ok(pages <= 2, `${topic}: ${pages} pages`);
      for (const id of ids) assert.ok(text.includes(c.sections.find((s) => s.id === id)!.title), `${topic}: ${id}`);
      await assertSafetyTexts(text, topic, 'es', `https://clinic.example/learn/${topic}?lang=es`);
    }
  });

  it('shows the clinic’s approval of the text it prints (--approvals)', async () => {
    const c = await chunk('en', 'sleep');
    const approval = {
      topic: 'sleep',
      locale: 'en',
      fingerprint: c.fingerprint!,
      by: 'Dr. Ana Ruiz',
      role: 'Medical director',
      date: '2026-11-30',
    };
    const { pages, text } = await print({ topic: 'sleep', lang: 'en', approvals: [approval] });
    assert.ok(pages <= 2, `${pages} pages`);
    assert.match(text, /Dr\. Ana Ruiz/);
  });

  it('without an address, says to ask the care team for the full version', async () => {
    const { text } = await print({ topic: 'radiofrequency-ablation', lang: 'es', clinic: { name: 'Clínica' } });
    assert.ok(compact(text).includes(compact((await catalog('handout-short-ask')).es)));
  });

  it('bilingual es+en short: 4 pages at most, with both languages’ safety texts', async () => {
    const topic = 'radiofrequency-ablation';
    const { pages, text } = await print({ topic, lang: 'es', bilingual: 'en' });
    assert.ok(pages <= 4, `${pages} pages`);
    const address = `https://clinic.example/learn/${topic}?lang=es`;
    await assertSafetyTexts(text, topic, 'es', address);
    await assertSafetyTexts(text, topic, 'en', address);
  });

  it('large print: the running header and footer are larger than in normal print, and the page count is reported', async () => {
    const topic = 'radiofrequency-ablation';
    const headerSize = (items: Array<{ str: string; size: number }>) =>
      items.find((i) => i.str.includes('Example Pain Clinic'))!.size;
    const normal = await print({ topic, lang: 'en' });
    const large = await print({ topic, lang: 'en', largePrint: true });
    assert.ok(
      headerSize(large.items) > headerSize(normal.items) * 1.3,
      `${headerSize(large.items)} vs ${headerSize(normal.items)}`,
    );
    const footer = (items: Array<{ str: string; size: number }>) => items.find((i) => /^\s*Page\b/.test(i.str))!.size;
    assert.ok(footer(large.items) > footer(normal.items) * 1.3, 'footer');
    console.log(`# large-print short ${topic}.en: ${large.pages} pages`);
  });

  it('short and bilingual short are PDF/UA like the full ones: XMP, no untagged content, the QR code with /Alt, same bytes twice', async () => {
    for (const request of [
      { topic: 'sleep', lang: 'en', clinic, short: true },
      { topic: 'sleep', lang: 'es', bilingual: 'en', clinic, short: true },
    ]) {
      const first = (await renderer.render(request)).body as Uint8Array;
      const second = (await renderer.render(request)).body as Uint8Array;
      assert.ok(Buffer.from(first).equals(Buffer.from(second)), 'the two prints differ');
      const pdf = await readPdf(first);
      assert.equal(pdf.xmp.pdfuaPart, '1');
      for (const [i, page] of pdf.pages.entries()) {
        assert.equal(page.untagged, 0, `page ${i + 1}: untagged content`);
        assert.ok(page.artifacts > 0, `page ${i + 1}: the running header and footer are artifacts`);
        assert.equal(page.widgets, 0, 'no form fields');
      }
      const figures = pdf.pages
        .flatMap((p) => (p.tree ? [...walk(p.tree)] : []))
        .filter(({ node }) => node.role === 'Figure');
      assert.equal(figures.length, 1);
      assert.ok(figures[0]!.node.alt?.endsWith(`https://clinic.example/learn/sleep?lang=${request.lang}`));
    }
  });

  it('--short with --sections: refused before Chromium starts, in one line', () => {
    assert.throws(
      () => renderer.check({ topic: 'radiofrequency-ablation', short: true, sections: ['preparing'] }),
      /--short prints its own sections .*leave out --sections/,
    );
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tooling/cli.ts', 'handout', 'radiofrequency-ablation', '--short', '--sections', 'preparing'],
      { encoding: 'utf8' },
    );
    assert.equal(cli.status, 2);
    assert.equal(cli.stderr.trim().split('\n').length, 1, cli.stderr);
  });

  it('every shipped topic in en and es fits 2 Letter pages, except the Spanish intrathecal pump (3)', async () => {
    const every = await renderer.all();
    const long: string[] = [];
    await mapInOrder(
      every,
      2,
      // Counted with pdf-lib: two pdf.js documents read at once in Node sometimes answered
      // "Invalid page request" (seen once in CI), and only the count is needed here.
      async (job) => {
        const body = (await renderer.render({ clinic, short: true, ...job })).body as Uint8Array;
        return { job, pages: (await PDFDocument.load(body)).getPageCount() };
      },
      ({ job, pages }) => {
        if (pages > 2) long.push(`${job.topic}.${job.lang}: ${pages}`);
      },
    );
    assert.equal(every.length, 70);
    assert.deepEqual(long, ['intrathecal-pump.es: 3']);
  });
});
