import type { MsgFn, MsgOptions, TemplateLike } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { elementLanguage } from './chosen-language.js';
import { watchLang } from './lang-observer.js';
import { directionOf, uiLocaleFor } from './locales.js';
import { isCatalogLoaded, loadCatalog, translate, type Localizer } from './localizer.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * An element's language and interface text. The language is the reader's
 * choice on this page (`<pain-language-picker>`), else the element's own
 * `lang`, else the nearest ancestor's (also across shadow roots), else the
 * document's, else `en`. The element re-renders when any of those change —
 * only that element, and those inside it. `msg()` answers in the element's
 * interface locale, from painkit's own catalog (see `Localizer`), loading it
 * on first use.
 */
export class LocalizeController implements ReactiveController, Localizer {
  private stop?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The resolved BCP 47 language tag (what content is asked for in). */
  get lang(): string {
    return elementLanguage(this.host);
  }

  /** The interface locale: the resolved language if painkit speaks it, else English. */
  get locale(): string {
    return uiLocaleFor(this.lang);
  }

  /** The interface's writing direction. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  /** @lit/localize's `msg()`, answering in this element's interface locale. */
  readonly msg: MsgFn = ((template: TemplateLike, options?: MsgOptions) =>
    translate(this.locale, template, options)) as MsgFn;

  /** Loads the interface text for the current language; the element re-renders when it arrives. */
  async ready(): Promise<void> {
    const locale = this.locale;
    if (isCatalogLoaded(locale)) return;
    await loadCatalog(locale);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.stop = watchLang({ element: this.host, changed: () => this.host.requestUpdate() });
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }

  hostUpdate(): void {
    if (!isCatalogLoaded(this.locale)) void this.ready();
  }
}
