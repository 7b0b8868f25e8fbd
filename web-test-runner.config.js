import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  .filter(Boolean)
  .find((path) => existsSync(path));

if (!chromium) {
  console.error(
    'Chromium not found: install it (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium binary.',
  );
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts', '!test/tooling/**', '!test/e2e/**'],
  nodeResolve: true,
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromium,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-dev-shm-usage',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
