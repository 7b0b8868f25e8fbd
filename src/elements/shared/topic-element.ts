import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { ClinicController } from '../../clinic/clinic-config.js';
import { resolveContentBase } from '../../content/content-base.js';
import { ContentError } from '../../content/content-error.js';
import { loadTopic, type LoadedTopic } from '../../content/load-topic.js';
import { otherTopicsForCode } from '../../content/same-code.js';
import { isWithheld } from './approval.js';
import { clean } from './clean.js';
import { GlossaryWords } from './glossary-words.js';
import { isUnreviewed, PainElement } from './pain-element.js';
import { printButton } from './print-button.js';
import { sameCodeNotice } from './same-code.js';
import { givenKey, type GivenTopic } from './given-topic.js';

/**
 * What every element that shows one topic shares: which topic (`topic`,
 * `code` or `src`); loading it, with its interface text, without ever
 * showing stale content; and what the reader sees while it loads or when it
 * fails. Subclasses render a loaded topic in `renderTopic()`.
 */
export abstract class PainTopicElement extends PainElement {
  /** Topic slug, e.g. `radiofrequency-ablation`. */
  @property({ reflect: true }) topic = '';

  /** A CPT or SNOMED CT procedure code; used when `topic` is empty. */
  @property({ reflect: true }) code = '';

  /** URL of a clinic's own Markdown file, shown instead of built-in content. */
  @property({ reflect: true }) src = '';

  /** @internal */
  protected readonly clinic = new ClinicController(this);

  /** The glossary words in the topic's text. @internal */
  protected readonly glossaryWords = new GlossaryWords(this, this.localize, (error, id) => this.reportError(error, id));

  /**
   * A topic rendered with this element on a server (`painkit/ssr`): shown at
   * once and never fetched. The server sets it; in the browser it is read
   * from the element's declarative shadow root.
   * @internal
   */
  given?: GivenTopic;

  /** What the server rendered into the shadow root, removed when this element first renders there itself. */
  private serverNodes: ChildNode[] = [];

  /** The given topic, when it is the one this element is now asked for. */
  private get givenNow(): LoadedTopic | undefined {
    const { given } = this;
    return given && given.key === givenKey(clean(this.topic), clean(this.code), clean(this.src), this.localize.lang)
      ? given.loaded
      : undefined;
  }

  /** @internal */
  protected readonly content = new Task(this, {
    task: (args, { signal }) => this.arrived(this.load(args, signal)),
    args: () => [this.contentBase, clean(this.topic), clean(this.code), clean(this.src), this.localize.lang] as const,
    onComplete: (loaded) => void this.announceLoaded(loaded),
    onError: (error) => this.reportError(error, this.topic || this.code || this.src || undefined),
  });

  /** The topic these arguments ask for: the one the server gave, the clinic's Markdown (`src`) or the content folder's. */
  private async load(
    [base, topic, code, src, lang]: readonly [string, string, string, string, string],
    signal: AbortSignal,
  ): Promise<LoadedTopic> {
    await this.localize.ready();
    const given = this.givenNow;
    if (given) return given;
    if (src) {
      const { loadClinicMarkdown } = await import('../../markdown/clinic-markdown.js');
      return loadClinicMarkdown(new URL(src, document.baseURI).href, lang, signal);
    }
    const root = resolveContentBase(base);
    const loaded = await loadTopic({ base: root, topic, code, locale: lang });
    if (topic || !code) return loaded;
    const others = await otherTopicsForCode(root, code, loaded.chunk.slug, lang).catch((error: unknown) => {
      console.warn(`painkit: could not list the other topics for code ${code}:`, error);
      return [];
    });
    return others.length ? { ...loaded, sameCode: { code, topics: others } } : loaded;
  }

  /** The topic version last reported as withheld, so that `pain-error` fires once for it. */
  private reportedWithheld = '';

  private async announceLoaded(loaded: LoadedTopic): Promise<void> {
    await this.taskRendered();
    const { chunk, requestedLocale, fallback } = loaded;
    if (!this.withheld(loaded))
      this.emit('pain-topic-loaded', { topic: chunk.slug, locale: chunk.locale, requestedLocale, fallback });
  }

