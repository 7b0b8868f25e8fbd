// Where the system Chromium is, and how to start it headless here (as root,
// without network chatter). Shared by the browser tests and the e2e tests.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

export const MISSING_CHROMIUM =
  'Chromium not found: install it (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium binary.';

/** CHROME_PATH, else the usual Linux paths; undefined when none exists. */
export function findChromium() {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
    .filter(Boolean)
    .find((path) => existsSync(path));
}
