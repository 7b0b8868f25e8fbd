/**
 * painkit's CDN module served at a bare package URL without a redirect, as a
 * CDN may answer `…/npm/painkit@0.1.0`: the module's URL does not end in
 * `painkit.js`, so its chunks are looked for one folder too high and 404.
 * Every element then says so inside itself (a line in the reader's language
 * and the fix for the developer), fires `pain-error` and warns in the
 * console. Chromium. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Plugin } from '@web/dev-server-core';
import type { Browser, Page } from 'playwright-core';
import { launch, serveRoot } from './browser.js';

const BARE = '/npm/painkit@0.1.0';

/** The bare URL answers with painkit.js's bytes (200, no redirect); nothing is served in /npm/ beside it. */
const bareCdn: Plugin = {
  name: 'painkit-test-bare-cdn',
  serve(context) {
    return context.path === BARE ? { body: readFileSync('dist/cdn/painkit.js', 'utf8'), type: 'js' } : undefined;
  },
};

interface Seen {
  /** The element's shadow root text, spaces collapsed. */
  text: string;
  /** The reader's line and its language. */
  reader: { text: string; lang: string } | null;
  /** Height of the message box on screen, in CSS pixels. */
  height: number;
  /** Whether the element's own light-DOM content is shown below the message. */
  lightShown: boolean;
}

/** What an element shows (a page function). */
const seen = (selector: string): Seen => {
  const el = document.querySelector(selector)!;
  const root = el.shadowRoot;
  const reader = root?.querySelector('[role="alert"] strong') as HTMLElement | null;
  const light = el.querySelector('p');
  return {
    text: (root?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    reader: reader && { text: reader.textContent!, lang: reader.lang },
    height: root?.querySelector('[role="alert"]')?.getBoundingClientRect().height ?? 0,
    lightShown: light ? light.getBoundingClientRect().height > 0 : false,
  };
};

/** Every `pain-error` on the page since it started (recorded by an init script). */
const errors = (page: Page) =>
  page.evaluate(() => (window as unknown as { __painErrors: Array<Record<string, string>> }).__painErrors);

describe('painkit at a bare CDN package URL (no redirect)', () => {
  let server: Awaited<ReturnType<typeof serveRoot>>;
  let browser: Browser;
  let page: Page;
  const warnings: string[] = [];

  before(async () => {
    server = await serveRoot(0, '.', [bareCdn]);
    browser = await launch();
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.addInitScript(() => {
      const record: Array<Record<string, string>> = [];
      (window as unknown as { __painErrors: typeof record }).__painErrors = record;
      document.addEventListener('pain-error', (e) => {
        const { code, locale, topic = '', message } = e.detail;
        record.push({
          tag: (e.target as Element).id,
          code,
          locale,
          topic,
          message,
          bubbles: String(e.bubbles && e.composed),
        });
      });
    });
    await page.goto(`${server.origin}/test/hosts/bare-url/index.html`);
    await page.waitForFunction(
      () =>
        document.querySelectorAll('pain-procedure').length === 2 &&
        [...document.querySelectorAll('pain-procedure')].every((el) => el.shadowRoot?.querySelector('[role="alert"]')),
    );
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('every element shows, inside itself, that it could not load, in the reader’s language, and the fix', async () => {
    const entry = `${server.origin}${BARE}`;
    const fix = `. Load painkit by its full URL, ${entry}/dist/cdn/painkit.js (${entry} does not end in .js)`;
    const english = await page.evaluate(seen, '#english');
    assert.deepEqual(english.reader, { text: 'This information could not be loaded.', lang: 'en' });
    assert.match(
      english.text,
      /^This information could not be loaded\. \[painkit\] <pain-procedure> could not be loaded: /,
    );
    assert.ok(
      english.text.includes(`${server.origin}/npm/pain-procedure-`),
      `names the chunk that failed: ${english.text}`,
    );
    assert.ok(english.text.endsWith(fix), english.text);
    assert.ok(english.height > 20, `the message takes room on the page (${english.height}px)`);
    assert.ok(english.lightShown, 'the page’s own content inside the element still shows');

    const spanish = await page.evaluate(seen, '#spanish');
    assert.deepEqual(spanish.reader, { text: 'No se pudo cargar esta información.', lang: 'es' });
    assert.ok(spanish.text.endsWith(fix), spanish.text);
  });

  it('fires pain-error (code network) on each element and keeps the console warning', async () => {
    const fired = await errors(page);
    assert.deepEqual(
      fired.map(({ tag, code, locale, bubbles }) => ({ tag, code, locale, bubbles })),
      [
        { tag: 'english', code: 'network', locale: 'en', bubbles: 'true' },
        { tag: 'spanish', code: 'network', locale: 'es', bubbles: 'true' },
      ],
    );
    assert.match(fired[0]!.message, /does not end in \.js/);
    assert.equal(warnings.filter((w) => w.startsWith('[painkit] <pain-procedure> could not be loaded: ')).length, 1);
    assert.equal(warnings[0], fired[0]!.message);
  });

  it('an element added later shows the message too', async () => {
    await page.evaluate(() => {
      const el = document.createElement('pain-procedure');
      el.id = 'later';
      el.setAttribute('topic', 'epidural-steroid-injection');
      document.querySelector('main')!.append(el);
    });
    await page.waitForFunction(() => document.querySelector('#later')!.shadowRoot?.querySelector('[role="alert"]'));
    assert.equal((await page.evaluate(seen, '#later')).reader?.text, 'This information could not be loaded.');
    assert.deepEqual(
      (await errors(page)).map((e) => e.tag),
      ['english', 'spanish', 'later'],
    );
  });
});
