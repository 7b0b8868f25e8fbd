import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { measureLayoutShift } from '../../scripts/layout-shift.js';
import { CONTENT_ELEMENTS, contentLoaded, launch, serveRoot } from './browser.js';
import { keyboardWalk, openAt } from './audit.js';

// The accessibility audit of issue 12, repeated the way the auditors found
// the failures that axe cannot see, on the demo pages in Chromium: a
// keyboard-only pass with focus-obscured checks (WCAG 2.4.7, 2.4.11), a
// 320 px reflow pass (1.4.10), the accessibility tree of the language picker
// and of the headings (3.1.2, 1.3.1), and layout shift from a
// PerformanceObserver. Everything is found by role, focus and box, not by
// painkit's internal tag names. PAINKIT_AUDIT_ROOT serves another built tree
// (e.g. an older commit's worktree) instead of this one.

const ROOT = process.env.PAINKIT_AUDIT_ROOT ?? '.';
const DEMO_PAGES = ['index', 'es', 'library', 'rtl', 'examples', 'after-your-block'];
/** The demo pages that link dist/cdn/painkit.css (after-your-block.html does not). */
const STYLED_PAGES = ['index', 'es', 'library', 'rtl', 'examples'];
/** More Tab presses than any demo page has stops (index.html has about 150). */
const TAB_BOUND = 400;

let server: Awaited<ReturnType<typeof serveRoot>>;
let browser: Browser;
const demo = (name: string) => `${server.origin}/demo/${name}.html`;

before(async () => {
  server = await serveRoot(0, ROOT);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The painkit elements of the page whose shadow roots hold something a keyboard can reach. */
const elementsWithStops = (page: Page) =>
  page.evaluate(() => {
    const { deepAll, within } = window.__painkitAudit;
    const stops = deepAll('a[href], button, input, select, textarea, [tabindex="0"]').filter(
      (stop) => stop.getRootNode() !== document && stop.getClientRects().length > 0,
    );
    const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('pain-'));
    return elements.filter((el) => stops.some((stop) => within(stop, el))).map((el) => el.localName);
  });

describe('keyboard only: every stop visible and not covered (WCAG 2.4.7, 2.4.11)', () => {
  for (const [name, width] of [
    ['index', 1350],
    ['index', 320],
    ['library', 1350],
  ] as const) {
    it(`${name}.html at ${width} px: Tab through the page, Enter on each glossary word and Tab on`, async () => {
      const { page, close } = await openAt(browser, demo(name), width);
      try {
        const expected = await elementsWithStops(page);
        const walk = await keyboardWalk(page, TAB_BOUND);
        assert.deepEqual(walk.problems, []);
        assert.equal(walk.end, 'left the page', `not a trap: after ${walk.stops.length} stops the walk ${walk.end}`);
        const reached = new Set(walk.stops.map((s) => s.hosts.at(-1)));
        assert.deepEqual(
          expected.filter((tag) => !reached.has(tag)),
          [],
          'the tab order reaches every painkit element with controls',
        );
        assert.ok(walk.opened > 0, 'glossary words were met and opened on the way');
      } finally {
        await close();
      }
    });
  }
});

/** The page scrolls sideways: its content is wider than the viewport. */
const horizontalScroll = (page: Page) =>
  page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement;
    return scrollWidth > clientWidth ? `scrollWidth ${scrollWidth} > clientWidth ${clientWidth}` : '';
  });

/**
 * The glossary words a 320 px pass opens: the first, the one whose start edge
 * is farthest along its line (where a bubble anchored to the word runs off
 * the screen) and the last one (in the last paragraph that has one).
 */
const wordsToOpen = (page: Page) =>
  page.evaluate(() => {
    const words = window.__painkitAudit.glossaryWords();
    const along = words.map((word) => {
      const first = word.getClientRects()[0];
      const rtl = getComputedStyle(word).direction === 'rtl';
      return first ? (rtl ? document.documentElement.clientWidth - first.right : first.left) : -1;
    });
    const farthest = along.indexOf(Math.max(...along));
    return [...new Set([0, farthest, words.length - 1])].filter((i) => i >= 0 && i < words.length);
  });

