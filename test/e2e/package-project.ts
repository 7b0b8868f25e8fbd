import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveRoot } from './browser.js';

// A fresh project that installs the packed painkit tarball, as a portal team
// gets it, and what the package tests do with it: build an app, serve it,
// open it in Chromium and check what a reader sees. Shared by
// test/e2e/package.test.ts and the framework hosts beside it
// (package-vue.ts, package-webpack.ts), so painkit is packed once per run.

/** Runs npm in `cwd` and gives its output. */
export const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** `npm install` as the tests run it: from the local cache first, quiet. */
export const INSTALL = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

/** The packed tarballs in a project folder. */
export interface Packed {
  /** `file:…` spec of the painkit tarball. */
  tarballSpec: string;
  /** File name (in the project folder) of the painkit-cli tarball. */
  cliTarball: string;
}

/** The installed project and the browser the framework-host tests share with test/e2e/package.test.ts. */
export interface Host {
  dir: string;
  browser: Browser;
}

/**
 * Packs painkit and painkit-cli (`npm pack`, once) into `dir` and installs
 * painkit with every host the package tests build (React, Vite and its Vue
 * plugin, webpack, rollup, esbuild), at the versions painkit itself uses.
 */
export async function createProject(dir: string): Promise<Packed> {
  const pack = (workspace: string[]) =>
    npm(['pack', ...workspace, '--pack-destination', dir, '--silent'], process.cwd())
      .trim()
      .split('\n')
      .pop()!;
  const tarballSpec = `file:${join(dir, pack([]))}`;
  const cliTarball = pack(['--workspace', 'painkit-cli']);
  const versions = JSON.parse(await readFile('package.json', 'utf8')).devDependencies;
  const lock = JSON.parse(await readFile('package-lock.json', 'utf8'));
  const pick = (...names: string[]) => Object.fromEntries(names.map((name) => [name, versions[name]]));
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'portal',
      private: true,
      type: 'module',
      dependencies: { painkit: tarballSpec, ...pick('react', 'react-dom', 'vue') },
      devDependencies: {
        ...pick('vite', '@vitejs/plugin-vue', 'webpack', 'webpack-cli', 'rollup', '@rollup/plugin-node-resolve'),
        esbuild: lock.packages['node_modules/esbuild'].version,
      },
    }),
  );
  npm(INSTALL, dir);
  return { tarballSpec, cliTarball };
}

/** Copies an app fixture (test/e2e/fixtures/<name>) into the project, beside its node_modules; gives its folder. */
export async function copyApp(dir: string, name: string): Promise<string> {
  const app = join(dir, name);
  await cp(join(import.meta.dirname, 'fixtures', name), app, { recursive: true });
  return app;
}

/** A TCP port on localhost that is free now. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/** Resolves once `ready()` holds, checking every 100 ms; fails with `why()` after `ms`. */
async function waitFor(ready: () => boolean, ms: number, why: () => string): Promise<void> {
  for (const end = Date.now() + ms; !ready(); await new Promise((r) => setTimeout(r, 100)))
    if (Date.now() > end) throw new Error(why());
}

