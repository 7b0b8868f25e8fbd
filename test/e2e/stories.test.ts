import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launch, serveRoot, settle } from './browser.js';

// Every Storybook story, in its built form (`npm run build-storybook`), in
// headless Chromium: it renders, it settles (or stays in the loading state
// it shows on purpose), and axe finds no violation.
const INDEX = 'storybook-static/index.json';
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Entry {
  id: string;
  type: string;
  title: string;
  name: string;
}

const stories: Entry[] = existsSync(INDEX)
  ? Object.values(JSON.parse(readFileSync(INDEX, 'utf8')).entries as Record<string, Entry>).filter(
      (e) => e.type === 'story',
    )
  : [];

describe(
  'every Storybook story is accessible',
  { skip: stories.length ? false : `${INDEX} missing: run npm run build-storybook` },
  () => {
    let browser: Browser;
    let server: Awaited<ReturnType<typeof serveRoot>>;
    let page: Page;

    before(async () => {
      server = await serveRoot();
      browser = await launch();
      page = await browser.newPage();
    });
    after(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('has stories for every element', () => {
      const titles = new Set(stories.map((s) => s.title.replace('Elements/', '')));
      for (const tag of [
        'pain-procedure',
        'pain-recovery',
        'pain-diary',
        'pain-plan',
        'pain-library',
        'pain-term',
        'pain-language-picker',
        'pain-clinic',
        'pain-check',
      ]) {
        assert.ok(titles.has(tag), `no stories for <${tag}>`);
      }
    });

    for (const story of stories) {
      it(`${story.title} — ${story.name}`, async () => {
        await page.goto(`${server.origin}/storybook-static/iframe.html?id=${story.id}&viewMode=story`);
        await page.waitForSelector('#storybook-root > *', { state: 'attached' });
        // Loading stories never settle on purpose; everything else does within a few seconds.
        await settle(page, 5000).catch(() => undefined);
        await page.addScriptTag({ path: axePath });
        // Storybook's a11y panel runs axe in the same frame; wait for its run to finish, then run ours.
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run: (ctx: Element) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> };
            }
          ).axe;
          for (let attempt = 0; ; attempt++) {
            try {
              const result = await axe.run(document.querySelector('#storybook-root')!);
              return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
            } catch (error) {
              if (attempt > 20 || !String(error).includes('already running')) throw error;
              await new Promise((resolve) => setTimeout(resolve, 250));
            }
          }
        });
        assert.deepEqual(violations, []);
      });
    }
  },
);
