// Serves the package folder on localhost (demo pages, built files, content).
// Used by `npm start` and by the end-to-end tests.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';

async function start(port) {
  const server = await startDevServer({
    config: { rootDir: '.', port, hostname: '127.0.0.1', nodeResolve: false },
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

/** Starts on `port`, or on any free port when that one is taken (or 0). */
export async function serveRoot(port = 0) {
  return start(port && (await isFree(port)) ? port : 0);
}
