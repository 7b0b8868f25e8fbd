import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ContentError } from '../../content/content-error.js';
import type { Translation } from '../../content/types.js';
import { PAIN_EVENTS, type PainEventDetail, type PainEventName } from '../../events.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { languageNameInSentence } from '../../i18n/language-name.js';
import { errorText, fallbackText, loadingText, retryText, unreviewedText } from './messages.js';
import { renderInTurn } from './render-turn.js';

/** Any failure as a ContentError; an unexpected one counts as damaged content. */
export const asContentError = (error: unknown): ContentError =>
  error instanceof ContentError ? error : new ContentError('malformed', String(error));

/** Whether a translation still waits for a qualified medical reviewer. */
export const isUnreviewed = (translation: Pick<Translation, 'status'> | undefined): boolean =>
  translation?.status === 'draft' || translation?.status === 'machine';

/** What the notices above content need to know. */
export interface NoticeState {
  /** The locale of the content shown. */
  locale: string;
  /** The locale the reader asked for. */
  requestedLocale: string;
  /** True when the content is shown in the source language because the reader's has none. */
  fallback: boolean;
  /** True when the content is a translation no medical reviewer has checked. */
  unreviewed: boolean;
}

/**
 * What every painkit element shares, so an element's own file holds only
 * what is its own: its language (`lang`, `dir`) and interface text
 * (`this.localize`), theme, text size and content base; typed events; one
 * way to report problems (a console warning and `pain-error`); and the
 * loading, error and notice views.
 */
export abstract class PainElement extends LitElement {
  /**
   * BCP 47 language, e.g. `es` or `es-MX`. Without it the element speaks the
   * nearest `lang` up the tree (also across shadow roots), then the
   * document's, then English; a language chosen with `<pain-language-picker>`
   * wins over all of them.
   */
  @property({ reflect: true }) override lang!: string;

  /** `ltr` or `rtl` to set the interface's direction; by default it follows the interface language. */
  @property({ reflect: true }) override dir!: string;

  /** `dark`, or `auto` to follow the reader's system setting; light when not set. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | '' = '';

  /** `large` for bigger text. */
  @property({ attribute: 'text-size', reflect: true }) textSize: 'large' | '' = '';

  /** URL of a folder of compiled content (from `painkit build-content`). Defaults to the content shipped beside painkit. */
  @property({ attribute: 'content-base', reflect: true }) contentBase = '';

  /**
   * The element's resolved language and its interface text (`this.localize.msg(…)`).
   * @internal
   */
  protected readonly localize = new LocalizeController(this);

  /**
   * The interface's direction: `dir` when set, else that of the interface language.
   * @internal
   */
  protected get uiDir(): 'ltr' | 'rtl' {
    return this.dir === 'rtl' || this.dir === 'ltr' ? this.dir : this.localize.dir;
  }

  /** Whether the next update shows content that has just arrived (see `arrived`). */
  private showsArrival = false;

  /**
   * `work`'s result, whose render then takes its turn among other elements' (see `renderInTurn`):
   * for what an element's `Task` loads, so that a page of elements whose content arrives at once
   * renders it in several short tasks.
   * @internal
   */
  protected async arrived<T>(work: Promise<T>): Promise<T> {
    const result = await work;
    this.showsArrival = true;
    return result;
  }

  /** An update that shows content that has just arrived renders in its turn; any other at once. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.showsArrival) return super.scheduleUpdate();
    this.showsArrival = false;
    return renderInTurn(() => super.scheduleUpdate());
  }

  /**
   * Resolves once the render that shows a just-completed `Task` (`@lit/task`) is on screen: the task
   * asks for that render after its `onComplete` returns, so `updateComplete` is read a microtask later.
   * @internal
   */
  protected async taskRendered(): Promise<void> {
    await Promise.resolve();
    await this.updateComplete;
  }

  /**
   * Dispatches a painkit event (bubbling, composed) with a typed detail.
   * @internal
   */
  protected emit<K extends PainEventName>(name: K, detail: PainEventDetail<K>): void {
    const EventClass = PAIN_EVENTS[name] as new (detail: PainEventDetail<K>) => CustomEvent;
    const event = new EventClass(detail);
    this.dispatchEvent(event);
  }

  /**
   * Tells developers what went wrong: a console warning and a `pain-error`
   * event. The reader is told by `renderError()`, or not at all where the
   * element can go on without it (an unknown glossary word shows the word).
   * @internal
   */
  protected reportError(error: unknown, topic?: string): void {
    const failure = asContentError(error);
    console.warn(`[painkit] <${this.localName}>: ${failure.message}`);
    this.emit('pain-error', { code: failure.code, topic, locale: this.localize.lang, message: failure.message });
  }

  /**
   * The placeholder shown while content loads: announced, and as tall as the content it stands for.
   * @internal
   */
  protected renderLoading(): unknown {
    return html`<div part="loading" class="loading" role="status">
      <span class="visually-hidden" lang=${this.localize.locale}>${loadingText(this.localize)}</span>
      <div class="skeleton title"></div>
      <div class="skeleton line"></div>
      <div class="skeleton line"></div>
      <div class="skeleton line short"></div>
    </div>`;
  }

  /**
   * What the reader sees when content cannot be shown; after a network failure, a "Try again" button runs `retry`.
   * `text` replaces the standard wording when an element can say more precisely what went wrong.
   * @internal
   */
  protected renderError(
    error: unknown,
    retry: () => void,
    text: { title: string; body: string } = errorText(this.localize, asContentError(error).code),
  ): unknown {
    const { code } = asContentError(error);
    return html`<div part="error" class="error box" role="alert" lang=${this.localize.locale} dir=${this.uiDir}>
      <p class="error-title"><strong>${text.title}</strong></p>
      <p>${text.body}</p>
      ${
        code === 'network'
          ? html`<button type="button" part="retry-button" @click=${retry}>${retryText(this.localize)}</button>`
          : nothing
      }
    </div>`;
  }

  /**
   * Notices above content: shown in English for lack of a translation, or an unreviewed translation.
   * @internal
   */
  protected renderNotices({ locale, requestedLocale, fallback, unreviewed }: NoticeState): unknown {
    const t = this.localize;
    const name = (code: string) => languageNameInSentence(t.locale, code);
    const notices = [
      fallback ? fallbackText(t, name(requestedLocale), name(locale)) : '',
      unreviewed ? unreviewedText(t) : '',
    ].filter(Boolean);
    return notices.length
      ? html`<div part="notice" class="notice box" role="note" lang=${t.locale} dir=${this.uiDir}>
          ${notices.map((notice) => html`<p>${notice}</p>`)}
        </div>`
      : nothing;
  }
}
