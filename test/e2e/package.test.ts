import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, serveRoot } from './browser.js';

// The published packages, as a portal team and a clinic get them: `npm pack`
// of painkit (browser) and painkit-cli (Node), installed into a fresh project.
// The portal installs painkit alone: nothing made for Node comes with it, the
// Node entry point imports, and a Vite app that uses the plain elements and
// the React wrappers builds and runs in Chromium. Then painkit-cli is
// installed next to it and run the way a clinic runs it: `npx painkit-cli …`.
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const INSTALL = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
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
import { configure, PainProcedure as Element } from 'painkit';
// Every browser entry point (each registration module and the autoloader) imports cleanly beside the main one.
import 'painkit/pain-procedure.js';
import 'painkit/pain-recovery.js';
import 'painkit/pain-plan.js';
import 'painkit/pain-library.js';
import 'painkit/pain-term.js';
import 'painkit/pain-language-picker.js';
import 'painkit/pain-clinic.js';
import 'painkit/autoloader.js';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { PainProcedure } from 'painkit/react';

configure({ contentBase: '/painkit-data/' });
const loaded = [];
createRoot(document.querySelector('#react')).render(
  React.createElement(PainProcedure, {
    topic: 'radiofrequency-ablation',
    lang: 'es',
    onTopicLoaded: (event) => loaded.push(event.detail.topic),
  }),
);
window.painkitApp = { loaded, registered: customElements.get('pain-procedure') === Element };
`;

const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title>
<link rel="icon" href="data:,"><script type="module" src="./main.js"></script></head>
<body><main><h1>Portal</h1><div id="react"></div><pain-plan condition="spinal-stenosis"></pain-plan></main></body></html>`;

describe('the npm package in a fresh project (Vite, React)', () => {
  let dir = '';
  let tarballSpec = '';
  let cliTarball = '';
  let browser: Browser;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'painkit-package-'));
    const pack = (workspace: string[]) =>
      npm(['pack', ...workspace, '--pack-destination', dir, '--silent'], process.cwd())
        .trim()
        .split('\n')
        .pop()!;
    tarballSpec = `file:${join(dir, pack([]))}`;
    cliTarball = pack(['--workspace', 'painkit-cli']);
    const versions = JSON.parse(await readFile('package.json', 'utf8')).devDependencies;
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'portal',
        private: true,
        type: 'module',
        dependencies: {
          painkit: tarballSpec,
          react: versions.react,
          'react-dom': versions['react-dom'],
        },
        devDependencies: { vite: versions.vite },
      }),
    );
    npm(INSTALL, dir);
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
    assert.deepEqual(JSON.parse(out), { markdown: 'function', tags: 7 });
  });

  it('builds with Vite and runs: plain elements and the React wrapper, with the content copied to the app', async () => {
    await mkdir(join(dir, 'public'), { recursive: true });
    await cp(join(dir, 'node_modules/painkit/dist/data'), join(dir, 'public/painkit-data'), { recursive: true });
    await writeFile(join(dir, 'index.html'), HTML);
    await writeFile(join(dir, 'main.js'), APP);
    execFileSync(process.execPath, [join(dir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
      cwd: dir,
    });
    const server = await serveRoot(0, join(dir, 'dist'));
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      const origins = new Set<string>();
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => origins.add(new URL(r.url()).origin));
      await page.goto(`${server.origin}/index.html`);
      await page.waitForFunction(() =>
        ['pain-procedure', 'pain-plan'].every((tag) =>
          document.querySelector(tag)?.shadowRoot?.querySelector('article'),
        ),
      );
      const seen = await page.evaluate(() => ({
        title: document.querySelector('pain-procedure')!.shadowRoot!.querySelector('[part="title"]')!.textContent,
        plan: document.querySelector('pain-plan')!.shadowRoot!.querySelector('[part="title"]')!.textContent,
        app: (window as unknown as { painkitApp: { loaded: string[]; registered: boolean } }).painkitApp,
      }));
      assert.equal(seen.title, 'Ablación por radiofrecuencia para el dolor de espalda y cuello');
      assert.match(String(seen.plan), /spinal stenosis/i);
      assert.deepEqual(seen.app.loaded, ['radiofrequency-ablation']);
      assert.equal(seen.app.registered, true, 'the class exported by painkit is the registered <pain-procedure>');
      assert.deepEqual(errors, []);
      assert.deepEqual([...origins], [server.origin], 'no request leaves the app');
      assert.deepEqual(await page.context().cookies(), []);
    } finally {
      await server.stop();
    }
  });

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
