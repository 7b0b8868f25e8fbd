import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { engineTimeouts, launchers } from './scripts/engines.js';

const timeouts = engineTimeouts(process.env.BROWSERS);

const manifest = (topics) =>
  JSON.stringify({
    format: 1,
    sourceLocale: 'en',
    locales: [{ code: 'en', name: 'English', dir: 'ltr', topics, plans: [], glossary: false }],
    codes: {},
  });
const chunk = readFileSync('test/fixtures/data/en/sample.json', 'utf8');

/**
 * Broken content servers for the fault tests: /test/faults/<case>/ answers
 * like a content folder that is broken in one way.
 */
const FAULTS = {
  'http-500': { 'manifest.json': { status: 500, body: 'Internal Server Error' } },
  'empty-manifest': { 'manifest.json': { body: '' } },
  'html-instead-of-json': { 'manifest.json': { type: 'text/html', body: '<!doctype html><title>Not found</title>' } },
  'truncated-chunk': {
    'manifest.json': { body: manifest(['sample']) },
    'en/sample.json': { body: chunk.slice(0, 200) },
  },
  'wrong-topic': {
    'manifest.json': { body: manifest(['sample']) },
    'en/sample.json': { body: chunk.replace('"slug": "sample"', '"slug": "other"') },
  },
  'missing-chunk': { 'manifest.json': { body: manifest(['sample']) } },
};

function faults(context, next) {
  const match = /^\/test\/faults\/([\w-]+)\/(.+)$/.exec(context.path);
  if (!match) return next();
  const answer = FAULTS[match[1]]?.[match[2]];
  context.status = answer?.status ?? (answer ? 200 : 404);
  context.type = answer?.type ?? 'application/json';
  context.body = answer?.body ?? '';
  return undefined;
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
    faults,
  ],
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  // Chromium unless BROWSERS names others (chromium,firefox,webkit): scripts/engines.js.
  browsers: launchers(process.env.BROWSERS),
  testsFinishTimeout: timeouts.file,
  testFramework: { config: { timeout: timeouts.test } },
};