  /** Whether the clinic's `approved-only` withholds a loaded topic (never the clinic's own `src` Markdown). */
  private withheld({ chunk }: LoadedTopic): boolean {
    return !clean(this.src) && isWithheld(chunk);
  }

  /** Why a topic is withheld, for the reader and for `pain-error`. */
  private notApproved({ chunk }: LoadedTopic): ContentError {
    return new ContentError(
      'not-approved',
      `"${chunk.slug}" (${chunk.locale}) has no current approval and the clinic shows only approved topics (approved-only)`,
    );
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // Lit renders before what the server put there (renderBefore); see update().
    this.serverNodes = [...root.childNodes];
    return root;
  }

  /**
   * A server-rendered element first gets its interface text and the topic
   * data the server left (made safe: see `serverTopic`), so that its first
   * render says what the server's did.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.serverNodes.length) return super.scheduleUpdate();
    const given = import('./server-topic.js').then(
      async ({ serverTopic }) => (this.given ??= await serverTopic(this)),
      // Without the take-over code the element fetches its topic; the server's text stays until it arrives.
      (error: unknown) =>
        console.warn(`[painkit] <${this.localName}>: could not take over the server rendering:`, error),
    );
    return Promise.all([this.localize.ready(), given]).then(() => super.scheduleUpdate());
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    // Swapped in the same task as the render, so the reader never sees the change.
    if (!this.showsServerNodes) for (const node of this.serverNodes.splice(0)) node.remove();
  }

  /** Whether what the server rendered stays until content arrives (it came without its topic data). */
  private get showsServerNodes(): boolean {
    const waiting = this.content.status === TaskStatus.INITIAL || this.content.status === TaskStatus.PENDING;
    return this.serverNodes.length > 0 && waiting && !this.givenNow;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Checked after each render: the clinic's settings may arrive before or after the topic.
    const loaded = this.content.status === TaskStatus.COMPLETE ? this.content.value : undefined;
    const key =
      loaded && this.withheld(loaded) ? `${loaded.chunk.slug} ${loaded.chunk.locale} ${loaded.chunk.fingerprint}` : '';
    if (loaded && key && key !== this.reportedWithheld) this.reportError(this.notApproved(loaded), loaded.chunk.slug);
    this.reportedWithheld = key;
  }

  /**
   * Prints this element on its own (not the rest of the page), with the same
   * print design as `painkit handout`. Does nothing until content has loaded.
   */
  async print(): Promise<void> {
    const chunk = this.content.value?.chunk;
    if (!chunk) return;
    // The print code loads when the reader first prints.
    const { printElement } = await import('../../print/printable-html.js');
    await printElement(this, chunk.title, chunk.locale);
  }

  /**
   * The Print button (hidden when printing).
   * @internal
   */
  protected renderPrintButton() {
    return printButton(this.localize, () => void this.print());
  }

  /**
   * Renders a loaded topic.
   * @internal
   */
  protected abstract renderTopic(loaded: LoadedTopic): unknown;

  /**
   * Notices above a topic: shown in English for lack of a translation, or an
   * unreviewed translation; and the other topics a shared procedure code leads to.
   * @internal
   */
  protected renderTopicNotices({ chunk, requestedLocale, fallback, sameCode }: LoadedTopic) {
    return html`${this.renderNotices({
      locale: chunk.locale,
      requestedLocale,
      fallback,
      unreviewed: isUnreviewed(chunk.translation),
    })}${sameCodeNotice(sameCode, this.localize, (slug) => (this.topic = slug))}`;
  }

  private renderLoaded(loaded: LoadedTopic) {
    return this.withheld(loaded)
      ? this.renderError(this.notApproved(loaded), () => void this.content.run())
      : this.renderTopic(loaded);
  }

  override render() {
    const given = this.givenNow;
    const loading = () => (given ? this.renderLoaded(given) : this.showsServerNodes ? nothing : this.renderLoading());
    return this.content.render({
      initial: loading,
      pending: loading,
      complete: (loaded) => this.renderLoaded(loaded),
      error: (error) => this.renderError(error, () => void this.content.run()),
    });
  }
}
