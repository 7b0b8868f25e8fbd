// One small driver layer over the three browser engines, so that each
// end-to-end test is written once and runs in Chromium, Firefox and WebKit:
// puppeteer-core for Chromium (DevTools protocol) and Firefox ESR (WebDriver
// BiDi), webdriverio for WebKitGTK's MiniBrowser (classic WebDriver, the only
// protocol WebKitWebDriver speaks). Both are the clients the component
// suite's launchers already use (scripts/engines.js); neither downloads a
// browser.
import { spawn, type ChildProcess } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import type { Plugin } from '@web/dev-server-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { Key, remote } from 'webdriverio';
import { CHROMIUM_ARGS, MISSING_CHROMIUM, findChromium } from '../../scripts/chromium.js';
import {
  FIREFOX_PATH,
  WEBKIT_BROWSER,
  WEBKIT_DRIVER,
  driverReady,
  firefoxProblem,
  freePort,
} from '../../scripts/engines.js';

export type EngineName = 'chromium' | 'firefox' | 'webkit';
const ENGINE_NAMES: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];

/** The keys the tests press, as a reader would. */
export type KeyName = 'Tab' | 'Enter' | 'Escape' | 'Space' | 'ArrowDown';

/** What a page did while it was open. */
export interface PageRecord {
  /** Every URL it requested (the document, then each resource). */
  requests: string[];
  /** Content-Security-Policy violations (directive, blocked URI, source, sample). */
  violations: string[];
  /** Uncaught errors and unhandled rejections. */
  errors: string[];
  /** console.error and console.warn messages, as "error: …" / "warn: …". */
  console: string[];
}

/** One open tab, fresh (no cookies, no storage) for each test. */
export interface HostPage {
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page (no named helpers inside: tsx would wrap them in a function the page lacks). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Presses and releases one key on whatever has focus. */
  press(key: KeyName): Promise<void>;
  /** Types text into whatever has focus, key by key. */
  type(text: string): Promise<void>;
  /** What the page recorded since it loaded, with what the engine reported where it can. */
  record(): Promise<PageRecord>;
  close(): Promise<void>;
}

/** A running browser engine. */
export interface Engine {
  readonly name: EngineName;
  /** Browser name and version, e.g. "Firefox 153.0". */
  readonly version: string;
  newPage(): Promise<HostPage>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Firefox preferences (about:config), e.g. to switch a feature off as an older Firefox would have it. */
  firefoxPrefs?: Record<string, unknown>;
}

/** The engines named in BROWSERS (comma-separated), by default all three. */
export function enginesToRun(names = process.env.BROWSERS ?? ENGINE_NAMES.join(',')): EngineName[] {
  return names.split(',').map((raw) => {
    const name = raw.trim() as EngineName;
    if (!ENGINE_NAMES.includes(name)) throw new Error(`Unknown engine "${raw}" in BROWSERS: use ${ENGINE_NAMES}.`);
    return name;
  });
}

const RECORDER_PATH = '/test/e2e/page-recorder.js';

/**
 * A test-server plugin that puts the page recorder (test/e2e/page-recorder.js)
 * first in the <head> of every host page under test/hosts/.
 */
export const pageRecorder: Plugin = {
  name: 'painkit-e2e-page-recorder',
  transform(context) {
    if (!context.path.startsWith('/test/hosts/') || !context.response.is('html')) return undefined;
    return { body: String(context.body).replace('<head>', `<head><script src="${RECORDER_PATH}"></script>`) };
  },
};

/** Reads the page recorder's findings (a page function: no helpers inside). */
const readRecord = (): PageRecord => {
  const record = (window as unknown as { __painkitRecord?: Omit<PageRecord, 'requests'> }).__painkitRecord;
  if (!record) throw new Error(`no page recorder on ${location.href}: is it a page under /test/hosts/?`);
  const resources = performance.getEntriesByType('resource').map((entry) => entry.name);
  return { ...record, requests: [location.href, ...resources] };
};

/** The page's record merged with what the engine itself reported (duplicates removed). */
function merge(page: PageRecord, engine: PageRecord): PageRecord {
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  return {
    requests: union(page.requests, engine.requests),
    violations: union(page.violations, engine.violations),
    errors: union(page.errors, engine.errors),
    console: union(page.console, engine.console),
  };
}

/** A puppeteer page: the engine also reports requests, page errors and console messages (Chromium and Firefox). */
async function puppeteerPage(browser: PuppeteerBrowser): Promise<HostPage> {
  const context = await browser.createBrowserContext();
  const page: PuppeteerPage = await context.newPage();
  const seen: PageRecord = { requests: [], violations: [], errors: [], console: [] };
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('pageerror', (error) => seen.errors.push(error instanceof Error ? error.message : String(error)));
  page.on('console', (message) => {
    const level = { error: 'error', warn: 'warn' }[message.type() as string];
    if (level) seen.console.push(`${level}: ${message.text()}`);
  });
  const keys: Record<KeyName, Parameters<PuppeteerPage['keyboard']['press']>[0]> = {
    Tab: 'Tab',
    Enter: 'Enter',
    Escape: 'Escape',
    // puppeteer's WebDriver BiDi keyboard (Firefox) has no key named "Space".
    Space: ' ',
    ArrowDown: 'ArrowDown',
  };
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    press: (key) => page.keyboard.press(keys[key]),
    type: (text) => page.keyboard.type(text),
    record: async () => merge(await page.evaluate(readRecord), seen),
    close: () => context.close(),
  };
}

