import type { ChildProcess } from 'node:child_process';

/** Firefox ESR's binary (FIREFOX_PATH, default /usr/bin/firefox-esr). */
export const FIREFOX_PATH: string;
/** The oldest Firefox (major version) the tests can drive. */
export const FIREFOX_MIN_VERSION: number;
/** Why the Firefox at `path` (default FIREFOX_PATH) cannot run the tests, or undefined when it can. */
export function firefoxProblem(path?: string): string | undefined;
/** WebKitGTK's WebDriver server (WEBKIT_DRIVER, default /usr/bin/WebKitWebDriver). */
export const WEBKIT_DRIVER: string;
/** WebKitGTK's MiniBrowser (WEBKIT_BROWSER). */
export const WEBKIT_BROWSER: string;
/** A free TCP port on localhost. */
export function freePort(): Promise<number>;
/** Waits until the WebDriver server (a spawned WebKitWebDriver) listens on its port. */
export function driverReady(port: number, driver: ChildProcess): Promise<void>;
