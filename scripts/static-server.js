// Serves the package folder on localhost (demo pages, built files, content).
// Used by `npm start` and by the end-to-end tests.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';

/**
 * Pages under test/hosts/csp/ are served with the strictest policy a clinic
 * or portal might use, Trusted Types included, to prove painkit works there.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
  "base-uri 'none'; require-trusted-types-for 'script'; trusted-types painkit lit-html dompurify 'allow-duplicates'";

function strictCsp(context, next) {
  if (context.path.startsWith('/test/hosts/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
  return next();
}

/** /test/hosts/copy/… serves dist/… again: a second copy of painkit on one page, for the double-registration test. */
function secondCopy(context, next) {
  if (context.path.startsWith('/test/hosts/copy/')) context.url = context.url.replace('/test/hosts/copy/', '/dist/');
  return next();
}

async function start(port, rootDir, plugins) {
  const server = await startDevServer({
    config: { rootDir, port, hostname: '127.0.0.1', nodeResolve: false, middleware: [strictCsp, secondCopy], plugins },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const address = server.server?.address();
  return {
    origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    stop: async () => {
      await server.stop();
    },
  };
}

/** Whether a TCP port on localhost is free to listen on. */
const isFree = (port) =>
  new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port);
  });

/**
 * Starts on `port`, or on any free port when that one is taken (or 0); serves `rootDir` (default: the package folder),
 * with extra @web/dev-server `plugins` if given (the end-to-end tests add their page recorder).
 */
export async function serveRoot(port = 0, rootDir = '.', plugins = []) {
  return start(port && (await isFree(port)) ? port : 0, rootDir, plugins);
}
