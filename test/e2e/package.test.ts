import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, serveRoot } from './browser.js';

// The published package, as a portal team gets it: `npm pack`, installed
// into a fresh project, every Node entry point imported, and a Vite app that
// uses the plain elements and the React wrappers built and run in Chromium.
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

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
  let browser: Browser;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'painkit-package-'));
    const tarball = npm(['pack', '--pack-destination', dir, '--silent'], process.cwd()).trim().split('\n').pop()!;
    const versions = JSON.parse(await readFile('package.json', 'utf8')).devDependencies;
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'portal',
        private: true,
        type: 'module',
        dependencies: {
          painkit: `file:${join(dir, tarball)}`,
          react: versions.react,
          'react-dom': versions['react-dom'],
        },
        devDependencies: { vite: versions.vite },
      }),
    );
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('imports every Node entry point', () => {
    const script = `
      const markdown = await import('painkit/markdown');
      const handout = await import('painkit/handout');
      const manifest = (await import('painkit/custom-elements.json', { with: { type: 'json' } })).default;
      console.log(JSON.stringify({
        markdown: typeof markdown.parseTopic, handout: typeof handout.renderHandout,
        tags: manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).length,
      }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(out), { markdown: 'function', handout: 'function', tags: 7 });
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
});