/** `vite build` of the app in `app` (the project's Vite, run in that folder). */
export function viteBuild(dir: string, app: string): void {
  execFileSync(process.execPath, [join(dir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
    cwd: app,
    stdio: 'pipe',
  });
}

/**
 * Runs `fn` with the Vite dev server of the app in `app` listening on
 * localhost (given its origin), then stops it and gives what the server
 * printed.
 */
export async function withViteDevServer(dir: string, app: string, fn: (origin: string) => Promise<void>) {
  const port = await freePort();
  const vite = spawn(
    process.execPath,
    [join(dir, 'node_modules/vite/bin/vite.js'), '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    // No colours: under CI=true Vite colours its output, and the port would sit between escape codes.
    { cwd: app, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  );
  let output = '';
  vite.stdout.on('data', (data) => (output += data));
  vite.stderr.on('data', (data) => (output += data));
  try {
    await waitFor(
      () => output.includes(`:${port}`),
      60_000,
      () => `the Vite dev server did not start: ${output}`,
    );
    await fn(`http://127.0.0.1:${port}`);
    return output;
  } finally {
    vite.kill();
  }
}

/** Runs `fn` with the built files in `root` served on localhost (given its origin). */
export async function withStaticServer(root: string, fn: (origin: string) => Promise<void>): Promise<void> {
  const server = await serveRoot(0, root);
  try {
    await fn(server.origin);
  } finally {
    await server.stop();
  }
}

/** What a reader sees of a <pain-procedure>: its title, the first paragraph of its first section and the first "call 911 if" warning sign. */
interface Shown {
  title: string;
  paragraph: string;
  redFlag: string;
}

/** Text of an HTML fragment as a reader sees it: no tags, runs of white space as one space. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The title, first paragraph and first emergency red flag of a topic, as the installed package ships them. */
async function shipped(dir: string, locale: string, slug: string): Promise<Shown> {
  const chunk = JSON.parse(await readFile(join(dir, 'node_modules/painkit/dist/data', locale, `${slug}.json`), 'utf8'));
  const paragraph = /<p>([\s\S]*?)<\/p>/.exec(chunk.sections[0].html)![1]!;
  const groups = chunk.sections.flatMap((s: { groups?: { id: string; items: string[] }[] }) => s.groups ?? []);
  const item: string = groups.find((g: { id: string }) => g.id === 'emergency').items[0];
  return { title: chunk.title, paragraph: textOf(paragraph), redFlag: textOf(item) };
}

/** What an app page showed and printed: its console messages as "type: text". */
export interface Opened {
  page: Page;
  console: string[];
}

/**
 * Opens an app page and asserts that, with no content configuration, the
 * English <pain-procedure id="en"> (from the page language) and the Spanish
 * one (`lang="es"`) show the radiofrequency-ablation topic's title, first
 * paragraph and first red flag as shipped; that nothing fails (no page
 * error, no console error), no request leaves the app, and no content JSON
 * is fetched (the content came as modules the bundler shipped). Gives the
 * page and what it printed, for more checks.
 */
export async function assertShowsContent(browser: Browser, url: string, dir: string): Promise<Opened> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const messages: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  await page.goto(url);
  const shown = async (selector: string) => {
    const handle = await page.waitForFunction(
      (sel) => {
        const root = document.querySelector(sel)?.shadowRoot;
        // Anonymous functions only: a named one would be wrapped in esbuild's __name(), which the page lacks.
        const [title, paragraph, redFlag, error] = [
          '[part="title"]',
          '[part~="section"] p',
          '[part~="red-flags"] li',
          '[part="error"]',
        ].map((part) => root?.querySelector(part)?.textContent?.replace(/\s+/g, ' ').trim());
        return error ? { error } : title && paragraph && redFlag ? { title, paragraph, redFlag } : undefined;
      },
      selector,
      { timeout: 30_000 },
    );
    return (await handle.jsonValue()) as Shown | { error: string };
  };
  const slug = 'radiofrequency-ablation';
  assert.deepEqual(await shown('pain-procedure#en'), await shipped(dir, 'en', slug), 'English, from the page language');
  assert.deepEqual(await shown('pain-procedure[lang="es"]'), await shipped(dir, 'es', slug), 'Spanish, lang="es"');
  assert.deepEqual(errors, []);
  assert.deepEqual(
    messages.filter((m) => m.startsWith('error:')),
    [],
    'no console error',
  );
  const origin = new URL(url).origin;
  assert.deepEqual(
    requests.filter((r) => new URL(r).origin !== origin),
    [],
    'no request leaves the app',
  );
  assert.deepEqual(
    requests.filter((r) => new URL(r).pathname.endsWith('.json')),
    [],
    'content comes as modules, not fetched JSON',
  );
  return { page, console: messages };
}
