import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launch, serveRoot, settle } from './browser.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Shown {
  title: string;
  headings: string[];
  notice: string;
  alert: string;
  articleLang: string | null;
}

/** Opens a demo page the way a patient would and waits for every element to settle. */
async function open(page: Page, url: string): Promise<Shown[]> {
  await page.goto(url);
  await settle(page);
  // No named helpers inside page functions: tsx would wrap them in a helper the page lacks.
  return page.$$eval('pain-procedure', (els) =>
    els.map((el) => {
      const root = el.shadowRoot!;
      const [title, notice, alert] = ['[part="title"]', '[part="notice"]', '[role="alert"]'].map((sel) =>
        (root.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      );
      return {
        title,
        notice,
        alert,
        headings: [...root.querySelectorAll('section > [id^="heading-"]')].map((h) => h.textContent!.trim()),
        articleLang: root.querySelector('article')?.getAttribute('lang') ?? null,
      };
    }),
  );
}

/** axe-core over the whole page, shadow roots included. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: (ctx: Document) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> };
      }
    ).axe.run(document);
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  return violations;
}

describe('demo clinic pages (CDN module, no configuration)', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveRoot>>;
  let page: Page;
  const requests: string[] = [];

  before(async () => {
    server = await serveRoot();
    browser = await launch();
    page = await browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => assert.fail(`uncaught error on the page: ${e.message}`));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('English page: the full topic, and a topic found by procedure code', async () => {
    const [rfa, byCode] = await open(page, `${server.origin}/demo/index.html`);
    assert.match(rfa.title, /^Radiofrequency ablation/);
    // The key points, then the 9 sections.
    assert.equal(rfa.headings[0], 'Key points');
    assert.equal(rfa.headings.length, 10);
    assert.equal(rfa.notice, '');
    assert.equal(byCode.title, 'Epidural steroid injection');
    // "Check what you learned": the first teach-back question of the same topic.
    const legend = await page.waitForFunction(() =>
      document
        .querySelector('pain-check')
        ?.shadowRoot?.querySelector('legend')
        ?.textContent?.replace(/\s+/g, ' ')
        .trim(),
    );
    assert.match(String(await legend.jsonValue()), /^Question 1 of 3 You take a blood thinner\./);
    assert.deepEqual(await axeViolations(page), []);
  });

  it('Spanish page: the full Spanish topic with Spanish interface text', async () => {
    const [rfa] = await open(page, `${server.origin}/demo/es.html`);
    assert.equal(rfa.title, 'Ablación por radiofrecuencia para el dolor de espalda y cuello');
    assert.deepEqual(rfa.headings.slice(0, 4), ['Puntos clave', 'Qué es', 'Para qué sirve', 'Cómo prepararse']);
    assert.equal(rfa.headings.length, 10);
    assert.equal(rfa.articleLang, 'es');
    assert.match(rfa.notice, /Ningún revisor médico/);
    const footer = await page.$eval('pain-procedure', (el) => el.shadowRoot!.querySelector('footer')!.textContent!);
    assert.match(footer, /Fuentes/);
    assert.deepEqual(await axeViolations(page), []);
  });

  it('every state: French falls back to English with a notice; unknown topics explain themselves', async () => {
    const [french, unknown, unknownEs, clinic] = await open(page, `${server.origin}/demo/examples.html`);
    assert.equal(french.notice, 'This information is not available in French yet. It is shown in English.');
    assert.equal(french.articleLang, 'en');
    assert.match(unknown.alert, /We could not find this information\./);
    assert.match(unknownEs.alert, /No encontramos esta información\./);
    assert.equal(clinic.title, 'Coming to our clinic for a procedure');
    assert.deepEqual(await axeViolations(page), []);
  });

  it('library page: every topic listed, a glossary word explained, no axe violations', async () => {
    await page.goto(`${server.origin}/demo/library.html`);
    await settle(page);
    const cards = await page.$eval(
      'pain-library',
      (el) => el.shadowRoot!.querySelectorAll('[part~="group"] li').length,
    );
    assert.ok(cards >= 35, `${cards} cards`);
    await page.locator('main > p pain-term [role="button"]').click();
    const definition = await page.$eval(
      'main > p pain-term',
      (el) => el.shadowRoot!.querySelector('[role="status"]')!.textContent,
    );
    assert.match(definition ?? '', /X-ray/);
    assert.deepEqual(await axeViolations(page), []);
  });

  it('right-to-left page: recovery, plan and library render with no axe violations', async () => {
    await page.goto(`${server.origin}/demo/rtl.html`);
    await settle(page);
    const notice = await page.$eval(
      'pain-recovery',
      (el) => el.shadowRoot!.querySelector('[part="notice"]')!.textContent,
    );
    assert.match(notice ?? '', /not available in Arabic yet/);
    assert.deepEqual(await axeViolations(page), []);
  });

  it('loads only from the page origin, and the Markdown parser only where src is used', () => {
    const origins = new Set(requests.map((url) => new URL(url).origin));
    assert.deepEqual([...origins], [server.origin]);
    const markdownChunks = requests.filter((url) => /\/dist\/cdn\/clinic-markdown-/.test(url));
    assert.equal(markdownChunks.length, 1, 'the Markdown chunk loads once, for the examples page only');
  });
});
