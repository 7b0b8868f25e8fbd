// The audit's passes over the demo pages, as a reader meets them, for
// test/e2e/audit.test.ts: a keyboard walk with focus-obscured checks, glossary
// words opened at a phone's width, and what the page itself shows (through
// test/e2e/audit-in-page.js, installed in every page as window.__painkitAudit).
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { recordShifts } from '../../scripts/layout-shift.js';
import { settle } from './browser.js';

const IN_PAGE = fileURLToPath(new URL('./audit-in-page.js', import.meta.url));

/** A box on the screen, in CSS px from the viewport's top-left corner. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** What the reader meets at one focus stop (see stop() in audit-in-page.js). */
export interface Stop {
  /** The stop's number in the order it was first reached. */
  id: number;
  /** The hosts around it, its tag or role and its text, e.g. `pain-library > select "All conditions…"`. */
  what: string;
  /** The shadow hosts around it, innermost first. */
  hosts: string[];
  glossaryWord: boolean;
  expanded: string | null;
  /** How focus is drawn (`outline 3px solid`, on which element), or null when it is not. */
  indicator: string | null;
  /** Points of its box sampled inside the viewport, and how many of them show it. */
  points: number;
  own: number;
  /** What covers it where it does not show. */
  coveredBy: string[];
  /** The definitions open on the page while it has focus. */
  open: Definition[];
}

/** A definition on screen: its text and its box. */
export interface Definition {
  text: string;
  box: Box;
}

/** The page side of the audit (audit-in-page.js), as the tests call it. */
export interface InPage {
  focused(): Element | null;
  deepAll(selector: string): Element[];
  /** Whether `inner` is `outer` or inside it in the flat tree (through shadow roots and slots). */
  within(inner: Node, outer: Node): boolean;
  /** "pain-library > a "Epidural…"": the hosts around an element, its tag or role and its text. */
  describe(el: Element): string;
  languageOf(el: Element): { lang: string | null; dir: string | null; direction: string };
  stop(): Stop | null;
  openDefinitions(): Definition[];
  /** Notes the live regions the page shows on its own, which openDefinitions() then leaves out. */
  markPageStatuses(): void;
  glossaryWords(): HTMLElement[];
}

declare global {
  interface Window {
    /** The audit helpers, in every page opened with openAt(). */
    __painkitAudit: InPage;
  }
}

/** A demo page open in its own context at one viewport size, settled. */
export interface OpenPage {
  page: Page;
  close(): Promise<void>;
}

/**
 * Opens `url` at `width` × `height` px with the audit helpers and the
 * layout-shift recorder (scripts/layout-shift.js) installed before the page's
 * scripts, and waits until painkit has loaded.
 */
export async function openAt(browser: Browser, url: string, width: number, height = 823): Promise<OpenPage> {
  const context: BrowserContext = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`uncaught error on ${url}: ${error.message}`));
  await page.addInitScript(recordShifts);
  await page.addInitScript({ path: IN_PAGE });
  await page.goto(url);
  await settle(page);
  await page.evaluate(() => window.__painkitAudit.markPageStatuses());
  return { page, close: () => context.close() };
}

/** What a keyboard walk found. */
export interface Walk {
  stops: Stop[];
  /** How the walk ended: focus left the page, came back to the first stop, or the bound was reached. */
  end: 'left the page' | 'back to the first stop' | 'bound reached';
  /** How many glossary words were opened with Enter on the way. */
  opened: number;
  /** Every failure on the way, each naming the stop. */
  problems: string[];
}

/** The checks at one stop: focus is drawn, the stop is on screen and not entirely covered. */
function stopProblems(stop: Stop): string[] {
  const problems: string[] = [];
  if (!stop.indicator) problems.push(`${stop.what}: no visible focus (no outline or box-shadow)`);
  if (stop.points === 0) problems.push(`${stop.what}: focused but not on the screen`);
  else if (stop.own === 0) problems.push(`${stop.what}: entirely covered by ${stop.coveredBy.join(', ')}`);
  return problems;
}

/**
 * Waits (up to 3 s) until a definition is open: the first word a reader opens
 * fetches the glossary, as a reader waits for it too. Returns at once when
 * one is already open; the caller then counts them.
 */
export async function definitionShown(page: Page): Promise<void> {
  await page
    .waitForFunction(() => window.__painkitAudit.openDefinitions().length > 0, null, { timeout: 3000 })
    .catch(() => undefined);
}

/**
 * Presses Tab from the top of the page up to `bound` times, as a keyboard
 * user would, and checks every stop. At each glossary word it presses Enter
 * (the definition must open, alone) and tabs on: the next stop must not be
 * covered and no definition may stay open once focus has moved on.
 */
export async function keyboardWalk(page: Page, bound: number): Promise<Walk> {
  const stops: Stop[] = [];
  const problems: string[] = [];
  let opened = 0;
  let end: Walk['end'] = 'bound reached';
  for (let i = 0; i < bound; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => window.__painkitAudit.stop());
    if (!stop) {
      end = 'left the page';
      break;
    }
    if (stop.id === 0 && stops.length > 0) {
      end = 'back to the first stop';
      break;
    }
    if (stop.id < stops.length)
      problems.push(`${stop.what}: focus came back to stop ${stop.id} after ${stops.length} stops`);
    stops.push(stop);
    problems.push(...stopProblems(stop));
    if (stop.open.length)
      problems.push(`${stop.what}: definitions still open after focus moved on: ${texts(stop.open)}`);
    if (stop.glossaryWord) {
      await page.keyboard.press('Enter');
      await definitionShown(page);
      opened++;
      const now = await page.evaluate(() => window.__painkitAudit.stop());
      if (now?.expanded !== 'true') problems.push(`${stop.what}: Enter did not expand it`);
      if (now?.open.length !== 1)
        problems.push(`${stop.what}: ${now?.open.length} definitions open after Enter: ${texts(now?.open ?? [])}`);
    }
  }
  return { stops, end, opened, problems };
}

/** The start of each definition's text, for a failure message. */
const texts = (definitions: Definition[]) => definitions.map((d) => `"${d.text.slice(0, 30)}…"`).join(', ');

/**
 * What scrolls sideways as a reader scrolls the page from top to bottom, a
 * screen at a time: the page itself, or a part of it laid out only near the
 * screen (`content-visibility: auto`, topic sections), which clips what is
 * wider than it instead of widening the page, so each is checked once it is
 * on screen. Ends back at the top.
 */
export async function sidewaysScroll(page: Page): Promise<string[]> {
  const problems = new Set<string>();
  const { height, bottom } = await page.evaluate(() => ({
    height: window.innerHeight,
    bottom: document.documentElement.scrollHeight,
  }));
  // The page grows as its sections are laid out: its height is read again at each screen.
  for (let top = 0, end = bottom; top < end; top += height) {
    const found = await page.evaluate(async (y) => {
      window.scrollTo(0, y);
      await new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
      // No named helpers in here: tsx would wrap them in a function the page lacks.
      const { describe, deepAll } = window.__painkitAudit;
      const boxes: [string, Element][] = [
        ['the page', document.documentElement],
        ...deepAll('*')
          .filter((el) => getComputedStyle(el).contentVisibility === 'auto')
          .map((el): [string, Element] => [describe(el), el]),
      ];
      return {
        problems: boxes
          .filter(([, el]) => el.scrollWidth > el.clientWidth)
          .map(([what, el]) => `${what}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`),
        bottom: document.documentElement.scrollHeight,
      };
    }, top);
    found.problems.forEach((problem) => problems.add(problem));
    end = found.bottom;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return [...problems];
}
