import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startDevServer } from '@web/dev-server';

/** The system Chromium: CHROME_PATH, else the usual Debian paths. */
export function chromiumPath(): string {
  const found = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
    .filter((p): p is string => !!p)
    .find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROME_PATH');
  return found;
}

/** Serves the package folder on a free localhost port; returns its origin and a stop function. */
export async function serveRoot(): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server = await startDevServer({
    config: { rootDir: '.', port: 0, hostname: '127.0.0.1', nodeResolve: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const address = server.server?.address();
  const port = typeof address === 'object' && address ? address.port : server.config.port;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      await server.stop();
    },
  };
}

export const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
