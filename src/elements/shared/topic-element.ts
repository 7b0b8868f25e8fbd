import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { ClinicController } from '../../clinic/clinic-config.js';
import { resolveContentBase } from '../../content/content-base.js';
import { loadTopic, type LoadedTopic } from '../../content/load-topic.js';
import { PainTopicLoadedEvent } from '../../events.js';
import { LangController } from '../../i18n/lang-controller.js';
import { printElement } from '../../print/printable-html.js';
import { loadUiLocale, uiLocaleFor, withUiLocale } from '../../i18n/localization.js';
import { errorView, isUnreviewed, loadingView, noticesView, reportContentError } from './content-states.js';
import { printButton } from './print-button.js';

/** An attribute's value, trimmed; a removed attribute (null) reads as empty. */
const clean = (value: string | null | undefined): string => (value ?? '').trim();

/**
 * What every content element shares: which topic (`topic`, `code` or `src`),
 * in which language, from where; loading it without ever showing stale
 * content; and the loading, error and fallback states. Subclasses render a
 * loaded topic in `renderTopic()`.
 */
export abstract class PainTopicElement extends LitElement {
  /** Topic slug, e.g. `radiofrequency-ablation`. */
  @property({ reflect: true }) topic = '';

  /** A CPT or SNOMED CT procedure code; used when `topic` is empty. */
  @property({ reflect: true }) code = '';

  /** URL of a clinic's own Markdown file, shown instead of built-in content. */
  @property({ reflect: true }) src = '';

  /** `dark`, or `auto` to follow the reader's system setting; light when not set. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | '' = '';

  /** `large` for bigger text. */
  @property({ attribute: 'text-size', reflect: true }) textSize: 'large' | '' = '';

  /** URL of a folder of compiled content (from `painkit build-content`). Defaults to the content shipped beside painkit. */
  @property({ attribute: 'content-base', reflect: true }) contentBase = '';

  /** @internal */
  protected readonly langs = new LangController(this);

  /** @internal */
  protected readonly clinic = new ClinicController(this);

  /** @internal */
  protected readonly content = new Task(this, {
    task: async ([base, topic, code, src, lang], { signal }): Promise<LoadedTopic> => {
      await loadUiLocale(uiLocaleFor(lang));
      if (src) {
        const { loadClinicMarkdown } = await import('../../markdown/clinic-markdown.js');
        return loadClinicMarkdown(new URL(src, document.baseURI).href, lang, signal);
      }
      return loadTopic({ base: resolveContentBase(base), topic, code, locale: lang });
    },
    args: () => [this.contentBase, clean(this.topic), clean(this.code), clean(this.src), this.langs.lang] as const,
    onComplete: (loaded) => void this.announceLoaded(loaded),
    onError: (error) => this.reportError(error),
  });

  /**
   * The interface locale in use: the resolved `lang` if painkit speaks it, else English.
   * @internal
   */
  protected get uiLocale(): string {
    return uiLocaleFor(this.langs.lang);
  }

  protected override update(changed: PropertyValues): void {
    withUiLocale(this.uiLocale, () => super.update(changed));
  }

  private async announceLoaded({ chunk, requestedLocale, fallback }: LoadedTopic): Promise<void> {
    await this.updateComplete;
    this.dispatchEvent(
      new PainTopicLoadedEvent({ topic: chunk.slug, locale: chunk.locale, requestedLocale, fallback }),
    );
  }

  private reportError(error: unknown): void {
    reportContentError(this, error, {
      topic: this.topic || this.code || this.src || undefined,
      locale: this.langs.lang,
    });
  }

  /**
   * Prints this element on its own (not the rest of the page), with the same
   * print design as `painkit handout`. Does nothing until content has loaded.
   */
  async print(): Promise<void> {
    const chunk = this.content.value?.chunk;
    if (chunk) await printElement(this, chunk.title, chunk.locale);
  }

  /** The Print button (hidden when printing). */
  protected renderPrintButton() {
    return printButton(this.uiLocale, () => void this.print());
  }

  /** Renders a loaded topic. */
  protected abstract renderTopic(loaded: LoadedTopic): unknown;

  protected renderLoading() {
    return loadingView();
  }

  protected renderError(error: unknown) {
    return errorView(error, this.uiLocale, () => this.content.run());
  }

  /** Notices above the content: shown in English for lack of a translation, or an unreviewed translation. */
  protected renderNotices({ chunk, requestedLocale, fallback }: LoadedTopic) {
    return noticesView(
      { locale: chunk.locale, requestedLocale, fallback, unreviewed: isUnreviewed(chunk.translation) },
      this.uiLocale,
    );
  }

  override render() {
    return this.content.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (loaded) => this.renderTopic(loaded),
      error: (error) => this.renderError(error),
    });
  }
}
