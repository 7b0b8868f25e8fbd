// The three browser engines the component tests run in, as @web/test-runner
// launchers: Chromium (Playwright), Firefox ESR (puppeteer-core over WebDriver
// BiDi) and WebKit (WebKitGTK's MiniBrowser over WebDriver, under Xvfb).
// Pick them with BROWSERS=chromium,firefox,webkit (default: chromium).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, MISSING_CHROMIUM, findChromium } from './chromium.js';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
export const WEBKIT_BROWSER = process.env.WEBKIT_BROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Stops the run with a message naming what to install. */
function fail(message) {
  console.error(message);
  process.exit(1);
}

/** The path when the file exists, else stops the run with the message. */
const installed = (path, message) => (existsSync(path) ? path : fail(message));

/** Chromium through Playwright (the system binary; no download). */
function chromium() {
  const executablePath = findChromium() ?? fail(MISSING_CHROMIUM);
  return playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
  });
}

/**
 * The oldest Firefox the tests drive: puppeteer-core 24 sets every page's
 * viewport with WebDriver BiDi's browsingContext.setScreenOrientationOverride,
 * which Firefox ESR 140 answers with "unknown command" (seen: every Firefox
 * test file failed); ESR 153 has it, and Trusted Types, which the host pages check.
 */
export const FIREFOX_MIN_VERSION = 153;

/** Why the Firefox at `path` cannot run the tests (missing or too old), or undefined when it can. */
export function firefoxProblem(path = FIREFOX_PATH) {
  if (!existsSync(path))
    return `Firefox not found at ${path}: install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.`;
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  const major = Number(/(\d+)\./.exec(version)?.[1]);
  if (major >= FIREFOX_MIN_VERSION) return undefined;
  return `${version} at ${path} is older than Firefox ${FIREFOX_MIN_VERSION}, which the tests need: upgrade it (Debian: apt-get update && apt-get install -y firefox-esr) or set FIREFOX_PATH.`;
}

/** Firefox ESR through puppeteer-core's WebDriver BiDi client. */
function firefox() {
  const problem = firefoxProblem();
  if (problem) fail(problem);
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: FIREFOX_PREFS,
    },
  });
}

/**
 * Firefox's window.print() waits for its print dialog, which nobody closes
 * in a test run (Chromium's headless print() returns at once): print
 * silently to a PDF file instead.
 */
const FIREFOX_PREFS = {
  'print.always_print_silent': true,
  'print.show_print_progress': false,
  print_printer: 'Mozilla Save to PDF',
  'print.printer_Mozilla_Save_to_PDF.print_to_file': true,
  'print.printer_Mozilla_Save_to_PDF.print_to_filename': join(tmpdir(), 'painkit-firefox-print.pdf'),
};

/** A free TCP port on localhost. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Whether something accepts connections on a localhost port. */
const listening = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
      .once('connect', () => resolve(true))
      .once('error', () => resolve(false));
    socket.once('close', () => socket.destroy());
    socket.once('connect', () => socket.end());
  });

/** Waits until the WebDriver server (a spawned WebKitWebDriver) listens on its port. */
export async function driverReady(port, driver) {
  for (let i = 0; i < 100; i++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${driver.exitCode}`);
    if (await listening(port)) return;
    await sleep(100);
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within 10 s`);
}

/**
 * The WebDriver launcher with its own WebKitWebDriver: started on a free
 * port before the first test file, stopped with the run.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0,
      capabilities: {
        // WebKitWebDriver speaks classic WebDriver only (no BiDi).
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: WEBKIT_BROWSER, args: ['--automation'] },
      },
    });
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    this.options.port = await freePort();
    this.webDriver = spawn(WEBKIT_DRIVER, [`--port=${this.options.port}`], { stdio: 'ignore' });
    await driverReady(this.options.port, this.webDriver);
  }

  async stop() {
    await super.stop();
    this.webDriver?.kill();
  }
}

/** WebKitGTK's MiniBrowser (Safari's engine) through WebKitWebDriver; needs a display (xvfb-run -a). */
function webkit() {
  const install = 'install it (Debian: apt-get install -y webkit2gtk-driver xvfb)';
  installed(WEBKIT_DRIVER, `WebKitWebDriver not found at ${WEBKIT_DRIVER}: ${install} or set WEBKIT_DRIVER.`);
  installed(WEBKIT_BROWSER, `MiniBrowser not found at ${WEBKIT_BROWSER}: ${install} or set WEBKIT_BROWSER.`);
  if (!process.env.DISPLAY)
    fail('WebKit needs a display: run the tests under xvfb-run -a (Debian: apt-get install -y xvfb).');
  return new WebKitLauncher();
}

const ENGINES = { chromium, firefox, webkit };

/** Launchers for a comma-separated list of engine names (chromium, firefox, webkit). */
export function launchers(names = 'chromium') {
  return names.split(',').map((name) => {
    const engine = ENGINES[name.trim()];
    return engine ? engine() : fail(`Unknown engine "${name}" in BROWSERS: use ${Object.keys(ENGINES).join(', ')}.`);
  });
}

/**
 * Time allowed per test (mocha) and per test file: Firefox and WebKit run the
 * same tests several times slower than Chromium here (WebKit draws in
 * software under Xvfb; the 70 topics with axe take minutes).
 */
export const engineTimeouts = (names = 'chromium') =>
  names.trim() === 'chromium' ? { test: 10_000, file: 120_000 } : { test: 30_000, file: 600_000 };
