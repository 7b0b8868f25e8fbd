import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { configure } from '../src/configure.js';

/** Compiled content built from `content/` by `npm run build:content`. */
export const DATA = '/dist/data/';
/** Hand-made compiled content for states the real content never has. */
export const FIXTURES = '/test/fixtures/data/';
/** A port nothing listens on: every request fails as a network error. */
export const UNREACHABLE = 'http://127.0.0.1:9/';
// Another origin than the test page's: allowed, so requests to it fail as network errors.
configure({ allowOrigins: [UNREACHABLE] });

/**
 * The space bar for `sendKeys({ press })`. Puppeteer's WebDriver BiDi
 * keyboard (Firefox) has no key named "Space"; a " " is the space bar in
 * Playwright, puppeteer and WebDriver alike.
 */
export const SPACE = ' ';

type Media = Parameters<typeof emulateMedia>[0];

/** What the launchers answer where the engine's driver lacks a command. */
const UNSUPPORTED_BY_DRIVER = /CDP support is required|not supported for browser type webdriver/;

/** Runs a test command, or skips the test where the engine's driver lacks that command. */
async function orSkip(test: Mocha.Context, command: () => Promise<unknown>): Promise<void> {
  try {
    await command();
  } catch (error) {
    if (UNSUPPORTED_BY_DRIVER.test(String(error))) test.skip();
    throw error;
  }
}

/**
 * `emulateMedia`, or skips the test in an engine whose driver cannot emulate
 * media (Chromium always can, so every such test runs there): WebDriver has no
 * command for the print media type or prefers-color-scheme
 * (https://github.com/w3c/webdriver/issues/1693), which leaves WebKit without
 * one, and puppeteer over WebDriver BiDi has none in Firefox
 * (https://github.com/w3c/webdriver-bidi/issues/750). README: "Supported browsers".
 */
export const emulateMediaOrSkip = (test: Mocha.Context, media: Media): Promise<void> =>
  orSkip(test, () => emulateMedia(media));

/**
 * `setViewport`, or skips the test where the launcher cannot set it: the
 * WebDriver launcher (WebKit) has no viewport command
 * (https://github.com/modernweb-dev/web/issues/1072); Chromium and Firefox run
 * these tests. README: "Supported browsers".
 */
export const setViewportOrSkip = (test: Mocha.Context, viewport: Parameters<typeof setViewport>[0]): Promise<void> =>
  orSkip(test, () => setViewport(viewport));

/** Undoes `emulateMediaOrSkip` after a test; nothing to undo where the engine could not emulate. */
export async function resetMedia(media: Media): Promise<void> {
  try {
    await emulateMedia(media);
  } catch (error) {
    if (!UNSUPPORTED_BY_DRIVER.test(String(error))) throw error;
  }
}

/** Runs `body` with console.warn captured (kept off the console); returns what was warned, one warning a line. */
export async function captureWarnings(body: () => Promise<void>): Promise<string> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await body();
  } finally {
    console.warn = warn;
  }
  return warnings.join('\n');
}

/** Silences console warnings in each test of the enclosing `describe` (the tests that expect them check events instead). */
export function silenceWarnings(): void {
  let warn: typeof console.warn;
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => {};
  });
  afterEach(() => {
    console.warn = warn;
  });
}

/** Text a reader sees inside an element's shadow root, whitespace collapsed. */
export const shadowText = (el: Element, selector = ':host > *'): string =>
  [...el.shadowRoot!.querySelectorAll(selector)]
    .map((node) => node.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Headings in an element's shadow root as `h2:Title`. */
export const headings = (el: Element): string[] =>
  [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((h) => {
    const level = h.getAttribute('aria-level') ?? h.tagName.slice(1);
    return `h${level}:${(h.textContent ?? '').trim()}`;
  });

/**
 * Renders a template holding one painkit element and waits until it has
 * either shown its topic or reported an error. Returns the element and the
 * event that settled it.
 */
export async function renderSettled<E extends HTMLElement>(
  template: TemplateResult,
): Promise<{ el: E; event: CustomEvent }> {
  let settle!: (event: CustomEvent) => void;
  const settled = new Promise<CustomEvent>((resolve) => (settle = resolve));
  const wrapper = await fixture<HTMLDivElement>(
    html`<div @pain-topic-loaded=${settle} @pain-error=${settle}>${template}</div>`,
  );
  const el = wrapper.querySelector('*') as E;
  const event = await settled;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, event };
}

/** Waits until an element shows its article (for elements rendered before a listener could be attached). */
export async function shown(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 250 && !el.shadowRoot?.querySelector('article'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await el.updateComplete;
  expect(el.shadowRoot?.querySelector('article'), `<${el.localName}> shows its content`).not.to.equal(null);
}

/** Waits for the next `pain-topic-loaded` or `pain-error` from an element. */
export const nextSettled = (el: HTMLElement): Promise<CustomEvent> =>
  new Promise((resolve) => {
    const done = (event: Event) => {
      el.removeEventListener('pain-topic-loaded', done);
      el.removeEventListener('pain-error', done);
      resolve(event as CustomEvent);
    };
    el.addEventListener('pain-topic-loaded', done);
    el.addEventListener('pain-error', done);
  });

/**
 * Fails the current test if Lit printed a dev-mode warning (they link to
 * lit.dev/msg/…), other than the one-time "Lit is in dev mode" notice.
 */
const litWarnings: string[] = [];
const consoleWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) litWarnings.push(text);
  consoleWarn(...args);
};
afterEach(() => {
  const found = litWarnings.splice(0);
  if (found.length) throw new Error(`Lit dev-mode warning:\n${found.join('\n')}`);
});

/**
 * `count` `<pain-procedure>` elements showing the radiofrequency ablation topic in English, side by
 * side; `done` resolves when each has announced its topic (`onLoaded` hears each announcement, with
 * how many have come).
 */
export async function manyProcedures(count: number, onLoaded?: (loaded: number) => void) {
  let loaded = 0;
  let allLoaded!: () => void;
  const done = new Promise<void>((resolve) => (allLoaded = resolve));
  const announced = () => {
    loaded += 1;
    onLoaded?.(loaded);
    if (loaded === count) allLoaded();
  };
  const wrapper = await fixture<HTMLDivElement>(
    html`<div @pain-topic-loaded=${announced}>
      ${Array.from(
        { length: count },
        () => html`<pain-procedure topic="radiofrequency-ablation" lang="en" content-base=${DATA}></pain-procedure>`,
      )}
    </div>`,
  );
  return { done, elements: [...wrapper.querySelectorAll('pain-procedure')] };
}

/** Runs `work` counting the `Intl.DateTimeFormat`s made meanwhile: the first on a page costs 10–30 ms. */
export async function countingDateFormats<T>(work: () => Promise<T>): Promise<{ result: T; made: number }> {
  const original = Intl.DateTimeFormat;
  let made = 0;
  Intl.DateTimeFormat = new Proxy(original, {
    construct: (target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) => (made++, new target(...args)),
    apply: (target, _, args: ConstructorParameters<typeof Intl.DateTimeFormat>) => (made++, target(...args)),
  });
  try {
    return { result: await work(), made };
  } finally {
    Intl.DateTimeFormat = original;
  }
}
