import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import QRCode from 'qrcode';
import type { Approval, ContentManifest, GlossaryChunk, TopicChunk } from 'painkit/markdown';
import { handoutPage, SHORT_MARGINS, type ClinicDetails } from './handout-page.js';
import { handoutLocales } from './handout-locales.js';
import { handoutSections } from './handout-sections.js';
import { SHORT_PAGES, SHORT_SCALES, shortSections, shortTopic } from './short-form.js';
import { loadLabels, type HandoutLabels } from './labels.js';
import { wordsUsed } from './words-used.js';
import { toPdfUa } from './pdf/pdf-ua.js';

/** One handout to make. */
export interface HandoutRequest {
  topic: string;
  /** The patient's language (default `en`). */
  lang?: string;
  /** A second language in facing columns, section by section (e.g. `en`). */
  bilingual?: string;
  format?: 'pdf' | 'html';
  clinic?: ClinicDetails;
  largePrint?: boolean;
  paper?: 'letter' | 'a4';
  /**
   * The clinic's approvals (`painkit approve`): the handout shows the
   * topic's, as the elements do, only when it covers the text printed.
   */
  approvals?: readonly Approval[];
  /** Only these section ids, in this order; "When to get help" always prints. Every section when absent. */
  sections?: string[];
  /**
   * The short form, 2 pages per language: title, key points, what to do
   * before and expect after (`SHORT_SECTIONS`), red flags, disclaimer and
   * where the full version with its sources is. Not with `sections`.
   */
  short?: boolean;
}

/** A finished handout. */
export interface Handout {
  /** e.g. `radiofrequency-ablation.es.pdf`, `radiofrequency-ablation.es-en.html`. */
  fileName: string;
  title: string;
  /** The language of the main content (the English fallback when there is no translation). */
  lang: string;
  body: Uint8Array | string;
}

export interface HandoutRenderer {
  render(request: HandoutRequest): Promise<Handout>;
  /**
   * Throws the error `render` would for an unknown topic or language (with
   * the closest topic names) or section, before Chromium starts.
   */
  check(request: HandoutRequest): void;
  /** Every topic in every locale of the content. */
  all(): Promise<Array<{ topic: string; lang: string }>>;
  close(): Promise<void>;
}

