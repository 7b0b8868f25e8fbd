/**
 * Watches `lang` attributes for painkit elements: in the document and inside
 * every shadow root an element sits in, so an element nested in another
 * component's shadow tree follows its ancestors there. A change re-renders
 * only the elements at or below the element whose `lang` changed.
 */

/** Something that re-renders on request (a painkit element). */
interface Listener {
  readonly element: Element;
  changed(): void;
}

interface Watch {
  observer: MutationObserver;
  listeners: Set<Listener>;
}

const watches = new Map<Node, Watch>();
const everyone = new Set<Listener>();

/** The parent of a node, stepping from a shadow root to its host. */
const parentOf = (node: Node): Node | null => (node as ShadowRoot).host ?? node.parentNode;

/** Whether `ancestor` is `node` or contains it, across shadow-root boundaries. */
function isAtOrAbove(ancestor: Node, node: Node): boolean {
  for (let current: Node | null = node; current; current = parentOf(current)) if (current === ancestor) return true;
  return false;
}

/** The document and every shadow root between it and `element`. */
function rootsOf(element: Element): Node[] {
  const roots: Node[] = [];
  for (let root = element.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    roots.push(root);
    if (!(root instanceof ShadowRoot)) return roots;
  }
}

/**
 * The language in effect for `element`: its own non-empty `lang`, else the
 * nearest ancestor's, crossing shadow-root boundaries, else the document's,
 * else `en`. Written without DOM classes (`instanceof Element`), so that it
 * also answers on a server, where an element knows only its own attributes.
 */
export function inheritedLang(element: Element): string {
  for (let node: Node | null = element; node; node = parentOf(node)) {
    const lang = (node as Partial<Element>).getAttribute?.('lang')?.trim();
    if (lang) return lang;
  }
  // No document when rendering on a server (painkit/ssr).
  return globalThis.document?.documentElement.lang || 'en';
}

function notify(records: MutationRecord[], listeners: Set<Listener>): void {
  const targets = new Set(records.map((r) => r.target));
  for (const listener of listeners) {
    if ([...targets].some((target) => isAtOrAbove(target, listener.element))) listener.changed();
  }
}

/** Starts watching for `listener`; returns what stops it. */
export function watchLang(listener: Listener): () => void {
  const roots = rootsOf(listener.element);
  everyone.add(listener);
  for (const root of roots) {
    let watch = watches.get(root);
    if (!watch) {
      const listeners = new Set<Listener>();
      const observer = new MutationObserver((records) => notify(records, listeners));
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      watch = { observer, listeners };
      watches.set(root, watch);
    }
    watch.listeners.add(listener);
  }
  return () => {
    everyone.delete(listener);
    for (const root of roots) {
      const watch = watches.get(root);
      if (!watch) continue;
      watch.listeners.delete(listener);
      if (!watch.listeners.size) {
        watch.observer.disconnect();
        watches.delete(root);
      }
    }
  };
}

/** Re-renders every watching element (the reader chose a language for the whole page). */
export const notifyAll = (): void => everyone.forEach((listener) => listener.changed());
