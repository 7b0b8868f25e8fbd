/* global window, document, performance, MutationObserver, PerformanceObserver, Element, requestAnimationFrame, setTimeout */
// Runs in the benchmarked page before any of its own scripts (Playwright's
// addInitScript), so every figure starts at navigation start.

/**
 * Records, in `window.__bench`: `contentAt` (performance.now() when `marker`
 * is in the rendered tree `count` times, shadow roots included), `paintedAt`
 * (when the first frame with it in the tree has been drawn), the long tasks'
 * durations and the layout-shift score.
 */
export function observePage({ marker, count }) {
  const bench = { contentAt: undefined, paintedAt: undefined, longTasks: [], layoutShift: 0 };
  window.__bench = bench;
  const roots = new Set();
  const options = { childList: true, subtree: true, characterData: true };

  const occurrences = (text) => (text ? text.split(marker).length - 1 : 0);
  // The marker in a tree's text but not in its scripts: painkit/ssr writes the topic's data into one.
  const shown = (root) =>
    root
      ? [...root.querySelectorAll('script')].reduce(
          (sum, script) => sum - occurrences(script.textContent),
          occurrences(root.textContent),
        )
      : 0;
  // Declarative shadow roots (painkit/ssr) come from the parser, not from attachShadow(), and make
  // no mutation record of their own: each is attached, whole, when the parser reaches the end of its
  // template, so the parser's next record finds it. Whether that found one not seen before.
  const parsedRoots = () => {
    const before = roots.size;
    for (const host of document.querySelectorAll('pain-procedure')) if (host.shadowRoot) roots.add(host.shadowRoot);
    return roots.size > before;
  };
  const total = () => {
    parsedRoots();
    return [...roots].reduce((sum, root) => sum + shown(root), shown(document.body));
  };
  const check = () => {
    if (bench.contentAt === undefined && total() >= count) {
      bench.contentAt = performance.now();
      observer.disconnect();
    }
  };
  const mentions = (record) =>
    record.type === 'characterData'
      ? record.target.data.includes(marker)
      : [...record.addedNodes].some((node) => node.textContent?.includes(marker) || node.shadowRoot);
  const observer = new MutationObserver((records) => {
    // Counted once there are as many roots as elements (not at each of 50 roots: the count reads all their text).
    if ((parsedRoots() && roots.size >= count) || records.some(mentions)) check();
  });
  observer.observe(document, options);

  // Shadow roots are outside the document's tree: watch each one as it is made.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    roots.add(root);
    if (bench.contentAt === undefined) observer.observe(root, options);
    return root;
  };
  // A text node the parser split in two is found at the latest on load.
  window.addEventListener('load', check);
  // The last declarative shadow root, when nothing is parsed after it, is found at the latest when
  // the next frame is drawn. The first frame whose animation-frame callbacks run with the
  // content in the tree draws it: they run before that frame's style, layout and paint, and a task
  // they post runs once those are done.
  const everyFrame = () => {
    check();
    if (bench.contentAt === undefined) requestAnimationFrame(everyFrame);
    else setTimeout(() => (bench.paintedAt = performance.now()));
  };
  requestAnimationFrame(everyFrame);

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}
