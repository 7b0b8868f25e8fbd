#!/usr/bin/env node
// Serves the package folder on localhost and prints the demo page's URL.
// Run `npm start` (which builds first) rather than this file directly.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT) || 8000;
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port: actual } = server.config;
console.log(
  `painkit demo: http://127.0.0.1:${actual}/demo/index.html  (Spanish: /demo/es.html, every state: /demo/examples.html)`,
);
