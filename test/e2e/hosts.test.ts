import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CONTENT_ELEMENTS, contentLoaded, serveRoot } from './browser.js';
import type { Plugin } from '@web/dev-server-core';
import { ServerPage, renderElement } from '../../dist/ssr/index.js';
import { enginesToRun, launchEngine, pageRecorder, waitFor, type Engine, type HostPage } from './engines.js';

// painkit in pages it does not control, in every engine (BROWSERS picks
// them; by default Chromium, Firefox and WebKit): a strict CSP with Trusted
// Types, a hostile stylesheet, a plain page loading it from another path,
// two copies on one page, two languages on one page, and the reader's
// keyboard paths. Every request, CSP violation, page error and console
// message is recorded (test/e2e/page-recorder.js, plus the engine's own
// reports in Chromium and Firefox).

type Server = Awaited<ReturnType<typeof serveRoot>>;
let server: Server;
/** A clinic page with a topic rendered on the server (painkit/ssr), made when the tests start. */
let serverRendered = '';
const SERVER_RENDERED = '/test/hosts/server-rendered.html';
const SERVER_PAGE = '/test/hosts/server-page.html';
before(async () => {
  const topic = await renderElement('pain-procedure', { topic: 'radiofrequency-ablation', lang: 'es' });
  const clinicPage = (
    body: string,
  ) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Server-rendered</title>
<script type="module" src="/dist/cdn/painkit.js"></script></head><body><main><h1>Our clinic</h1>${body}</main></body></html>`;
  serverRendered = clinicPage(topic);
  // Two elements of one topic from a ServerPage: the topic's data once, after them.
  const portal = new ServerPage();
  const elements = [
    await portal.render('pain-procedure', { topic: 'radiofrequency-ablation', lang: 'es', sections: 'what-it-is' }),
    await portal.render('pain-procedure', { topic: 'radiofrequency-ablation', lang: 'es', sections: 'risks' }),
  ];
  const pages = new Map([
    [SERVER_RENDERED, serverRendered],
    [SERVER_PAGE, clinicPage(elements.join('') + portal.data())],
  ]);
  const page: Plugin = {
    name: 'server-rendered-page',
    serve: ({ path }) => (pages.has(path) ? { body: pages.get(path)!, type: 'html' } : undefined),
  };
  server = await serveRoot(0, '.', [page, pageRecorder]);
});
after(() => server?.stop());

/** Opens a host page and waits until every content element has loaded (and a little longer, for late errors). */
async function open(page: HostPage, path: string): Promise<void> {
  await page.goto(`${server.origin}${path}`);
  await waitFor(page, contentLoaded, CONTENT_ELEMENTS, `painkit's elements on ${path} to load`);
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/** No violation, no uncaught error, no console error. */
async function assertClean(page: HostPage): Promise<void> {
  const record = await page.record();
  assert.deepEqual(record.violations, []);
  assert.deepEqual(record.errors, []);
  assert.deepEqual(
    record.console.filter((m) => m.startsWith('error')),
    [],
  );
}

/**
 * No request to any origin but the page's own, no cookie, nothing stored.
 * data: URLs (Firefox reports the page's `data:,` icon and a font as requests) load nothing from anywhere.
 */
async function assertPrivate(page: HostPage): Promise<void> {
  const requests = (await page.record()).requests.filter((url) => !url.startsWith('data:'));
  assert.deepEqual([...new Set(requests.map((url) => new URL(url).origin))], [server.origin]);
  const stored = await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length], null);
  assert.deepEqual(stored, ['', 0, 0]);
}

/** The text of the first match of `selector` inside `host`'s shadow root (spaces collapsed). */
const shadowText = (page: HostPage, host: string, selector: string) =>
  page.evaluate(
    ([h, s]) =>
      (document.querySelector(h)?.shadowRoot?.querySelector(s)?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    [host, selector],
  );

/**
 * Every request for a JSON file (content) the page made, one entry per request (Resource Timing):
 * paths, sorted (entries are listed as responses end, and requests that start together may end in
 * either order).
 */
const contentRequests = async (page: HostPage) =>
  (
    await page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => path.endsWith('.json')),
      null,
    )
  ).sort();

/** What has keyboard focus, through shadow roots: "pain-term > word" (host tags, then the part, id or tag). */
const focused = (page: HostPage) =>
  page.evaluate(() => {
    const path: string[] = [];
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) {
      path.push(el.localName);
      el = el.shadowRoot.activeElement;
    }
    if (el) path.push(el.getAttribute('part') ?? (el.id || el.localName));
    return path.join(' > ');
  }, null);

