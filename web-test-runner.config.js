import { readFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { engineTimeouts, launchers } from './scripts/engines.js';
import { hostileClinicPage } from './test/fuzz/hostile-markdown.js';

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

/** Compiled content that tries to run script (`__pwned(…)`), for the trust tests. */
const HOSTILE = '/test/fixtures/hostile/';

/**
 * Another origin than the test page's (another port), serving the hostile
 * content with CORS open to anyone: what a redirect to a foreign server
 * would reach. Not in any allow-list unless a test adds it.
 */
const otherOrigin = await startDevServer({
  config: {
    rootDir: `.${HOSTILE}`,
    port: 0,
    hostname: '127.0.0.1',
    nodeResolve: false,
    middleware: [
      (context, next) => {
        context.set('Access-Control-Allow-Origin', '*');
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const OTHER_ORIGIN = `http://127.0.0.1:${otherOrigin.server.address().port}`;

/** Which files /test/redirect/<kind>/ sends to the other origin (the rest it serves from HOSTILE). */
const REDIRECTS = {
  everything: /./,
  manifest: /^manifest\.json$/,
  topic: /^en\/hostile\.json$/,
  index: /\/index\.json$/,
  plan: /\/plans\//,
  glossary: /\/glossary\.json$/,
};

/**
 * Servers the trust tests need:
 * - /test/other-origin answers the other origin's address;
 * - /test/redirect/<kind>/<file> answers 302 to the other origin for the
 *   files of that kind, and serves the rest from the hostile folder;
 * - a shared CDN origin: /cdn/painkit@1/… is painkit's build (dist/…),
 *   /cdn/other-pkg@1/data/… is another package's (hostile) content, and
 *   /cdn/painkit@1/data/moved/… inside painkit's folder answers 302 to it.
 */
function trust(context, next) {
  if (context.path === '/test/other-origin') {
    context.body = OTHER_ORIGIN;
    return undefined;
  }
  const redirect = /^\/test\/redirect\/(\w+)\/(.+)$/.exec(context.path);
  if (redirect && REDIRECTS[redirect[1]]?.test(redirect[2])) return context.redirect(`${OTHER_ORIGIN}/${redirect[2]}`);
  const moved = /^\/cdn\/painkit@1\/data\/moved\/(.+)$/.exec(context.path);
  if (moved) return context.redirect(`/cdn/other-pkg@1/data/${moved[1]}`);
  if (redirect) context.url = `${HOSTILE}${redirect[2]}`;
  context.url = context.url.replace(/^\/cdn\/painkit@1\//, '/dist/').replace(/^\/cdn\/other-pkg@1\/data\//, HOSTILE);
  return next();
}

/** 240,000 spaces: a clinic page of about 249 KB, under the 256 KB limit of `src`. */
const SPACES = ' '.repeat(240_000);

/** Markdown made on request at /test/generated/<name>. */
const GENERATED = {
  'big-clinic.md': () => `## Big {#what-it-is}\n\n${'word '.repeat(60_000)}`,
  // Lines that made the old heading patterns backtrack for a minute or more.
  'spaces-before-id.md': () => `## What it is${SPACES}{#what-it-is}\n\nA paragraph.\n`,
  'subsection-spaces.md': () => `## What it is {#what-it-is}\n\nA paragraph.\n\n###${SPACES}\n\nMore.\n`,
  // Nesting that overflows marked's stack (2,000 levels) or takes it 25 s (10,000 levels of emphasis).
  'nested-quotes.md': () => `## What it is {#what-it-is}\n\n${'> '.repeat(100_000)}deep\n`,
  'nested-emphasis.md': () => `## What it is {#what-it-is}\n\n${'*a '.repeat(40_000)}b${' a*'.repeat(40_000)}\n`,
  'open-id.md': () => `## What it is {#what-it-is}\n\nA paragraph.\n\n## What it treats${SPACES}{#\n\nMore.\n`,
};

/** `executeServerCommand('validate-fhir', resource)`: FHIR R4 problems found in Node (test/fhir/validate-fhir.js). */
const validateFhirCommand = {
  name: 'validate-fhir',
  async executeCommand({ command, payload }) {
    if (command !== 'validate-fhir') return undefined;
    return (await import('./test/fhir/validate-fhir.js')).fhirProblems(payload);
  },
};

export default {
  files: ['test/**/*.test.ts', '!test/tooling/**', '!test/e2e/**'],
  nodeResolve: true,
  // Test-only content made on request, too big to keep in the repository.
  middleware: [
    function generated(context, next) {
      const name = context.path.replace(/^\/test\/generated\//, '');
      const fuzz = /^fuzz\/(\d+)\.md$/.exec(name);
      const make = fuzz ? () => hostileClinicPage(Number(fuzz[1])) : GENERATED[name];
      if (!context.path.startsWith('/test/generated/') || !make) return next();
      context.type = 'text/markdown';
      context.body = make();
      return undefined;
    },
    faults,
    trust,
  ],
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), validateFhirCommand],
  // Chromium unless BROWSERS names others (chromium,firefox,webkit): scripts/engines.js.
  browsers: launchers(process.env.BROWSERS),
  testsFinishTimeout: timeouts.file,
  testFramework: { config: { timeout: timeouts.test } },
};
