import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CONTENT_ELEMENTS, launch, serveRoot, settle } from './browser.js';

// painkit in pages it does not control: a strict CSP with Trusted Types, a
// hostile stylesheet, a plain page loading it from another path, and two
// copies on one page. Every request, CSP violation, page error and console
// message is recorded.
interface Record {
  requests: string[];
  violations: string[];
  errors: string[];
  console: string[];
}

describe('host pages', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveRoot>>;
  let context: BrowserContext;
  let page: Page;
  let record: Record;

  before(async () => {
    server = await serveRoot();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext();
    page = await context.newPage();
    record = { requests: [], violations: [], errors: [], console: [] };
    page.on('request', (r) => record.requests.push(r.url()));
    page.on('pageerror', (e) => record.errors.push(e.message));
    page.on('console', (m) => record.console.push(`${m.type()}: ${m.text()}`));
    await page.exposeFunction('recordViolation', (v: string) => record.violations.push(v));
    await page.addInitScript(
      `document.addEventListener('securitypolicyviolation', (e) => recordViolation(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber + ' ' + e.sample));`,
    );
  });

  async function open(path: string): Promise<void> {
    await page.goto(`${server.origin}${path}`);
    await settle(page);
    await page.waitForTimeout(300);
  }

  /** No request to any origin but the page's own, no cookie, nothing stored. */
  async function assertPrivate(): Promise<void> {
    assert.deepEqual([...new Set(record.requests.map((url) => new URL(url).origin))], [server.origin]);
    assert.deepEqual(await context.cookies(), []);
    assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  }

  it('strict CSP with Trusted Types: every element renders, zero violations, no errors', async () => {
    await open('/test/hosts/csp/index.html');
    const text = await page.evaluate(
      (selector) => [...document.querySelectorAll(selector)].map((el) => el.shadowRoot!.textContent).join(' '),
      CONTENT_ELEMENTS,
    );
    assert.match(text, /Ablación por radiofrecuencia/);
    assert.match(text, /Our clinic's injection day/); // the src path: marked and DOMPurify under Trusted Types
    assert.match(text, /Call CSP Clinic:/);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(
      record.console.filter((m) => m.startsWith('error')),
      [],
    );
    await assertPrivate();
  });

  it('strict CSP with Trusted Types: the whole XSS corpus through src raises zero violations', async () => {
    await open('/test/hosts/csp/corpus.html');
    const sections = await page.evaluate(
      () => document.querySelector('pain-procedure')!.shadowRoot!.querySelectorAll('section').length,
    );
    assert.equal(sections, 67);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(
      record.console.filter((m) => m.startsWith('error')),
      [],
    );
    await assertPrivate();
  });

  it('hostile page CSS cannot break painkit, and painkit does not touch the page', async () => {
    await open('/test/hosts/hostile-css/index.html');
    const seen = (await page.evaluate(`(() => {
      const el = document.querySelector('pain-procedure');
      const box = el.shadowRoot.querySelector('[part="red-flags"]');
      const heading = el.shadowRoot.querySelector('.section-title');
      return {
        host: getComputedStyle(el).display,
        box: [getComputedStyle(box).display, getComputedStyle(box).borderTopStyle, getComputedStyle(box).borderTopWidth],
        heading: getComputedStyle(heading).display,
        hostText: getComputedStyle(document.querySelector('.host-text')).color,
        pageSheets: document.styleSheets.length + document.adoptedStyleSheets.length,
      };
    })()`)) as { host: string; box: string[]; heading: string; hostText: string; pageSheets: number };
    assert.equal(seen.host, 'block');
    assert.deepEqual(seen.box, ['block', 'solid', '2px']);
    assert.equal(seen.heading, 'block');
    assert.equal(seen.hostText, 'rgb(255, 0, 0)');
    assert.equal(seen.pageSheets, 1, 'painkit added no style sheet to the page');
    assert.deepEqual(record.errors, []);
    await assertPrivate();
  });

  it('a plain page loading the module from another path, with no configuration', async () => {
    await open('/test/hosts/plain/index.html');
    const title = await page.evaluate(
      `document.querySelector('pain-procedure').shadowRoot.querySelector('[part="title"]').textContent`,
    );
    assert.equal(title, 'Inyección epidural de esteroides');
    assert.deepEqual(record.errors, []);
    await assertPrivate();
  });

  it('two copies of painkit on one page: no error, a clear warning', async () => {
    await open('/test/hosts/plain/twice.html');
    assert.deepEqual(record.errors, []);
    assert.ok(
      record.console.some((m) =>
        m.includes('[painkit] <pain-procedure> is already defined by another copy of painkit on this page'),
      ),
      record.console.join('\n'),
    );
    const title = await page.evaluate(
      `document.querySelector('pain-procedure').shadowRoot.querySelector('[part="title"]').textContent`,
    );
    assert.match(String(title), /^Radiofrequency ablation/);
  });
});