/** The pretend origin the handout page loads from; every request to it is answered from disk. */
const ORIGIN = 'http://painkit.localhost';
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** CHROME_PATH, else the usual Linux paths. */
async function findChromium(): Promise<string> {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  for (const path of candidates) {
    if (
      path &&
      (await readFile(path).then(
        () => true,
        () => false,
      ))
    )
      return path;
  }
  throw new Error('Chromium not found: install it (Debian: apt-get install -y chromium) or set CHROME_PATH.');
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The handout's topic (`/data/<locale>/<slug>.json`) as the handout shows it:
 * with the clinic's approval of it, if `approvals` has one, and for the
 * short form without its sources and recovery timeline (see `shortTopic`);
 * any other file as it is.
 */
function servedFile(path: string, body: Buffer, request: HandoutRequest): Buffer {
  const [, locale, slug] = /^\/data\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
  if (slug !== request.topic) return body;
  const approval = request.approvals?.find((a) => a.topic === slug && a.locale === locale);
  if (!approval && !request.short) return body;
  const chunk = JSON.parse(body.toString('utf8')) as TopicChunk;
  const shown = request.short ? shortTopic(chunk) : chunk;
  return Buffer.from(JSON.stringify(approval ? { ...shown, approval } : shown));
}

/** The size of the running header and footer: two thirds of the body text (8 pt, or 11 pt in large print). */
const marginTextSize = (largePrint: boolean | undefined) => (largePrint ? '11pt' : '8pt');

/** The page footer Chromium draws on every page: title, language, last update, page N of M. */
function footer(chunk: TopicChunk, labels: HandoutLabels, size: string): string {
  const language = new Intl.DisplayNames([chunk.locale], { type: 'language' }).of(chunk.locale) ?? chunk.locale;
  const updated = new Intl.DateTimeFormat(chunk.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${chunk.updated}T00:00:00Z`),
  );
  const page = labels.page('<span class="pageNumber"></span>', '<span class="totalPages"></span>');
  return `<div style="font-size:${size};width:100%;box-sizing:border-box;padding:0 15mm;display:flex;gap:6mm;justify-content:space-between;font-family:system-ui,sans-serif">
    <span>${escapeHtml(chunk.title)} · ${escapeHtml(language)} · ${escapeHtml(labels.updated(updated))}</span><span style="white-space:nowrap">${page}</span></div>`;
}

/** The page header Chromium draws on every page: the clinic's name and phone numbers, when given. */
function header(clinic: ClinicDetails | undefined, labels: HandoutLabels, size: string): string {
  const parts = [
    clinic?.name,
    clinic?.phone,
    clinic?.afterHoursPhone && `${labels.afterHours} ${clinic.afterHoursPhone}`,
  ];
  const line = parts
    .filter(Boolean)
    .map((p) => escapeHtml(String(p)))
    .join(' · ');
  return `<div style="font-size:${size};width:100%;box-sizing:border-box;padding:0 15mm;font-family:system-ui,sans-serif">${line}</div>`;
}

/** `short` picks its own sections: asking for others too is an error. */
function shortWithoutSections(request: HandoutRequest): void {
  if (request.short && request.sections)
    throw new Error('--short prints its own sections (key points, before, after, red flags); leave out --sections');
}

/**
 * Waits until the page has no request open and two animation frames pass
 * without a new one (at most 10 s): glossary words fetch their meanings after
 * the procedure renders, and printing before they have would tag them
 * differently from run to run.
 */
async function settled(page: Page, requests: { made: number; finished: number }): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const made = requests.made;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    if ((made === requests.made && requests.finished === made) || Date.now() > deadline) return;
  }
}

/**
 * The first print, from full size down to {@link SHORT_SCALES}' smallest,
 * that takes at most `pages` pages (else the smallest).
 */
async function fitPages(print: (scale: number) => Promise<Uint8Array>, pages: number): Promise<Uint8Array> {
  let printed: Uint8Array | undefined;
  for (const scale of SHORT_SCALES) {
    printed = await print(scale);
    if ((await PDFDocument.load(printed)).getPageCount() <= pages) break;
  }
  return printed!;
}

/**
 * Prints the page as a tagged PDF with the running header and footer, and
 * makes it a PDF/UA-1 file (see `toPdfUa`) dated like its content.
 */
async function printPdf(
  page: Page,
  request: HandoutRequest,
  labels: HandoutLabels,
  main: TopicChunk,
  second: TopicChunk | undefined,
): Promise<Uint8Array> {
  // Every heading's text, inside the elements' shadow roots too (no named
  // functions inside: tsx would add a helper the page does not have).
  const headings = await page.evaluate(() => {
    const texts: string[] = [];
    const roots: Array<Document | ShadowRoot> = [document];
    for (let root = roots.pop(); root; root = roots.pop()) {
      for (const el of root.querySelectorAll('*')) {
        if (/^H[1-6]$/.test(el.tagName)) texts.push(el.textContent ?? '');
        if (el.shadowRoot) roots.push(el.shadowRoot);
      }
    }
    return texts;
  });
  const print = (scale: number) =>
    page.pdf({
      format: request.paper === 'a4' ? 'A4' : 'Letter',
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: header(request.clinic, labels, marginTextSize(request.largePrint)),
      footerTemplate: footer(main, labels, marginTextSize(request.largePrint)),
      margin: request.short ? SHORT_MARGINS : { top: '18mm', bottom: '20mm', left: '15mm', right: '15mm' },
      scale,
    });
  const tagged =
    request.short && !request.largePrint ? await fitPages(print, SHORT_PAGES * (second ? 2 : 1)) : await print(1);
  const chunks = second ? [main, second] : [main];
  const updated = chunks.map((c) => c.updated).sort();
  const pdfUa = await toPdfUa(tagged, {
    title: chunks.map((c) => c.title).join(' / '),
    lang: main.locale,
    languages: chunks.map((c) => c.locale),
    date: new Date(`${updated.at(-1)}T00:00:00Z`),
    headings,
  });
  return pdfUa.bytes;
}

/**
 * The `dist` folder of the installed `painkit` package, found through its
 * exports map (in this repository, the workspace link to the root build): its
 * CDN build in `cdn/` and compiled content in `data/`.
 */
const painkitDist = () => fileURLToPath(new URL('..', import.meta.resolve('painkit/cdn/painkit.js')));

/**
 * Starts one Chromium for a batch of handouts. Each handout is painkit's own
 * elements rendered by the CDN build in `dist` from the compiled content in
 * `data` (default: the installed `painkit` package's `dist` and `dist/data`;
 * the same code and words as on a website; `data` may be a clinic's own
 * content compiled by `build-content`), printed with the elements' print styles.
 */
export async function openHandoutRenderer(dist = painkitDist(), data = join(dist, 'data')): Promise<HandoutRenderer> {
  const manifest = JSON.parse(await readFile(join(data, 'manifest.json'), 'utf8')) as ContentManifest;
  // Chromium starts with the first handout, so that a batch's requests can be
  // checked first and a bad one answered at once.
  let browser: Promise<Browser> | undefined;
  const launch = () =>
    (browser ??= findChromium().then((executablePath) =>
      chromium.launch({
        executablePath,
        args: [
          '--no-sandbox',
          '--disable-dev-shm-usage',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
        ],
      }),
    ));
  const chunk = async (topic: string, locale: string): Promise<TopicChunk> =>
    JSON.parse(await readFile(join(data, locale, `${topic}.json`), 'utf8')) as TopicChunk;

  /** The glossary of a locale, if the content has one. */
  const glossary = async (locale: string): Promise<GlossaryChunk | undefined> =>
    manifest.locales.find((l) => l.code === locale)?.glossary
      ? (JSON.parse(await readFile(join(data, locale, 'glossary.json'), 'utf8')) as GlossaryChunk)
      : undefined;

  async function render(request: HandoutRequest): Promise<Handout> {
    const format = request.format ?? 'pdf';
    // The topic in the language asked for, matched like the elements match it
    // (`ES`, `es-MX` → `es`); English when that topic is not translated yet.
    const locales = handoutLocales(manifest, request);
    shortWithoutSections(request);
    const main = await chunk(request.topic, locales.main);
    const second = locales.second ? await chunk(request.topic, locales.second) : undefined;
    const online = request.clinic?.onlineUrl
      ?.replace('{topic}', encodeURIComponent(request.topic))
      .replace('{lang}', encodeURIComponent(main.locale));
    const qrSvg = online
      ? await QRCode.toString(online, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' })
      : undefined;
    const labels = await loadLabels(main.locale);
    const html = handoutPage({
      labels,
      chunk: main,
      words: wordsUsed(main, await glossary(main.locale)),
      second: second && {
        chunk: second,
        labels: await loadLabels(second.locale),
        words: wordsUsed(second, await glossary(second.locale)),
      },
      clinic: request.clinic,
      largePrint: request.largePrint,
      paper: request.paper ?? 'letter',
      sections: request.short ? shortSections(main) : handoutSections(main, request.sections),
      short: request.short,
      qrSvg,
      onlineUrl: online,
    });

    const page = await (await launch()).newPage();
    const requests = { made: 0, finished: 0 };
    page.on('request', () => requests.made++);
    page.on('requestfinished', () => requests.finished++);
    page.on('requestfailed', () => requests.finished++);
    try {
      await page.route(`${ORIGIN}/**`, async (route) => {
        const path = normalize(new URL(route.request().url()).pathname);
        if (path === '/handout.html') return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
        const file = path.startsWith('/cdn/')
          ? join(dist, path)
          : path.startsWith('/data/')
            ? join(data, path.slice('/data/'.length))
            : undefined;
        const read = file && (await readFile(file).catch(() => undefined));
        const body = read && servedFile(path, read, request);
        return body
          ? route.fulfill({ body, contentType: TYPES[extname(path)] ?? 'application/octet-stream' })
          : route.fulfill({ status: 404 });
      });
      await page.goto(`${ORIGIN}/handout.html`);
      await page.waitForFunction(() => {
        const elements = [...document.querySelectorAll('pain-procedure')];
        return elements.length > 0 && elements.every((el) => el.shadowRoot?.querySelector('article, [role="alert"]'));
      });
      await page.evaluate(() => document.fonts.ready);
      await settled(page, requests);
      const suffix = second ? `${main.locale}-${second.locale}` : main.locale;
      const fileName = `${request.topic}.${suffix}.${format}`;
      const body =
        format === 'html'
          ? ((await page.evaluate(
              `import('/cdn/painkit.js').then((painkit) => painkit.printableDocument(document))`,
            )) as string)
          : await printPdf(page, request, labels, main, second);
      return { fileName, title: main.title, lang: main.locale, body };
    } finally {
      await page.close();
    }
  }

  return {
    render,
    check: (request) => {
      const { main } = handoutLocales(manifest, request);
      shortWithoutSections(request);
      if (request.sections) {
        const path = join(data, main, `${request.topic}.json`);
        handoutSections(JSON.parse(readFileSync(path, 'utf8')) as TopicChunk, request.sections);
      }
    },
    all: async () => manifest.locales.flatMap((l) => l.topics.map((topic) => ({ topic, lang: l.code }))),
    close: async () => (await browser?.catch(() => undefined))?.close(),
  };
}
