// Runs first on every host page the end-to-end tests open (the test server
// adds it to the page's <head>; see test/e2e/engines.ts), in every engine:
// WebKit's WebDriver has no console or error events, so the page records
// them itself. A classic script from the page's own origin, allowed by the
// strict CSP; it touches no Trusted Types sink.
/* global window, document, performance */
(() => {
  const record = { violations: [], errors: [], console: [] };
  window.__painkitRecord = record;
  // Every request the page makes is read back from resource timing.
  performance.setResourceTimingBufferSize(10_000);
  document.addEventListener('securitypolicyviolation', (e) =>
    record.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
  );
  window.addEventListener('error', (e) => record.errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => record.errors.push(`unhandled rejection: ${e.reason}`));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => {
      record.console.push(`${level}: ${args.map(String).join(' ')}`);
      original.apply(console, args);
    };
  }
})();
