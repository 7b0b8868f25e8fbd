/* global window, document, getComputedStyle, ShadowRoot */
// What the audit tests (test/e2e/audit.test.ts) look at in a page, as a
// reader meets it: keyboard focus, boxes on the screen and roles, through
// shadow roots, never by painkit's tag names. Installed before every page
// script with Playwright's addInitScript({ path }), so it runs untransformed
// and its helpers may call each other; the tests reach it as
// window.__painkitAudit.
(() => {
  /** The element that has keyboard focus, through shadow roots (null when nothing has). */
  const focused = () => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el === document.body ? null : el;
  };

  /** The node's parent in the flat tree (slots and shadow roots followed, as the screen shows them). */
  const flatParent = (node) => {
    if (node.assignedSlot) return node.assignedSlot;
    const parent = node.parentNode;
    return parent instanceof ShadowRoot ? parent.host : parent;
  };

  /** Whether `inner` is `outer` or inside it in the flat tree. */
  const within = (inner, outer) => {
    for (let node = inner; node; node = flatParent(node)) if (node === outer) return true;
    return false;
  };

  /** Every element matching `selector`, through shadow roots, in document order. */
  const deepAll = (selector, root = document) => {
    const found = [];
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) found.push(...deepAll(selector, el.shadowRoot));
    }
    return found;
  };

  /** The innermost element painted at (x, y), through shadow roots. */
  const deepElementFromPoint = (x, y) => {
    let hit = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  };

  /** The nearest `lang` and `dir` in the flat tree, as a screen reader resolves them. */
  const languageOf = (el) => {
    let lang = null;
    let dir = null;
    for (let node = el; node && (lang === null || dir === null); node = flatParent(node)) {
      if (!(node instanceof window.Element)) continue;
      if (lang === null && node.hasAttribute('lang')) lang = node.getAttribute('lang');
      if (dir === null && node.hasAttribute('dir')) dir = node.getAttribute('dir');
    }
    return { lang, dir, direction: getComputedStyle(el).direction };
  };

  const clean = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

  /** "pain-library > a "Epidural steroid injection"": the hosts around it, its tag or role, its text. */
  const describe = (el) => {
    const hosts = [];
    for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
      hosts.unshift(root.host.localName);
    const role = el.getAttribute('role');
    const name = clean(el.getAttribute('aria-label') || el.textContent).slice(0, 40);
    return [...hosts, `${el.localName}${role ? `[role=${role}]` : ''} "${name}"`].join(' > ');
  };

  /** A glossary word: an element that is not a <button> but has the button role and says whether it is expanded. */
  const isGlossaryWord = (el) =>
    el.localName !== 'button' && el.getAttribute('role') === 'button' && el.hasAttribute('aria-expanded');

  /** Points of each of the element's line boxes (centre and four inner points) that are inside the viewport. */
  const samplePoints = (el) => {
    const points = [];
    const { clientWidth, clientHeight } = document.documentElement;
    for (const r of el.getClientRects()) {
      if (r.width < 1 || r.height < 1) continue;
      for (const [fx, fy] of [
        [0.5, 0.5],
        [0.2, 0.25],
        [0.8, 0.25],
        [0.2, 0.75],
        [0.8, 0.75],
      ]) {
        const x = r.left + r.width * fx;
        const y = r.top + r.height * fy;
        if (x >= 0 && y >= 0 && x < clientWidth && y < clientHeight) points.push([x, y]);
      }
    }
    return points;
  };

  /**
   * Whether any other element covers the element at the sampled points: a
   * point is the element's own when what is painted there is the element,
   * something inside it, or something around it (the sentence a word sits in).
   */
  const coverage = (el) => {
    const points = samplePoints(el);
    const coveredBy = new Set();
    let own = 0;
    for (const [x, y] of points) {
      const hit = deepElementFromPoint(x, y);
      if (hit && (within(hit, el) || within(el, hit))) own++;
      else if (hit) coveredBy.add(describe(hit));
    }
    return { points: points.length, own, coveredBy: [...coveredBy] };
  };

  /**
   * How focus is drawn: an outline or a box shadow on the element or on an
   * element around it in the same shadow root (a card outlined when its
   * button has focus); null when there is none.
   */
  const focusIndicator = (el) => {
    for (let node = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      const on = node === el ? '' : ` on ${node.localName}${node.className ? `.${node.className}` : ''}`;
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
        return `outline ${style.outlineWidth} ${style.outlineStyle}${on}`;
      if (style.boxShadow !== 'none') return `box-shadow${on}`;
    }
    return null;
  };

  /** Each focus stop seen so far gets a number (0, 1, …), so that a walk can tell when it comes back. */
  const stopNumbers = new WeakMap();
  let stopsSeen = 0;

  /** What the reader meets at the current focus stop. */
  const stop = () => {
    const el = focused();
    if (!el) return null;
    if (!stopNumbers.has(el)) stopNumbers.set(el, stopsSeen++);
    const hosts = [];
    for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
      hosts.push(root.host.localName);
    return {
      id: stopNumbers.get(el),
      what: describe(el),
      hosts,
      glossaryWord: isGlossaryWord(el),
      expanded: el.getAttribute('aria-expanded'),
      indicator: focusIndicator(el),
      ...coverage(el),
      open: openDefinitions(),
    };
  };

  /** The box around an element and everything drawn inside it (an inline live region holds a positioned bubble). */
  const paintedBox = (el) => {
    const boxes = [el, ...el.querySelectorAll('*')]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 2 && r.height > 2);
    if (!boxes.length) return null;
    const left = Math.min(...boxes.map((r) => r.left));
    const right = Math.max(...boxes.map((r) => r.right));
    const top = Math.min(...boxes.map((r) => r.top));
    const bottom = Math.max(...boxes.map((r) => r.bottom));
    return { left, right, top, bottom };
  };

  /** Live regions the page showed before any glossary word was opened (a result count, say): not definitions. */
  const pageStatuses = new WeakSet();
  const markPageStatuses = () => {
    for (const el of deepAll('[role="status"]')) if (clean(el.textContent) && paintedBox(el)) pageStatuses.add(el);
  };

  /**
   * The definitions on screen: live regions (role="status") with text, drawn
   * bigger than a pixel (not a visually hidden announcement), that the page
   * did not already show when it had loaded.
   */
  const openDefinitions = () =>
    deepAll('[role="status"]')
      .filter((el) => !pageStatuses.has(el) && clean(el.textContent) !== '')
      .map((el) => ({ text: clean(el.textContent), box: paintedBox(el) }))
      .filter((d) => d.box !== null);

  /** The glossary words of the page, in document order (through shadow roots). */
  const glossaryWords = () => deepAll('[role="button"][aria-expanded]').filter(isGlossaryWord);

  window.__painkitAudit = {
    focused,
    deepAll,
    within,
    describe,
    languageOf,
    coverage,
    stop,
    openDefinitions,
    markPageStatuses,
    glossaryWords,
    isGlossaryWord,
  };
})();
