/**
 * Server rendering (`painkit/ssr`) the way a site meets it: the HTML a
 * crawler receives, the page without JavaScript, and the page with
 * painkit's script, where the element takes the server's shadow root over
 * without fetching its topic, without a frame without content and without
 * moving anything. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { layoutShiftOf, recordShifts } from '../../scripts/layout-shift.js';
import { ServerPage, renderElement } from '../../dist/ssr/index.js';
import { launch, serveRoot } from './browser.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TOPIC = 'radiofrequency-ablation';

/** A clinic's page with server-rendered elements, and painkit's CDN script unless `script` is false. */
const page = (body: string, script = true) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Server-rendered topic</title>
${script ? '<script type="module" src="/dist/cdn/painkit.js"></script>' : ''}
</head><body><main><h1>Our clinic</h1>${body}<p id="after">After the topic.</p></main></body></html>`;

/**
 * An init script (source text: tsx would wrap a named function of a page
 * function in a helper the page lacks) that records from the first frame
 * on: frames where the topic's title, or the clinic's number, went missing
 * after it had been shown; and painkit's events.
 */
const WATCH_FRAMES = `
  const seen = { framesWithoutTitle: 0, framesWithoutPhone: 0, frames: 0, events: [], title: false, phone: false };
  Object.defineProperty(window, '__ssr', { value: seen });
  for (const name of ['pain-topic-loaded', 'pain-error'])
    document.addEventListener(name, (e) => seen.events.push(name + ' ' + JSON.stringify(e.detail)));
  const frame = () => {
    const el = document.querySelector('pain-procedure, pain-recovery, pain-check');
    if (el) {
      // Counted from the first frame that showed it: before, the parser may not have reached it yet.
      const title = !!el.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim();
      seen.title ||= title;
      if (seen.title) seen.frames++;
      if (seen.title && !title) seen.framesWithoutTitle++;
      const number = document.querySelector('pain-clinic')?.getAttribute('phone')?.replace(/\\D/g, '');
      const phone = !!number && !!el.shadowRoot?.querySelector('a[href="tel:' + number + '"]');
      seen.phone ||= phone;
      if (seen.phone && !phone) seen.framesWithoutPhone++;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
`;

describe('painkit/ssr', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveRoot>>;
  let spanish: string;
  let pagePortal: string;
  const pages = new Map<string, string>();

  before(async () => {
    spanish = await renderElement('pain-procedure', { topic: TOPIC, lang: 'es' });
    // Markup a CMS would strip from the page, hidden in the topic data where it looks only at a script.
    const hostile = spanish.replace('"html":"', '"html":"\\u003cimg src=x onerror=window.__xss=1>');
    assert.notEqual(hostile, spanish);
    pages.set('/ssr/es.html', page(spanish));
    for (const tag of ['pain-recovery', 'pain-check'] as const)
      pages.set(`/ssr/${tag}.html`, page(await renderElement(tag, { topic: TOPIC, lang: 'es' })));
    // The clinic's numbers, in the page's <pain-clinic> and given to the server alike.
    const clinic = { name: 'Clínica del Dolor', phone: '555-123-4567', afterHoursPhone: '555-765-4321' };
    const withClinic = await renderElement('pain-procedure', { topic: TOPIC, lang: 'es' }, { clinic });
    assert.match(withClinic, /href="tel:5551234567"/);
    pages.set(
      '/ssr/clinic.html',
      page(
        `<pain-clinic name="${clinic.name}" phone="${clinic.phone}" after-hours-phone="${clinic.afterHoursPhone}"></pain-clinic>${withClinic}`,
      ),
    );
    // What a clinic pastes into its CMS.
    const snippet = execFileSync('node', ['tooling/dist/cli.js', 'snippet', TOPIC, '--lang', 'es'], {
      encoding: 'utf8',
    });
    pages.set('/ssr/snippet.html', page(snippet, false));
    pages.set('/ssr/snippet-live.html', page(snippet));
    pages.set('/ssr/hostile.html', page(hostile));
    pages.set('/ssr/damaged.html', page(spanish.replace(/("loaded":\{"chunk":)/, '$1 oops')));
    // Well-formed JSON of the wrong shape: no "loaded".
    const [, data] = /(\{"key":.*?)<\/script>/.exec(spanish)!;
    const { key } = JSON.parse(data!) as { key: string };
    pages.set('/ssr/no-loaded.html', page(spanish.replace(data!, JSON.stringify({ key }))));
    // A portal's page with three elements of one topic: its data written once, after them.
    const portal = new ServerPage();
    const elements = [
      await portal.render('pain-procedure', { topic: TOPIC, lang: 'es' }),
      await portal.render('pain-recovery', { topic: TOPIC, lang: 'es' }),
      await portal.render('pain-procedure', { topic: TOPIC, lang: 'es', sections: 'risks' }),
    ];
    pagePortal = page(elements.join('') + portal.data());
    pages.set('/ssr/portal.html', pagePortal);
    pages.set('/ssr/portal-without-data.html', page(elements[0]!));
    // Two fragments of one page rendered apart (a sidebar and the main column), each with its own data.
    const [sidebar, main] = [new ServerPage(), new ServerPage()];
    const english = await sidebar.render('pain-procedure', { topic: TOPIC });
    const spanishRecovery = await main.render('pain-recovery', { topic: TOPIC, lang: 'es' });
    pages.set('/ssr/two-fragments.html', page(english + sidebar.data() + spanishRecovery + main.data()));
    server = await serveRoot(0, '.', [
      {
        name: 'ssr-pages',
        serve: ({ path }: { path: string }) => {
          const body = pages.get(path);
          return body === undefined ? undefined : { body, type: 'html' };
        },
      },
    ]);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('puts the Spanish topic, its red flags and its styles in the HTML a crawler receives', () => {
    assert.match(
      spanish,
      /^<pain-procedure topic="radiofrequency-ablation" lang="es"><template shadowroot="open" shadowrootmode="open"><style>/,
    );
    assert.match(spanish, /<h2[^>]*part="title"[^>]*>Ablación por radiofrecuencia/);
    assert.match(spanish, /<article part="article" lang="es"/);
    assert.match(spanish, /Llame al 911/);
    assert.match(
      spanish,
      /<\/article><script type="application\/json" data-painkit-topic>[^<]*<\/script><\/template><\/pain-procedure>$/,
    );
    assert.doesNotMatch(spanish, /part="loading"|Cargando|Loading/);
    assert.doesNotMatch(spanish, /<!--lit-part|<\?>/);
  });

  it('painkit snippet shows the whole topic without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const tab = await context.newPage();
      await tab.goto(`${server.origin}/ssr/snippet.html`);
      const title = tab.locator('pain-procedure').getByRole('heading', { level: 2 });
      assert.equal((await title.innerText()).trim(), 'Ablación por radiofrecuencia para el dolor de espalda y cuello');
      assert.ok(await tab.locator('pain-procedure').getByText('Llame al 911').first().isVisible());
      // Glossary words are no buttons and the Print button is invisible until painkit runs.
      assert.equal(await tab.locator('pain-procedure').getByRole('button').count(), 0);
    } finally {
      await context.close();
    }
  });

  it('painkit snippet passes axe as the HTML alone', async () => {
    const tab = await browser.newPage();
    try {
      await tab.goto(`${server.origin}/ssr/snippet.html`);
      await tab.addScriptTag({ path: axePath });
      const violations = await tab.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string }> }> } }).axe;
        return (await axe.run()).violations.map((v) => v.id);
      });
      assert.deepEqual(violations, []);
    } finally {
      await tab.close();
    }
  });

  /**
   * Opens a page with painkit's script; returns the tab and the content requests it made. `console` hears
   * the page's console; requests matching `block` fail.
   */
  async function openLive(
    path: string,
    { console: onConsole, block }: { console?: (text: string) => void; block?: RegExp } = {},
  ): Promise<{ tab: Page; requests: string[] }> {
    const tab = await browser.newPage();
    const requests: string[] = [];
    if (onConsole) tab.on('console', (m) => onConsole(m.text()));
    if (block) await tab.route(block, (route) => route.abort());
    tab.on('request', (request) => {
      if (request.url().includes('/dist/data/')) requests.push(new URL(request.url()).pathname);
    });
    // <pain-clinic>'s code arriving late: the element must wait for its details, which the server rendered.
    await tab.route(/\/pain-clinic-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await tab.addInitScript(recordShifts);
    await tab.addInitScript({ content: WATCH_FRAMES });
    await tab.goto(`${server.origin}${path}`);
    await tab.waitForFunction(() => (window as unknown as { __ssr: { events: string[] } }).__ssr.events.length > 0);
    return { tab, requests };
  }

  for (const path of ['/ssr/es.html', '/ssr/snippet-live.html', '/ssr/clinic.html'])
    it(`${path}: takes the shadow root over without fetching the topic, a frame without content or a shift`, async () => {
      const { tab, requests } = await openLive(path);
      try {
        const seen = await tab.evaluate(() => (window as unknown as { __ssr: unknown }).__ssr);
        assert.deepEqual((seen as { events: string[] }).events, [
          `pain-topic-loaded {"topic":"${TOPIC}","locale":"es","requestedLocale":"es","fallback":false}`,
        ]);
        assert.ok((seen as { frames: number }).frames > 2, 'frames were watched');
        assert.equal((seen as { framesWithoutTitle: number }).framesWithoutTitle, 0);
        if (path.includes('clinic')) assert.ok((seen as { phone: boolean }).phone, "the clinic's number was shown");
        assert.equal((seen as { framesWithoutPhone: number }).framesWithoutPhone, 0, "the clinic's number stays");
        assert.deepEqual(
          requests.filter((r) => !r.includes('glossary')),
          [],
        );
        const el = tab.locator('pain-procedure');
        // The live element: one article, glossary words are buttons, Print shows and works.
        assert.equal(
          await tab.evaluate(
            () => document.querySelector('pain-procedure')!.shadowRoot!.querySelectorAll('article').length,
          ),
          1,
        );
        assert.ok((await el.getByRole('button').count()) > 2);
        assert.ok(await el.getByRole('button', { name: 'Imprimir' }).isVisible());
        const word = el.locator('[part="term"][role="button"]').first();
        await word.focus();
        await tab.keyboard.press('Enter');
        await tab.waitForFunction(() =>
          document.querySelector('pain-procedure')!.shadowRoot!.querySelector('.term-tip')?.textContent?.trim(),
        );
        assert.equal((await layoutShiftOf(tab)).cls, 0);
      } finally {
        await tab.close();
      }
    });

  for (const [tag, text] of [
    ['pain-recovery', 'Casi todas las personas se van a casa el mismo día.'],
    ['pain-check', 'Usted toma un anticoagulante.'],
  ] as const)
    it(`<${tag}> rendered on the server goes live the same way`, async () => {
      const { tab, requests } = await openLive(`/ssr/${tag}.html`);
      try {
        const seen = await tab.evaluate(() => (window as unknown as { __ssr: unknown }).__ssr);
        assert.match((seen as { events: string[] }).events[0]!, /^pain-topic-loaded /);
        assert.ok((seen as { frames: number }).frames > 2, 'frames were watched');
        assert.equal((seen as { framesWithoutTitle: number }).framesWithoutTitle, 0);
        assert.deepEqual(
          requests.filter((r) => !r.includes('glossary')),
          [],
        );
        assert.ok(await tab.locator(tag).getByText(text).first().isVisible());
        assert.equal((await layoutShiftOf(tab)).cls, 0);
      } finally {
        await tab.close();
      }
    });

  it('ServerPage writes a topic once for all its elements, and each goes live without fetching it', async () => {
    assert.equal(pagePortal.split('data-painkit-topics>').length - 1, 1);
    assert.equal(pagePortal.split('data-painkit-topic>').length - 1, 0, 'no element carries the data itself');
    const { tab, requests } = await openLive('/ssr/portal.html');
    try {
      await tab.waitForFunction(() => (window as unknown as { __ssr: { events: string[] } }).__ssr.events.length === 3);
      const seen = await tab.evaluate(() => (window as unknown as { __ssr: unknown }).__ssr);
      assert.ok(
        (seen as { events: string[] }).events.every((e) => e.startsWith('pain-topic-loaded ')),
        (seen as { events: string[] }).events.join('\n'),
      );
      assert.equal((seen as { framesWithoutTitle: number }).framesWithoutTitle, 0);
      assert.deepEqual(
        requests.filter((r) => !r.includes('glossary')),
        [],
      );
      const [first, risksOnly] = [tab.locator('pain-procedure').first(), tab.locator('pain-procedure').nth(1)];
      assert.ok(await first.getByRole('button', { name: 'Imprimir' }).isVisible());
      assert.ok(
        await risksOnly.getByRole('heading', { name: 'Riesgos y efectos secundarios', exact: true }).isVisible(),
      );
      assert.equal(await risksOnly.getByRole('heading', { name: 'Qué es', exact: true }).count(), 0);
      assert.ok(
        await tab
          .locator('pain-recovery')
          .getByText('Casi todas las personas se van a casa el mismo día.')
          .first()
          .isVisible(),
      );
      assert.equal((await layoutShiftOf(tab)).cls, 0);
    } finally {
      await tab.close();
    }
  });

  it("elements find their topic in whichever of the page's ServerPage scripts has it", async () => {
    const { tab, requests } = await openLive('/ssr/two-fragments.html');
    try {
      await tab.waitForFunction(() => (window as unknown as { __ssr: { events: string[] } }).__ssr.events.length === 2);
      const { events } = await tab.evaluate(() => (window as unknown as { __ssr: { events: string[] } }).__ssr);
      assert.deepEqual(events.map((e) => (JSON.parse(e.slice(e.indexOf('{'))) as { locale: string }).locale).sort(), [
        'en',
        'es',
      ]);
      assert.deepEqual(
        requests.filter((r) => !r.includes('glossary')),
        [],
      );
    } finally {
      await tab.close();
    }
  });

  it('sanitizes the topic data in the page, which a CMS may have let through unchecked', async () => {
    const { tab } = await openLive('/ssr/hostile.html');
    try {
      await tab.waitForFunction(
        () => !document.querySelector('pain-procedure')!.shadowRoot!.querySelector('template, script'),
      );
      assert.equal(await tab.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
      assert.equal(
        await tab.evaluate(() => document.querySelector('pain-procedure')!.shadowRoot!.querySelector('img[onerror]')),
        null,
      );
      assert.ok(await tab.locator('pain-procedure').getByRole('heading', { name: 'Qué es', exact: true }).isVisible());
    } finally {
      await tab.close();
    }
  });

  /** Damaged data in the page, and the code that checks good data failing to load: the element fetches its topic. */
  const fetchesItself = [
    { path: '/ssr/damaged.html', why: 'the data is not JSON', warning: /topic data is damaged; fetching it/ },
    { path: '/ssr/no-loaded.html', why: 'the data has no topic', warning: /topic data is damaged; fetching it/ },
    {
      path: '/ssr/portal-without-data.html',
      why: "a ServerPage's data is not in the page",
      warning: /topic data is not in the page, or is damaged; fetching it/,
    },
    {
      path: '/ssr/es.html',
      why: 'the sanitizer cannot be loaded',
      block: /\/sanitize-content-[^/]*\.js$/,
      warning: /topic data could not be checked/,
    },
    {
      path: '/ssr/es.html',
      why: 'the take-over code cannot be loaded',
      block: /\/server-topic-[^/]*\.js$/,
      warning: /could not take over the server rendering/,
    },
  ];
  for (const { path, why, block, warning } of fetchesItself)
    it(`fetches the topic when ${why}, and keeps the server HTML until it arrives`, async () => {
      const warnings: string[] = [];
      const { tab, requests } = await openLive(path, {
        console: (text) => warnings.push(text),
        ...(block && { block }),
      });
      try {
        const seen = await tab.evaluate(
          () => (window as unknown as { __ssr: { framesWithoutTitle: number; events: string[] } }).__ssr,
        );
        assert.equal(seen.framesWithoutTitle, 0);
        assert.match(seen.events[0]!, /^pain-topic-loaded/);
        assert.ok(
          requests.some((r) => r.startsWith(`/dist/data/es/${TOPIC}`)),
          requests.join(', '),
        );
        assert.ok(
          warnings.some((w) => warning.test(w)),
          warnings.join('\n'),
        );
        assert.ok(
          await tab
            .locator('pain-procedure')
            .getByRole('button', { name: /Imprimir/ })
            .isVisible(),
        );
      } finally {
        await tab.close();
      }
    });
});
