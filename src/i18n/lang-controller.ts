import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;
let chosen: string | undefined;

const updateAll = () => hosts.forEach((host) => host.requestUpdate());

/** One observer for the whole page: any `lang` change updates every element. */
function observe(): void {
  if (observer) return;
  observer = new MutationObserver(updateAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * The language the reader chose (with `<pain-language-picker>`), which every
 * painkit element on the page then speaks; `undefined` to go back to each
 * element's own `lang`.
 */
export function setChosenLanguage(lang: string | undefined): void {
  chosen = lang || undefined;
  updateAll();
}

/** The language the reader chose on this page, if any. */
export const chosenLanguage = (): string | undefined => chosen;

/**
 * Resolves the language an element should speak: the reader's choice on this
 * page, else its own `lang`, else the nearest ancestor's, else the
 * document's, else `en`; and re-renders the element whenever any of those
 * change.
 */
export class LangController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The resolved BCP 47 language tag. */
  get lang(): string {
    if (chosen) return chosen;
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