/** Chromium or Firefox through puppeteer-core. */
async function launchPuppeteer(name: 'chromium' | 'firefox', options: LaunchOptions): Promise<Engine> {
  const browser =
    name === 'chromium'
      ? await puppeteer.launch({ executablePath: installedChromium(), args: CHROMIUM_ARGS, headless: true })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath: usableFirefox(),
          headless: true,
          extraPrefsFirefox: options.firefoxPrefs,
        });
  return {
    name,
    version: (await browser.version()).replace('/', ' '),
    newPage: () => puppeteerPage(browser),
    close: () => browser.close(),
  };
}

function installedChromium(): string {
  const path = findChromium();
  if (!path) throw new Error(MISSING_CHROMIUM);
  return path;
}

/** The Firefox to launch, once it is known to be new enough; else an error saying what to install. */
function usableFirefox(): string {
  const problem = firefoxProblem();
  if (problem) throw new Error(problem);
  return FIREFOX_PATH;
}

/** The path, once it is known to exist; else an error naming the Debian package and the variable to set. */
async function installed(path: string, debianPackage: string, variable: string): Promise<string> {
  await access(path, constants.X_OK).catch(() => {
    throw new Error(`${path} not found: install it (Debian: apt-get install -y ${debianPackage}) or set ${variable}.`);
  });
  return path;
}

/**
 * WebKitWebDriver on a free port; under `xvfb-run -a` (its own process group,
 * so that closing stops Xvfb too) when there is no display for MiniBrowser.
 */
async function startWebKitDriver(): Promise<{ port: number; stop: () => void }> {
  await installed(WEBKIT_DRIVER, 'webkit2gtk-driver', 'WEBKIT_DRIVER');
  await installed(WEBKIT_BROWSER, 'webkit2gtk-driver', 'WEBKIT_BROWSER');
  const port = await freePort();
  const command = [WEBKIT_DRIVER, `--port=${port}`];
  if (!process.env.DISPLAY) command.unshift('xvfb-run', '-a');
  const driver: ChildProcess = spawn(command[0], command.slice(1), { stdio: 'ignore', detached: true });
  const stop = () => {
    if (driver.exitCode === null && driver.pid) process.kill(-driver.pid, 'SIGTERM');
  };
  try {
    await driverReady(port, driver);
  } catch (error) {
    stop();
    throw error;
  }
  return { port, stop };
}

/** WebKitGTK's MiniBrowser: a new WebDriver session (a new browser, nothing stored) per page. */
async function launchWebKit(): Promise<Engine> {
  const driver = await startWebKitDriver();
  const session = () =>
    remote({
      hostname: '127.0.0.1',
      port: driver.port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only (no BiDi).
        'wdio:enforceWebDriverClassic': true,
        // WebKitGTK's own capability (webdriverio's types do not list it).
        ...{ 'webkitgtk:browserOptions': { binary: WEBKIT_BROWSER, args: ['--automation'] } },
      },
    });
  const probe = await session().catch((error: unknown) => {
    driver.stop();
    throw error;
  });
  const version = `WebKitGTK ${probe.capabilities.browserVersion}`;
  await probe.deleteSession();
  const keys: Record<KeyName, string> = {
    Tab: Key.Tab,
    Enter: Key.Enter,
    Escape: Key.Escape,
    Space: Key.Space,
    ArrowDown: Key.ArrowDown,
  };
  const none: PageRecord = { requests: [], violations: [], errors: [], console: [] };
  return {
    name: 'webkit',
    version,
    newPage: async () => {
      const browser = await session();
      return {
        goto: async (url) => {
          await browser.url(url);
        },
        evaluate: (fn, arg) => browser.execute(fn as (...args: unknown[]) => never, arg),
        press: (key) => browser.keys(keys[key]),
        type: (text) => browser.keys([...text]),
        // Classic WebDriver reports no console or errors: the page recorder is all there is.
        record: async () => merge(await browser.execute(readRecord), none),
        close: () => browser.deleteSession(),
      };
    },
    close: async () => driver.stop(),
  };
}

/** Starts one engine. */
export function launchEngine(name: EngineName, options: LaunchOptions = {}): Promise<Engine> {
  return name === 'webkit' ? launchWebKit() : launchPuppeteer(name, options);
}

/**
 * Waits until `fn(arg)` is true in the page, polling (the same in every
 * engine); fails naming `what` after `timeout` ms. A boolean, not an
 * element: engines return a DOM node differently (Firefox's BiDi as nothing).
 */
export async function waitFor<A>(
  page: HostPage,
  fn: (arg: A) => boolean,
  arg: A,
  what: string,
  timeout = 30_000,
): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(fn, arg))) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
