/**
 * The spine red flags where a patient reads them: for every procedure the
 * content marks `near-spine: true` (the list is read from the content, not
 * written here), in English and Spanish, the emergency box on the web page
 * (the CDN script, as a clinic site loads it) and in the printed handout
 * (the PDF's structure read back with pdf.js) lists every item of the
 * shared spine set, word for word. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { parseTopic } from 'painkit/markdown';
import { parse } from 'yaml';
import { readContent } from '../../tooling/content/read-content.js';
import { openHandoutRenderer, type HandoutRenderer } from '../../tooling/handout/index.js';
import { compact, readPdf, walk, type PdfNode } from '../tooling/read-pdf.js';
import { launch, serveRoot, settle } from './browser.js';

const LOCALES = ['en', 'es'] as const;

/** The spine set's emergency items in `locale`, from `content/<locale>/red-flags.yaml`. */
async function spineItems(locale: string): Promise<string[]> {
  const { sets } = parse(await readFile(`content/${locale}/red-flags.yaml`, 'utf8')) as {
    sets: Array<{ id: string; emergency?: string[] }>;
  };
  return sets.find((s) => s.id === 'spine')!.emergency!;
}

/** In a handout's structure tree, the items of the list under the heading `title`. */
function itemsUnder(tree: PdfNode, title: string): string[] | undefined {
  for (const { node } of walk(tree)) {
    const at = node.children.findIndex((c) => c.role === 'H3' && compact(c.text) === compact(title));
    const list = at >= 0 ? node.children[at + 1] : undefined;
    if (list?.role === 'L') return list.children.filter((c) => c.role === 'LI').map((li) => li.text);
  }
  return undefined;
}

describe('the spine red flags on every procedure near the spine, on the web and in the handout', () => {
  let spinal: string[] = [];
  const spine = new Map<string, string[]>();
  before(async () => {
    spinal = (await readContent('content'))
      .filter((f) => f.locale === 'en' && parseTopic(f.text).data?.['near-spine'] === true)
      .map((f) => f.slug)
      .sort();
    for (const locale of LOCALES) spine.set(locale, await spineItems(locale));
  });

  it('the content marks at least the procedures the review named', () => {
    assert.ok(spinal.length >= 11, spinal.join(', '));
    assert.equal(spine.get('en')!.length, 4);
  });

  describe('the web page', () => {
    let browser: Browser;
    let server: Awaited<ReturnType<typeof serveRoot>>;
    before(async () => {
      server = await serveRoot(0, '.', [
        {
          name: 'spinal-pages',
          serve: ({ path }: { path: string }) => {
            const locale = /^\/spine\/(\w+)\.html$/.exec(path)?.[1];
            if (!locale) return undefined;
            const elements = spinal.map((slug) => `<pain-procedure topic="${slug}"></pain-procedure>`).join('');
            const body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/dist/cdn/painkit.js"></script></head><body><main>${elements}</main></body></html>`;
            return { body, type: 'html' };
          },
        },
      ]);
      browser = await launch();
    });
    after(async () => {
      await browser?.close();
      await server?.stop();
    });

    for (const locale of LOCALES)
      it(`${locale}: each emergency box starts with the whole spine set`, async () => {
        const tab = await browser.newPage();
        try {
          await tab.goto(`${server.origin}/spine/${locale}.html`);
          await settle(tab, 60_000);
          const boxes = await tab.evaluate(() =>
            [...document.querySelectorAll('pain-procedure')].map((el) => ({
              topic: el.getAttribute('topic'),
              items: [...(el.shadowRoot?.querySelectorAll('[part~="red-flags-emergency"] li') ?? [])].map((li) =>
                (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
              ),
            })),
          );
          assert.deepEqual(
            boxes.map((b) => b.topic),
            spinal,
          );
          const expected = spine.get(locale)!;
          for (const { topic, items } of boxes)
            assert.deepEqual(items.slice(0, expected.length), expected, `${locale}/${topic}`);
        } finally {
          await tab.close();
        }
      });
  });

  describe('the printed handout', () => {
    let renderer: HandoutRenderer;
    before(async () => {
      renderer = await openHandoutRenderer(`${process.cwd()}/dist`);
    });
    after(async () => {
      await renderer?.close();
    });

    for (const locale of LOCALES)
      it(`${locale}: each handout's emergency list starts with the whole spine set`, async () => {
        const expected = spine.get(locale)!.map(compact);
        for (const topic of spinal) {
          const chunk = JSON.parse(await readFile(`dist/data/${locale}/${topic}.json`, 'utf8')) as {
            sections: Array<{ id: string; groups?: Array<{ id: string; title: string }> }>;
          };
          const title = chunk.sections.find((s) => s.id === 'when-to-call')!.groups!.find((g) => g.id === 'emergency')!;
          const pdf = await readPdf((await renderer.render({ topic, lang: locale })).body as Uint8Array);
          const items = pdf.pages.map((p) => p.tree && itemsUnder(p.tree, title.title)).find(Boolean);
          assert.ok(items, `${locale}/${topic}: no list under "${title.title}" in the PDF's structure`);
          assert.deepEqual(items.slice(0, expected.length).map(compact), expected, `${locale}/${topic}`);
        }
      });
  });
});