describe('320 px reflow (WCAG 1.4.10)', () => {
  for (const name of DEMO_PAGES) {
    it(`${name}.html: no sideways scrolling at 320 px, also with a glossary word open`, async () => {
      const { page, close } = await openAt(browser, demo(name), 320, 640);
      try {
        assert.equal(await horizontalScroll(page), '');
        const problems: string[] = [];
        for (const index of await wordsToOpen(page)) {
          const word = await page.evaluate((i) => {
            const el = window.__painkitAudit.glossaryWords()[i];
            el.focus();
            return window.__painkitAudit.describe(el);
          }, index);
          await page.keyboard.press('Enter');
          const open = await page.evaluate(() => window.__painkitAudit.openDefinitions());
          const width = await page.evaluate(() => document.documentElement.clientWidth);
          if (open.length !== 1) problems.push(`${word}: ${open.length} definitions open`);
          for (const { box } of open)
            if (box.left < 0 || box.right > width)
              problems.push(
                `${word}: the definition spans ${Math.round(box.left)}–${Math.round(box.right)} px of ${width}`,
              );
          const scroll = await horizontalScroll(page);
          if (scroll) problems.push(`${word} open: ${scroll}`);
          await page.keyboard.press('Escape');
        }
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });
  }
});

/** Every heading of the page's accessibility tree (Chromium's, through CDP) and its level. */
async function axHeadings(page: Page): Promise<{ name: string; level: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes
    .filter((node) => node.role?.value === 'heading' && !node.ignored)
    .map((node) => ({
      name: String(node.name?.value ?? ''),
      level: Number(node.properties?.find((p) => p.name === 'level')?.value.value),
    }));
}

describe('accessibility tree', () => {
  it('the language picker after switching to Spanish: label and announcement in Spanish, marked lang="es" (WCAG 3.1.2)', async () => {
    const { page, close } = await openAt(browser, demo('index'), 1350);
    try {
      const picker = page.locator('pain-language-picker');
      await picker.getByRole('combobox').selectOption('es');
      await picker.getByRole('status').filter({ hasText: /\S/ }).waitFor();
      const snapshot = await picker.ariaSnapshot();
      assert.match(snapshot, /^- combobox "Idioma":$/m);
      assert.match(snapshot, /^ {2}- option "Español" \[selected\]$/m);
      assert.match(snapshot, /^- status: Se muestra la información en Español\.$/m);
      const marked = await picker.getByRole('combobox').evaluate((select: HTMLSelectElement) => {
        const { languageOf } = window.__painkitAudit;
        const status =
          select.getRootNode() instanceof ShadowRoot
            ? (select.getRootNode() as ShadowRoot).querySelector('[role="status"]')!
            : select.parentElement!.querySelector('[role="status"]')!;
        return { label: languageOf(select.labels![0]), menu: languageOf(select), announcement: languageOf(status) };
      });
      for (const [what, language] of Object.entries(marked))
        assert.deepEqual([what, language.lang, language.direction], [what, 'es', 'ltr']);
    } finally {
      await close();
    }
  });

  it("a procedure's headings form an outline (levels 1–6, no level skipped going down); deep in a page none gets level 7 or more", async () => {
    const { page, close } = await openAt(browser, demo('index'), 1350);
    try {
      const snapshot = await page.locator('pain-procedure').first().ariaSnapshot();
      const headings = [...snapshot.matchAll(/- heading "([^"]*)" \[level=(\d+)\]/g)].map((m) => ({
        name: m[1],
        level: Number(m[2]),
      }));
      assert.match(headings[0]?.name ?? '', /^Radiofrequency ablation/);
      assert.ok(headings.length > 10, `${headings.length} headings`);
      for (const [i, h] of headings.entries()) {
        assert.ok(h.level >= 1 && h.level <= 6, `"${h.name}" has level ${h.level}`);
        if (i > 0)
          assert.ok(
            h.level <= headings[i - 1].level + 1,
            `"${h.name}" (h${h.level}) skips a level after h${headings[i - 1].level}`,
          );
      }
      // A portal that puts the plan and the recovery under its own h5: their headings start at 6 and go deeper.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('[heading-level]')) el.setAttribute('heading-level', '6');
      });
      await page.waitForTimeout(300);
      const tooDeep = (await axHeadings(page)).filter((h) => !(h.level >= 1 && h.level <= 6));
      assert.deepEqual(tooDeep, []);
    } finally {
      await close();
    }
  });
});

describe('layout shift while loading, with dist/cdn/painkit.css (CLS ≤ 0.05)', () => {
  for (const width of [320, 1350]) {
    it(`every demo page at ${width} px`, async () => {
      const shifts: string[] = [];
      for (const name of STYLED_PAGES) {
        const { cls, largest } = await measureLayoutShift(browser, demo(name), {
          width,
          settle: 500,
          ready: contentLoaded,
          readyArg: CONTENT_ELEMENTS,
        });
        if (cls > 0.05) shifts.push(`${name}.html: CLS ${cls.toFixed(3)} (most moved: ${largest})`);
      }
      assert.deepEqual(shifts, []);
    });
  }
});
