import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Host } from './package-project.js';
import { assertShowsContent, copyApp, viteBuild, withStaticServer, withViteDevServer } from './package-project.js';

/**
 * The Vite + Vue 3 portal of test/e2e/fixtures/vue-app: an SFC with an
 * English and a Spanish <pain-procedure>, built with `vite build` and run
 * under the dev server. Vue prints its warnings only in development, so the
 * dev server run is the one that proves the `isCustomElement` line in the
 * fixture's vite.config.js (and the README) leaves no "Failed to resolve
 * component" warning.
 */
export function vueHostTests(host: () => Host): void {
  describe('Vite + Vue 3 (test/e2e/fixtures/vue-app)', () => {
    let app = '';
    before(async () => {
      app = await copyApp(host().dir, 'vue-app');
    });

    it('builds with vite build and shows the topic in English and Spanish, no content configuration', async () => {
      const { dir, browser } = host();
      viteBuild(dir, app);
      await withStaticServer(join(app, 'dist'), async (origin) => {
        await (await assertShowsContent(browser, `${origin}/index.html`, dir)).page.close();
      });
    });

    it('runs under the Vite dev server with no Vue warning ("Failed to resolve component")', async () => {
      const { dir, browser } = host();
      let printed: string[] = [];
      const output = await withViteDevServer(dir, app, async (origin) => {
        const opened = await assertShowsContent(browser, `${origin}/index.html`, dir);
        printed = opened.console;
        await opened.page.close();
      });
      assert.ok(
        printed.some((m) => m.includes('Lit is in dev mode')),
        `the dev build ran, where Vue would warn: ${printed}`,
      );
      assert.deepEqual(
        printed.filter((m) => m.includes('[Vue warn]')),
        [],
      );
      assert.doesNotMatch(output, /error/i, output);
    });
  });
}
