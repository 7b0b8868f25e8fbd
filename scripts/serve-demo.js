#!/usr/bin/env node
// Serves the package folder on localhost and prints the demo page's URL.
// Run `npm start` (which builds first) rather than this file directly.
import { serveRoot } from './static-server.js';

const { origin } = await serveRoot(Number(process.env.PORT) || 8000);
console.log(`painkit demo: ${origin}/demo/index.html  (Spanish: /demo/es.html, every state: /demo/examples.html)`);