/**
 * Trusted Types is enforced by this CSP in all three engines run here
 * (Chromium 156, Firefox 153 ESR, WebKitGTK 2.50): Chromium shipped it in
 * 2019, WebKit and then Firefox later (Mozilla's intent to ship,
 * https://groups.google.com/a/mozilla.org/g/dev-platform/c/zQaRDA68e5A,
 * https://bugzilla.mozilla.org/show_bug.cgi?id=1508286). A Firefox without
 * it, as older versions are, is run below with the feature switched off.
 */
const ENFORCES_TRUSTED_TYPES = { chromium: true, firefox: true, webkit: true };

/** Whether the page blocks a plain string assigned to innerHTML (it raises a violation: check cleanliness first). */
const trustedTypesEnforced = (page: HostPage) =>
  page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>plain string</b>';
      return false;
    } catch {
      return true;
    }
  }, null);

/** The strict CSP page: every element renders with its real content, and nothing is reported. */
async function assertStrictCspPage(page: HostPage): Promise<void> {
  await open(page, '/test/hosts/csp/index.html');
  const text = await page.evaluate(
    (selector) => [...document.querySelectorAll(selector)].map((el) => el.shadowRoot!.textContent).join(' '),
    CONTENT_ELEMENTS,
  );
  assert.match(text, /Ablación por radiofrecuencia/);
  assert.match(text, /Our clinic's injection day/); // the src path: marked and DOMPurify under Trusted Types
  assert.match(text, /Call CSP Clinic:/);
  await assertClean(page);
  await assertPrivate(page);
}

/** A glossary word's state: whether its definition is open, and the definition shown. */
const glossary = (page: HostPage, host: string) =>
  page.evaluate((selector) => {
    const root = document.querySelector(selector)!.shadowRoot!;
    return {
      expanded: root.querySelector('[part="word"]')!.getAttribute('aria-expanded'),
      definition: (root.querySelector('[role="status"]')!.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  }, host);

/** The title, the first content section's heading (after the key points) and the article's lang in a <pain-procedure>. */
const procedureShown = (page: HostPage, host: string) =>
  page.evaluate((selector) => {
    const root = document.querySelector(selector)!.shadowRoot!;
    return {
      title: (root.querySelector('[part="title"]')?.textContent ?? '').trim(),
      firstSection: (
        root.querySelector('section:not([part~="key-points"]) > [id^="heading-"]')?.textContent ?? ''
      ).trim(),
      lang: root.querySelector('article')?.getAttribute('lang'),
    };
  }, host);

/** Puts keyboard focus on an element of the page itself (where a reader's Tab would start). */
const focusOn = (page: HostPage, selector: string) =>
  page.evaluate((s) => (document.querySelector(s) as HTMLElement).focus(), selector);

const FLUOROSCOPY_EN =
  'fluoroscopy: A kind of X-ray that shows moving pictures on a screen, like a video. It helps the doctor guide the needle to the right spot.';
const FLUOROSCOPY_ES =
  'fluoroscopia: Un tipo de rayos X que muestra imágenes en movimiento en una pantalla, como un video. Ayuda al médico a guiar la aguja al lugar correcto.';

for (const name of enginesToRun()) {
  describe(`host pages in ${name}`, () => {
    let engine: Engine;
    let page: HostPage;

    before(async () => {
      engine = await launchEngine(name);
      console.log(`# ${name}: ${engine.version}`);
    });
    after(() => engine?.close());
    beforeEach(async () => {
      page = await engine.newPage();
    });
    afterEach(() => page?.close());

    it('strict CSP with Trusted Types: every element renders, zero violations, no errors', async () => {
      await assertStrictCspPage(page);
      assert.equal(await trustedTypesEnforced(page), ENFORCES_TRUSTED_TYPES[name]);
      // The blocked string is reported like any violation would be: the record is not blind in this engine.
      const { violations } = await page.record();
      assert.equal(violations.length, 1, violations.join('\n'));
      assert.match(violations[0], /^require-trusted-types-for /);
    });

    it('strict CSP with Trusted Types: the whole XSS corpus through src raises zero violations', async () => {
      await open(page, '/test/hosts/csp/corpus.html');
      const sections = await page.evaluate(
        () => document.querySelector('pain-procedure')!.shadowRoot!.querySelectorAll('section').length,
        null,
      );
      assert.equal(sections, 67);
      await assertClean(page);
      await assertPrivate(page);
    });

    it('hostile page CSS cannot break painkit, and painkit does not touch the page', async () => {
      await open(page, '/test/hosts/hostile-css/index.html');
      const seen = await page.evaluate(() => {
        const el = document.querySelector('pain-procedure')!;
        const box = getComputedStyle(el.shadowRoot!.querySelector('[part~="red-flags"]')!);
        return {
          host: getComputedStyle(el).display,
          box: [box.display, box.borderTopStyle, box.borderTopWidth],
          heading: getComputedStyle(el.shadowRoot!.querySelector('.section-title')!).display,
          hostText: getComputedStyle(document.querySelector('.host-text')!).color,
          pageSheets: document.styleSheets.length + document.adoptedStyleSheets.length,
        };
      }, null);
      assert.equal(seen.host, 'block');
      assert.deepEqual(seen.box, ['block', 'solid', '2px']);
      assert.equal(seen.heading, 'block');
      assert.equal(seen.hostText, 'rgb(255, 0, 0)');
      assert.equal(seen.pageSheets, 1, 'painkit added no style sheet to the page');
      await assertClean(page);
      await assertPrivate(page);
    });

    it('a plain page loading the module from another path, with no configuration', async () => {
      await open(page, '/test/hosts/plain/index.html');
      assert.equal(await shadowText(page, 'pain-procedure', '[part="title"]'), 'Inyección epidural de esteroides');
      await assertClean(page);
      await assertPrivate(page);
    });

    it('the topic and its manifest are each requested once, though the script tag asks for them before the element loads', async () => {
      await open(page, '/test/hosts/plain/index.html');
      assert.deepEqual(await contentRequests(page), [
        '/dist/data/es/epidural-steroid-injection.json',
        '/dist/data/manifest.json',
      ]);
    });

    it('on a Spanish page the script tag requests the Spanish interface text with the element, once', async () => {
      await open(page, '/test/hosts/plain/index.html');
      const catalog = await page.evaluate(
        () => ({
          preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')]
            .map((link) => new URL(link.href).pathname)
            .filter((path) => /^\/dist\/cdn\/es-[\w-]+\.js$/.test(path)),
          requested: performance
            .getEntriesByType('resource')
            .map((entry) => new URL(entry.name).pathname)
            .filter((path) => /^\/dist\/cdn\/es-[\w-]+\.js$/.test(path)),
        }),
        null,
      );
      assert.equal(catalog.preloaded.length, 1, `one modulepreload of the catalog: ${catalog.preloaded}`);
      assert.deepEqual(catalog.requested, catalog.preloaded);
    });

    it('a page with seven kinds of element asks for each shared chunk with one link', async () => {
      await open(page, '/test/hosts/csp/index.html');
      const preloaded = await page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
            (link) => new URL(link.href).pathname,
          ),
        null,
      );
      assert.ok(
        preloaded.some((path) => /^\/dist\/cdn\/topic-core-[\w-]+\.js$/.test(path)),
        `topic-core is preloaded: ${preloaded}`,
      );
      assert.deepEqual(preloaded, [...new Set(preloaded)], 'no chunk linked twice');
    });

    it('a content folder set with configure() in a module script after the script tag: its files only, once each', async () => {
      await open(page, '/test/hosts/configured/index.html');
      assert.match(await shadowText(page, 'pain-procedure', '[part="title"]'), /^Radiofrequency ablation/);
      assert.deepEqual(await contentRequests(page), [
        '/test/dist/overlay-data/en/radiofrequency-ablation.json',
        '/test/dist/overlay-data/manifest.json',
      ]);
      await assertClean(page);
    });

    it('two copies of painkit on one page: no error, a clear warning', async () => {
      await open(page, '/test/hosts/plain/twice.html');
      const record = await page.record();
      assert.deepEqual(record.errors, []);
      assert.ok(
        record.console.some((m) =>
          m.includes('[painkit] <pain-procedure> is already defined by another copy of painkit on this page'),
        ),
        record.console.join('\n'),
      );
      assert.match(await shadowText(page, 'pain-procedure', '[part="title"]'), /^Radiofrequency ablation/);
    });

    it("a browser without custom elements shows the page's own fallback text, never a blank box", async () => {
      await page.goto(`${server.origin}/test/hosts/older/index.html`);
      await waitFor(page, () => document.readyState === 'complete', null, 'the page to load');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const seen = await page.evaluate(
        () => ({
          upgraded: Boolean(document.querySelector('pain-procedure')!.shadowRoot),
          text: document.querySelector('main')!.innerText.replace(/\s+/g, ' ').trim(),
          fallbackHeight: document.querySelector('pain-procedure > p')!.getBoundingClientRect().height,
        }),
        null,
      );
      assert.equal(seen.upgraded, false);
      assert.equal(
        seen.text,
        'What an older browser shows Ask the front desk for the printed handout about epidural steroid injections. Ask about X-ray video.',
      );
      assert.ok(seen.fallbackHeight > 0, 'the fallback text takes room on the page');
      // The developer gets a warning naming each element (the engine's own TypeError text follows it).
      const record = await page.record();
      assert.deepEqual(record.errors, []);
      assert.deepEqual(record.console.map((m) => m.replace(/: TypeError: .*$/, '')).sort(), [
        'warn: [painkit] <pain-procedure> could not be loaded',
        'warn: [painkit] <pain-term> could not be loaded',
      ]);
    });

    it('a page rendered on the server (painkit/ssr): the element goes live without fetching its topic', async () => {
      await page.goto(`${server.origin}${SERVER_RENDERED}`);
      assert.equal(
        await shadowText(page, 'pain-procedure', '[part="title"]'),
        'Ablación por radiofrecuencia para el dolor de espalda y cuello',
      );
      await waitFor(
        page,
        () => !!document.querySelector('pain-procedure')?.shadowRoot?.querySelector('[part="term"][role="button"]'),
        null,
        'the server-rendered element to go live',
      );
      assert.equal(
        await page.evaluate(
          () => document.querySelector('pain-procedure')!.shadowRoot!.querySelectorAll('article').length,
          null,
        ),
        1,
      );
      const { requests } = await page.record();
      assert.deepEqual(
        requests.filter((url) => url.includes('/dist/data/')),
        [],
      );
      await assertClean(page);
    });

    it("two elements from one ServerPage (painkit/ssr): both go live from the page's one copy of the topic", async () => {
      await page.goto(`${server.origin}${SERVER_PAGE}`);
      await waitFor(
        page,
        () =>
          [...document.querySelectorAll('pain-procedure')].every(
            (el) => !!el.shadowRoot?.querySelector('[part="term"][role="button"]'),
          ),
        null,
        'both server-rendered elements to go live',
      );
      const headings = await page.evaluate(
        () =>
          [...document.querySelectorAll('pain-procedure')].map((el) =>
            [...el.shadowRoot!.querySelectorAll('section:not([part~="key-points"]) > [id^="heading-"]')].map((h) =>
              h.textContent!.trim(),
            ),
          ),
        null,
      );
      // Each its own sections, and the red flags with any choice of sections.
      assert.deepEqual(headings, [
        ['Qué es', 'Cuándo buscar ayuda'],
        ['Riesgos y efectos secundarios', 'Cuándo buscar ayuda'],
      ]);
      const { requests } = await page.record();
      assert.deepEqual(
        requests.filter((url) => url.includes('/dist/data/')),
        [],
      );
      await assertClean(page);
    });

    it('two languages on one page: each element in its own, glossary words too', async () => {
      await open(page, '/test/hosts/languages/index.html');
      assert.deepEqual(await procedureShown(page, '#english'), {
        title: 'Facet joint injection',
        firstSection: 'What it is',
        lang: 'en',
      });
      assert.deepEqual(await procedureShown(page, '#spanish'), {
        title: 'Inyección en las articulaciones facetarias',
        firstSection: 'Qué es',
        lang: 'es',
      });
      for (const [term, definition] of [
        ['#english-term', FLUOROSCOPY_EN],
        ['#spanish-term', FLUOROSCOPY_ES],
      ]) {
        await page.evaluate(
          (s) => (document.querySelector(s)!.shadowRoot!.querySelector('[part="word"]') as HTMLElement).focus(),
          term,
        );
        await page.press('Enter');
        assert.deepEqual(await glossary(page, term), { expanded: 'true', definition });
      }
      await assertClean(page);
      await assertPrivate(page);
    });

    it('the language picker, from the keyboard: Tab to it, arrow down to Spanish, every element switches', async () => {
      await open(page, '/test/hosts/languages/index.html');
      await page.press('Tab');
      assert.equal(await focused(page), 'pain-language-picker > select');
      await page.press('ArrowDown');
      await waitFor(
        page,
        () => document.querySelector('#english')!.shadowRoot!.querySelector('article')?.getAttribute('lang') === 'es',
        null,
        'the English procedure to switch to Spanish',
      );
      await waitFor(page, contentLoaded, CONTENT_ELEMENTS, 'every element to load in Spanish');
      assert.deepEqual(await procedureShown(page, '#english'), {
        title: 'Inyección en las articulaciones facetarias',
        firstSection: 'Qué es',
        lang: 'es',
      });
      assert.equal(await shadowText(page, 'pain-language-picker', 'label'), 'Idioma');
      assert.equal(
        await shadowText(page, 'pain-language-picker', '[role="status"]'),
        'Se muestra la información en Español.',
      );
      assert.equal(await focused(page), 'pain-language-picker > select', 'focus stays on the menu');
      await assertClean(page);
      await assertPrivate(page); // the choice is not stored: the page did not opt in
    });

    it('a glossary word from the keyboard: Tab to it, Enter opens, Escape closes, Space opens, Tab moves on and closes', async () => {
      await open(page, '/test/hosts/keyboard/index.html');
      await focusOn(page, '#before');
      await page.press('Tab');
      assert.equal(await focused(page), 'pain-term > word');
      assert.deepEqual(await glossary(page, 'pain-term'), { expanded: 'false', definition: '' });
      await page.press('Enter');
      assert.deepEqual(await glossary(page, 'pain-term'), { expanded: 'true', definition: FLUOROSCOPY_EN });
      await page.press('Escape');
      assert.deepEqual(await glossary(page, 'pain-term'), { expanded: 'false', definition: '' });
      assert.equal(await focused(page), 'pain-term > word', 'focus stays on the word');
      await page.press('Space');
      assert.equal((await glossary(page, 'pain-term')).expanded, 'true');
      await page.press('Tab');
      assert.equal(await focused(page), 'after');
      assert.deepEqual(await glossary(page, 'pain-term'), { expanded: 'false', definition: '' });
      await assertClean(page);
    });

    it('the library from the keyboard: search, Tab to a result, Enter opens it, Enter on Back returns to it', async () => {
      await open(page, '/test/hosts/keyboard/index.html');
      await focusOn(page, '#to-library');
      await page.press('Tab');
      assert.equal(await focused(page), 'pain-library > search');
      const cards = (selector: string) =>
        page.evaluate((s) => document.querySelector('pain-library')!.shadowRoot!.querySelectorAll(s).length, selector);
      const first = '[part="card-button"]';
      const all = await cards(first);
      await page.type('facet');
      await waitFor(
        page,
        ([s, n]) =>
          document.querySelector('pain-library')!.shadowRoot!.querySelectorAll(s as string).length < (n as number),
        [first, all],
        'the search to filter the list',
      );
      const result = await page.evaluate((s) => {
        const button = document.querySelector('pain-library')!.shadowRoot!.querySelector(s)!;
        return { topic: button.getAttribute('data-topic'), title: button.textContent!.trim() };
      }, first);
      assert.match(String(result.topic), /facet/);
      // The search box, the two filter menus (condition, where it hurts), then the first result.
      for (let i = 0; i < 3; i++) await page.press('Tab');
      assert.equal(await focused(page), 'pain-library > card-button');
      await page.press('Enter');
      await waitFor(
        page,
        () => {
          const inner = document.querySelector('pain-library')!.shadowRoot!.querySelector('pain-procedure');
          return Boolean(inner?.shadowRoot?.querySelector('[part="title"]'));
        },
        null,
        'the topic to open in place',
      );
      assert.equal(await focused(page), 'pain-library > back-button');
      assert.equal(
        await page.evaluate(
          () =>
            document
              .querySelector('pain-library')!
              .shadowRoot!.querySelector('pain-procedure')!
              .shadowRoot!.querySelector('[part="title"]')!
              .textContent!.trim(),
          null,
        ),
        result.title,
      );
      await page.press('Enter');
      await waitFor(
        page,
        (topic) =>
          document.querySelector('pain-library')!.shadowRoot!.activeElement?.getAttribute('data-topic') === topic,
        result.topic,
        'focus to return to the card that was opened',
      );
      assert.equal(
        await page.evaluate(
          () =>
            (document.querySelector('pain-library')!.shadowRoot!.querySelector('[part="search"]') as HTMLInputElement)
              .value,
          null,
        ),
        'facet',
      );
      await assertClean(page);
    });
  });
}

// Firefox before Trusted Types shipped (an older ESR than the 153 run above)
// ignores require-trusted-types-for: painkit must render there just the same.
if (enginesToRun().includes('firefox')) {
  describe('host pages in a Firefox without Trusted Types', () => {
    let engine: Engine;
    before(async () => {
      engine = await launchEngine('firefox', { firefoxPrefs: { 'dom.security.trusted_types.enabled': false } });
    });
    after(() => engine?.close());

    it('strict CSP page: every element renders where Trusted Types is not enforced, zero violations', async () => {
      const page = await engine.newPage();
      try {
        await assertStrictCspPage(page);
        assert.equal(
          await page.evaluate(() => typeof (window as { trustedTypes?: unknown }).trustedTypes, null),
          'undefined',
        );
        assert.equal(await trustedTypesEnforced(page), false);
      } finally {
        await page.close();
      }
    });
  });
}
