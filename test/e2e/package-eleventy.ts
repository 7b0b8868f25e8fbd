import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { INSTALL, copyApp, npm, withStaticServer } from './package-project.js';

/** The portal project's folder, its painkit tarball and the shared browser. */
export interface ServerHost {
  dir: string;
  tarballSpec: string;
  browser: Browser;
}

const TITLES = {
  en: 'Radiofrequency ablation (RFA) for back and neck pain',
  es: 'Ablación por radiofrecuencia para el dolor de espalda y cuello',
};

/**
 * A static clinic site built with Eleventy (test/e2e/fixtures/eleventy-site):
 * its shortcode renders <pain-procedure> on the server with painkit/ssr, in
 * English and Spanish. A project of its own, because it installs
 * @lit-labs/ssr, which a browser install of painkit must not pull. The built
 * HTML carries each topic; in Chromium the element goes live without
 * fetching it. painkit's dist/ folder stands in for the CDN.
 */
export function eleventyHostTests(host: () => ServerHost): void {
  describe('Eleventy static site rendered with painkit/ssr (test/e2e/fixtures/eleventy-site)', () => {
    let site = '';
    before(async () => {
      const { dir, tarballSpec } = host();
      site = await copyApp(dir, 'eleventy-site');
      const versions = JSON.parse(await readFile('package.json', 'utf8')).devDependencies;
      const dependencies = { painkit: tarballSpec, ...pick(versions, '@11ty/eleventy', '@lit-labs/ssr') };
      await writeFile(join(site, 'package.json'), JSON.stringify({ private: true, type: 'module', dependencies }));
      npm(INSTALL, site);
      execFileSync(process.execPath, ['node_modules/@11ty/eleventy/cmd.cjs', '--quiet'], { cwd: site, stdio: 'pipe' });
      await cp(join(site, 'node_modules/painkit/dist'), join(site, '_site/painkit'), { recursive: true });
    });

    for (const [lang, page] of [
      ['en', 'index.html'],
      ['es', 'es/index.html'],
    ] as const) {
      it(`${page}: the built HTML carries the ${lang} topic, and the element goes live without fetching it`, async () => {
        const html = await readFile(join(site, '_site', page), 'utf8');
        assert.ok(html.includes(TITLES[lang]), `the ${lang} title is in the HTML a crawler receives`);
        assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
        await withStaticServer(join(site, '_site'), async (origin) => {
          const tab = await host().browser.newPage();
          const content: string[] = [];
          const errors: string[] = [];
          tab.on('request', (r) => r.url().includes('/painkit/data/') && content.push(new URL(r.url()).pathname));
          tab.on('pageerror', (e) => errors.push(e.message));
          await tab.goto(`${origin}/${page}`);
          await tab.waitForFunction(() =>
            document.querySelector('pain-procedure')?.shadowRoot?.querySelector('[part="term"][role="button"]'),
          );
          const title = await tab.evaluate(
            () => document.querySelector('pain-procedure')!.shadowRoot!.querySelector('[part="title"]')!.textContent,
          );
          assert.equal(title?.trim(), TITLES[lang]);
          assert.deepEqual(content, [], 'no content was fetched');
          assert.deepEqual(errors, []);
          await tab.close();
        });
      });
    }
  });
}

const pick = (versions: Record<string, string>, ...names: string[]) =>
  Object.fromEntries(names.map((name) => [name, versions[name]]));
