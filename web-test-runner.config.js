import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, MISSING_CHROMIUM, findChromium } from './scripts/chromium.js';

const executablePath = findChromium();
if (!executablePath) {
  console.error(MISSING_CHROMIUM);
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts', '!test/tooling/**', '!test/e2e/**'],
  nodeResolve: true,
  // Test-only content made on request, too big to keep in the repository.
  middleware: [
    function generated(context, next) {
      if (context.path !== '/test/generated/big-clinic.md') return next();
      context.type = 'text/markdown';
      context.body = `## Big {#what-it-is}\n\n${'word '.repeat(60_000)}`;
      return undefined;
    },
  ],
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
