import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: any `lang` change updates every element. */
function observe(): void {
  if (observer) return;
  observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Resolves the language an element should speak: its own `lang`, else the
 * nearest ancestor's, else the document's, else `en`; and re-renders the
 * element whenever any of those change.
 */
export class LangController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The resolved BCP 47 language tag. */
  get lang(): string {
    const owner = this.host.closest('[lang]') as HTMLElement | null;
    return owner?.lang || document.documentElement.lang || 'en';
  }

  hostConnected(): void {
    hosts.add(this.host);
    observe();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (!hosts.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
