import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from './browser.js';
import {
  INSTALL,
  assertShowsContent,
  createProject,
  npm,
  viteBuild,
  withStaticServer,
  withViteDevServer,
} from './package-project.js';
import { eleventyHostTests } from './package-eleventy.js';
import { vueHostTests } from './package-vue.js';
import { webpackHostTests } from './package-webpack.js';

// The published packages, as a portal team and a clinic get them: `npm pack`
// of painkit (browser) and painkit-cli (Node), installed into a fresh project.
// The portal installs painkit alone: nothing made for Node comes with it, the
// Node entry point imports, and a Vite app that uses the plain elements and
// the React wrappers builds and runs in Chromium. Then painkit-cli is
// installed next to it and run the way a clinic runs it: `npx painkit-cli …`.
/** `npx painkit-cli …` in the project (offline: the installed copy, never the registry). */
const cli = (args: string[], cwd: string) =>
  spawnSync('npx', ['--offline', 'painkit-cli', ...args], { cwd, encoding: 'utf8' });
/** Every file under a folder, as relative paths, sorted. */
const filesUnder = async (root: string) =>
  (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();

const APP = `
import { PainProcedure as Element } from 'painkit';
// Every browser entry point (each registration module and the autoloader) imports cleanly beside the main one.
import 'painkit/pain-procedure.js';
import 'painkit/pain-recovery.js';
import 'painkit/pain-plan.js';
import 'painkit/pain-library.js';
import 'painkit/pain-term.js';
import 'painkit/pain-language-picker.js';
import 'painkit/pain-clinic.js';
import 'painkit/pain-diary.js';
import 'painkit/pain-check.js';
import 'painkit/autoloader.js';
import { diaryQuestionnaire } from 'painkit/fhir';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { PainProcedure } from 'painkit/react';

const loaded = [];
createRoot(document.querySelector('#react')).render(
  React.createElement(PainProcedure, {
    topic: 'radiofrequency-ablation',
    lang: 'es',
    onTopicLoaded: (event) => loaded.push(event.detail.topic),
  }),
);
window.painkitApp = {
  loaded,
  registered:
    customElements.get('pain-procedure') === Element &&
    !!customElements.get('pain-diary') &&
    !!customElements.get('pain-check') &&
    typeof diaryQuestionnaire === 'function',
};
`;

const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title>
<link rel="icon" href="data:,"><script type="module" src="./main.js"></script></head>
<body><main><h1>Portal</h1><pain-procedure id="en" topic="radiofrequency-ablation"></pain-procedure>
<div id="react"></div><pain-plan condition="spinal-stenosis"></pain-plan></main></body></html>`;

/** The same page for the plain bundlers (rollup, esbuild): the elements alone, no React, no configuration. */
const PLAIN_APP = `import 'painkit/pain-procedure.js';\n`;
const PLAIN_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title>
<link rel="icon" href="data:,"><script type="module" src="./main.js"></script></head>
<body><main><pain-procedure id="en" topic="radiofrequency-ablation"></pain-procedure>
<div id="react"><pain-procedure topic="radiofrequency-ablation" lang="es"></pain-procedure></div></main></body></html>`;

/** A plain rollup build of PLAIN_APP: ES modules, node-resolve, nothing for painkit. */
const ROLLUP_CONFIG = `import { nodeResolve } from '@rollup/plugin-node-resolve';
export default { input: 'main.js', output: { dir: 'out', format: 'es' }, plugins: [nodeResolve({ browser: true })] };
`;

/** How each plain bundler builds PLAIN_APP into out/ (command line, run in the app's folder). */
const PLAIN_BUILDS: Record<string, string[]> = {
  rollup: ['node_modules/.bin/rollup', '--config', 'rollup.config.mjs', '--silent'],
  esbuild: ['node_modules/.bin/esbuild', 'main.js', '--bundle', '--splitting', '--format=esm', '--outdir=out'],
};

describe('the npm package in a fresh project (Vite, React, Vue, webpack, rollup, esbuild, Eleventy)', () => {
  let dir = '';
  let tarballSpec = '';
  let cliTarball = '';
  let browser: Browser;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'painkit-package-'));
    ({ tarballSpec, cliTarball } = await createProject(dir));
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('installs nothing made for Node: no jsdom, no playwright-core, no CLI', async (t) => {
    const modules = join(dir, 'node_modules');
    const painkit = JSON.parse(await readFile(join(modules, 'painkit/package.json'), 'utf8'));
    const cli = JSON.parse(
      execFileSync('tar', ['-xOzf', join(dir, cliTarball), 'package/package.json'], { encoding: 'utf8' }),
    );
    const nodeOnly = Object.keys(cli.dependencies).filter((name) => name !== 'painkit' && !painkit.dependencies[name]);
    assert.ok(nodeOnly.includes('jsdom') && nodeOnly.includes('playwright-core'), `painkit-cli's own: ${nodeOnly}`);
    assert.ok(nodeOnly.includes('@lit-labs/ssr'), 'painkit/ssr needs it; painkit lists it as an optional peer');
    for (const name of [...nodeOnly, 'painkit-cli'])
      assert.equal(existsSync(join(modules, name)), false, `${name} is not installed with painkit`);
    assert.equal(painkit.bin, undefined, 'the browser package has no command');
    assert.equal(existsSync(join(modules, 'painkit/dist/tooling')), false, 'and ships no tooling');

    // Measured for the record, in a project of its own (React and Vite here are the app's).
    const alone = join(dir, 'painkit-only');
    await mkdir(alone);
    await writeFile(
      join(alone, 'package.json'),
      JSON.stringify({ private: true, dependencies: { painkit: tarballSpec } }),
    );
    npm(INSTALL, alone);
    const lock = JSON.parse(await readFile(join(alone, 'package-lock.json'), 'utf8'));
    const count = Object.keys(lock.packages).filter((path) => path.startsWith('node_modules/')).length;
    const kb = Number(execFileSync('du', ['-sk', join(alone, 'node_modules')], { encoding: 'utf8' }).split('\t')[0]);
    t.diagnostic(`browser-only install of painkit: ${count} packages, ${(kb / 1024).toFixed(1)} MB`);
  });

  it('imports the Node entry point and the manifest', () => {
    const script = `
      const markdown = await import('painkit/markdown');
      const manifest = (await import('painkit/custom-elements.json', { with: { type: 'json' } })).default;
      console.log(JSON.stringify({
        markdown: typeof markdown.parseTopic,
        tags: manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).length,
      }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(out), { markdown: 'function', tags: 9 });
  });

  it('builds with Vite and runs: plain elements and the React wrapper, content with no copy step or configuration', async () => {
    await writeFile(join(dir, 'index.html'), HTML);
    await writeFile(join(dir, 'main.js'), APP);
    viteBuild(dir, dir);
    assert.equal(existsSync(join(dir, 'dist/painkit-data')), false, 'nothing was copied');
    await withStaticServer(join(dir, 'dist'), async (origin) => {
      const { page } = await assertShowsContent(browser, `${origin}/index.html`, dir);
      await page.waitForFunction(() => document.querySelector('pain-plan')?.shadowRoot?.querySelector('article'));
      const seen = await page.evaluate(() => ({
        plan: document.querySelector('pain-plan')!.shadowRoot!.querySelector('[part="title"]')!.textContent,
        app: (window as unknown as { painkitApp: { loaded: string[]; registered: boolean } }).painkitApp,
      }));
      assert.match(String(seen.plan), /spinal stenosis/i);
      assert.deepEqual(seen.app.loaded, ['radiofrequency-ablation']);
      assert.equal(
        seen.app.registered,
        true,
        'the class exported by painkit is the registered <pain-procedure>; <pain-diary>, <pain-check> and painkit/fhir load',
      );
      assert.deepEqual(await page.context().cookies(), []);
      await page.close();
    });
  });

  it('runs under the Vite dev server (dependencies pre-bundled into node_modules/.vite), content with no configuration', async () => {
    await writeFile(join(dir, 'index.html'), HTML);
    await writeFile(join(dir, 'main.js'), APP);
    const output = await withViteDevServer(dir, dir, async (origin) => {
      await (await assertShowsContent(browser, `${origin}/index.html`, dir)).page.close();
    });
    assert.doesNotMatch(output, /error/i, output);
  });

  for (const [bundler, [bin, ...args]] of Object.entries(PLAIN_BUILDS)) {
    it(`builds with plain ${bundler} and runs, content with no copy step or configuration`, async () => {
      const app = join(dir, `plain-${bundler}`);
      await mkdir(app, { recursive: true });
      await writeFile(join(app, 'main.js'), PLAIN_APP);
      if (bundler === 'rollup') await writeFile(join(app, 'rollup.config.mjs'), ROLLUP_CONFIG);
      execFileSync(join(dir, bin!), args, { cwd: app, stdio: 'pipe' });
      await writeFile(join(app, 'out/index.html'), PLAIN_HTML);
      await withStaticServer(join(app, 'out'), async (origin) => {
        await (await assertShowsContent(browser, `${origin}/index.html`, dir)).page.close();
      });
    });
  }

  vueHostTests(() => ({ dir, browser }));
  webpackHostTests(() => ({ dir, browser }));
  eleventyHostTests(() => ({ dir, tarballSpec, browser }));

  describe('painkit-cli installed next to it, run as a clinic runs it (npx painkit-cli …)', () => {
    before(async () => {
      npm([...INSTALL, `file:${join(dir, cliTarball)}`], dir);
      await cp(join(dir, 'node_modules/painkit/content'), join(dir, 'content'), { recursive: true });
    });

    it('validates content, and names file:line of a broken topic', async () => {
      const ok = cli(['validate', 'content'], dir);
      assert.equal(ok.stdout.trim(), 'content: all topic files are valid.', ok.stderr);
      assert.equal(ok.status, 0);

      await cp(join(dir, 'content'), join(dir, 'broken'), { recursive: true });
      const topic = join(dir, 'broken/en/sleep.md');
      const lines = (await readFile(topic, 'utf8')).split('\n');
      const line = lines.findIndex((l) => l.startsWith('updated:'));
      lines[line] = 'updated: soon';
      await writeFile(topic, lines.join('\n'));
      const broken = cli(['validate', 'broken'], dir);
      assert.equal(broken.status, 1);
      assert.match(broken.stderr, new RegExp(`^broken/en/sleep\\.md:${line + 1}: "updated" must be a date`, 'm'));
    });

    it('compiles the content exactly as the browser package ships it', async () => {
      const built = cli(['build-content', 'content', '--out', 'compiled'], dir);
      assert.equal(built.status, 0, built.stderr);
      const shipped = join(dir, 'node_modules/painkit/dist/data');
      const files = await filesUnder(shipped);
      assert.ok(files.includes('manifest.json'));
      assert.deepEqual(await filesUnder(join(dir, 'compiled')), files);
      for (const file of files)
        assert.equal(
          await readFile(join(dir, 'compiled', file), 'utf8'),
          await readFile(join(shipped, file), 'utf8'),
          file,
        );
    });

    it('prints a handout with the installed painkit elements and content; painkit-cli/handout imports', async () => {
      const made = cli(['handout', 'sleep', '--lang', 'es', '--format', 'html', '--out', 'handouts'], dir);
      assert.equal(made.status, 0, made.stderr);
      const es = JSON.parse(await readFile(join(dir, 'node_modules/painkit/dist/data/es/sleep.json'), 'utf8'));
      const html = await readFile(join(dir, 'handouts/sleep.es.html'), 'utf8');
      assert.match(html, /<html[^>]* lang="es"/);
      assert.ok(html.includes(es.title), `the Spanish title "${es.title}"`);

      const script = `const h = await import('painkit-cli/handout'); console.log(typeof h.renderHandout);`;
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
      assert.equal(out.trim(), 'function');
    });
  });
});

describe('README "Use with Vue / React / webpack"', () => {
  it("shows only lines the tested apps use (the fixtures' files and the React app above)", async () => {
    const readme = await readFile('README.md', 'utf8');
    const start = readme.indexOf('### Use with Vue / React / webpack');
    assert.ok(start >= 0, 'the README has the section');
    const section = readme.slice(start, readme.indexOf('\n### ', start + 1));
    const shown = [...section.matchAll(/```\w*\n([\s\S]*?)```/g)]
      .flatMap((block) => block[1]!.split('\n'))
      .map((line) => line.trim())
      .filter(Boolean);
    const fixtures = join(import.meta.dirname, 'fixtures');
    const apps = ['vue-app', 'webpack-app'];
    const sources = [APP];
    for (const app of apps)
      for (const file of await filesUnder(join(fixtures, app)))
        sources.push(await readFile(join(fixtures, app, file), 'utf8'));
    const used = new Set(sources.flatMap((source) => source.split('\n').map((line) => line.trim())));
    assert.ok(shown.length > 20, `the section shows the apps' code: ${shown.length} lines`);
    assert.deepEqual(
      shown.filter((line) => !used.has(line)),
      [],
      'lines in the README that no tested app uses',
    );
  });
});
