import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { loadConditionForCode, UnknownConditionCodeError } from '../../content/condition-code.js';
import { resolveContentBase } from '../../content/content-base.js';
import { loadIndex, type IndexedTopic, type LoadedIndex } from '../../content/load-index.js';
import type { TopicKind } from '../../content/types.js';
import { BODY_AREAS } from '../../content/vocabulary.js';
import { directionOf } from '../../i18n/locales.js';
import { languageName } from '../../i18n/language-name.js';
import { contentStyles } from '../../styles/content.js';
import { baseStyles } from '../../styles/tokens.js';
import { clampLevel, heading } from '../shared/heading.js';
import { unknownConditionCodeText } from '../shared/messages.js';
import { isUnreviewed, PainElement } from '../shared/pain-element.js';
import { clean } from '../shared/clean.js';
import {
  allBodyAreasText,
  allConditionsText,
  backText,
  bodyAreaLabelText,
  bodyAreaText,
  clearText,
  conditionLabelText,
  groupTitleText,
  noResultsBodyText,
  noResultsTitleText,
  resultCountText,
  searchLabelText,
} from './library-messages.js';
import { libraryStyles } from './library.styles.js';

/** The groups of the library, in this order. */
const GROUPS: readonly TopicKind[] = ['procedure', 'therapy', 'condition'];

/** Parts of the opened `<pain-procedure>` that page authors can style through the library, as `topic-<part>`. */
const TOPIC_PARTS = ['article', 'title', 'section', 'red-flags', 'timeline', 'footer', 'notice', 'loading', 'error']
  .map((name) => `${name}: topic-${name}`)
  .join(', ');

/**
 * Text folded for searching: decomposed (NFD), combining marks removed, lower
 * case, spaces collapsed. "Inyección" and "INYECCION" both become "inyeccion".
 */
export const foldForSearch = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The topic slug in a `#topic=<slug>` address, if any. */
const topicInHash = (): string | undefined =>
  new URLSearchParams(location.hash.slice(1)).get('topic')?.trim() || undefined;

/** Adds a history entry whose address opens `slug` (or, without one, the list). */
function pushTopicHash(slug: string | undefined): void {
  history.pushState(
    history.state,
    '',
    slug ? `#topic=${encodeURIComponent(slug)}` : location.pathname + location.search,
  );
}

/** One filter drop-down, part `<name>-select`: "all" first, then the choices (content in its own language). */
function filterSelect(filter: {
  name: string;
  label: string;
  all: string;
  value: string;
  choices: { value: string; label: string; lang?: string }[];
  choose: (value: string) => void;
}) {
  return html`<div class="field">
    <label for=${filter.name}>${filter.label}</label>
    <select
      id=${filter.name}
      part="${filter.name}-select"
      @change=${(e: Event) => filter.choose((e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!filter.value}>${filter.all}</option>
      ${filter.choices.map(
        (choice) =>
          html`<option
            value=${choice.value}
            lang=${choice.lang ?? nothing}
            dir=${choice.lang ? directionOf(choice.lang) : nothing}
            ?selected=${choice.value === filter.value}
          >
            ${choice.label}
          </option>`,
      )}
    </select>
  </div>`;
}

/**
 * Browse every topic, grouped by kind (procedures, parts of a care plan,
 * conditions); filter by condition or by where it hurts; search titles and
 * summaries; open a topic in place and go back.
 *
 * Only the small per-locale index (`<locale>/index.json`) loads up front;
 * a topic's content loads when it is opened, in a `<pain-procedure>` inside
 * the library. The index follows the same language rule as topics: the
 * reader's language, a less specific one (`es-MX` → `es`), or English with
 * a notice. Topics not translated yet are listed in English, marked with
 * their language.
 *
 * - **Search** matches every word typed against each topic's title and
 *   summary in the language shown, ignoring case and accents ("inyeccion"
 *   finds "Inyección epidural").
 * - **Condition** lists the condition pages of the index. Choosing one shows
 *   that condition's page and every topic that helps it (the topic names the
 *   condition, or the condition's page names the topic).
 * - **Where it hurts** lists the body areas the topics use; choosing one shows
 *   the topics for that area.
 * - The number of topics shown is announced politely as it changes; when
 *   nothing matches, a message and a button that clears the search and filters.
 * - **Opening** a topic (a card's title button) replaces the list with the
 *   topic and a "Back to all topics" button, which gets focus. Going back
 *   shows the list as it was and puts focus back on the topic's card.
 * - **Deep links** (only with `deep-link`): on load, an address ending in
 *   `#topic=<slug>` opens that topic; opening and closing add history entries
 *   (`#topic=<slug>`, then the address without it), so the browser's Back
 *   button goes back to the list and a clinic can link to one topic. Without
 *   `deep-link` the library never reads or changes the address, so two
 *   libraries, or a page that uses its own `#…` anchors, are not disturbed.
 *
 * The registration module (`pain-library.js`) also registers `<pain-procedure>`.
 *
 * @tagname pain-library
 * @summary Browse, filter and search every topic, and open one in place.
 *
 * @fires pain-topic-open - The library opened a topic: the reader chose a card, or followed a deep link. `detail`: `{ topic, locale }` (`locale` is the language asked for).
 * @fires pain-topic-loaded - An opened topic was loaded and rendered (from the inner `<pain-procedure>`). `detail`: `{ topic, locale, requestedLocale, fallback }`.
 * @fires pain-error - The index or an opened topic could not be shown. `detail`: `{ code, topic, locale, message }`.
 *
 * @csspart loading - The placeholder shown while the index loads.
 * @csspart error - The message shown when the index cannot be loaded.
 * @csspart retry-button - The "Try again" button after a network failure.
 * @csspart notice - Notices above the list (shown in English; unreviewed translation).
 * @csspart controls - The search box and the two filters.
 * @csspart search - The search box.
 * @csspart condition-select - The condition filter.
 * @csspart body-area-select - The "Where it hurts" filter.
 * @csspart status - The number of topics shown.
 * @csspart groups - All groups of topics.
 * @csspart group - Each group.
 * @csspart group-<kind> - One group, by kind: `group-procedure`, `group-therapy`, `group-condition`.
 * @csspart group-title - The heading of each group.
 * @csspart card - Each topic in a list.
 * @csspart card-button - The title of each topic, a button that opens it.
 * @csspart card-summary - The summary of each topic.
 * @csspart no-results - The message shown when nothing matches.
 * @csspart clear-button - The button that clears the search and filters.
 * @csspart topic - The opened topic and its back buttons.
 * @csspart back-button - The "Back to all topics" buttons.
 * @csspart procedure - The `<pain-procedure>` that shows the opened topic; its parts are exported as `topic-article`, `topic-title`, `topic-section`, `topic-red-flags`, `topic-timeline`, `topic-footer`, `topic-notice`, `topic-loading` and `topic-error`.
 *
 * @cssprop --pain-color-text - Body text color.
 * @cssprop --pain-color-background - Background of the element.
 * @cssprop --pain-color-accent - Accent color: buttons, card borders on hover, notice border.
 * @cssprop --pain-color-on-accent - Text on accent-colored buttons.
 * @cssprop --pain-color-link - Color of the topic titles.
 * @cssprop --pain-color-focus - Focus outline color.
 * @cssprop --pain-color-border - Card borders.
 * @cssprop --pain-color-input-border - Borders of the search box and the filters.
 * @cssprop --pain-color-field - Background of the search box and the filters.
 * @cssprop --pain-color-field-text - Text of the search box and the filters.
 * @cssprop --pain-color-notice-background - Background of notices and of the "no results" message.
 * @cssprop --pain-color-danger - Border of errors.
 * @cssprop --pain-color-error-background - Background of errors.
 * @cssprop --pain-color-skeleton - Placeholder bars while loading.
 * @cssprop --pain-font-family - Font family; unset, the host page's font (inherited).
 * @cssprop --pain-font-size - Base font size; unset, the host page's size (`1em`). `text-size="large"` sets `1.25em`.
 * @cssprop --pain-heading-font-family - Font family of the titles and headings; unset, the element's font.
 * @cssprop --pain-heading-font-weight - Weight of the titles and headings.
 * @cssprop --pain-heading-color - Color of the titles and section headings; unset, the text color (the warning boxes keep their own).
 * @cssprop --pain-radius - Corner radius of cards, boxes, fields and buttons.
 * @cssprop --pain-space - Padding and gaps.
 * @cssprop --pain-card-min-width - Narrowest a card gets before the grid uses fewer columns (default `18rem`).
 * @cssprop --pain-loading-min-height - Space reserved while the index loads, so the page does not jump.
 */
export class PainLibrary extends PainElement {
  static override styles = [baseStyles, contentStyles, libraryStyles];

  /** Level of the group headings (1–6), so the library fits the page's outline; topic titles in the list are one level below, and an opened topic's title is at this level. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /** Read `#topic=<slug>` from the address on load, and add history entries when a topic is opened or closed. */
  @property({ attribute: 'deep-link', type: Boolean, reflect: true }) deepLink = false;

  /**
   * Condition filter: a condition slug, e.g. `sciatica`. The attribute
   * pre-selects it; the reader's choice updates the property. An unknown slug
   * is ignored with a console warning.
   */
  @property() condition = '';

  /**
   * An ICD-10-CM diagnosis code, e.g. `M48.061` (the dot may be left out):
   * pre-selects the condition it leads to, over `condition`. A code no
   * condition has shows a message above the whole list (`unknown-code`).
   */
  @property({ attribute: 'condition-code' }) conditionCode = '';

  /**
   * Body-area filter: `neck`, `upper-back`, `lower-back`, `buttock-hip`,
   * `arm`, `leg`, `knee`, `abdomen` or `whole-body`. The attribute
   * pre-selects it; the reader's choice updates the property. An unknown
   * area is ignored with a console warning.
   */
  @property({ attribute: 'body-area' }) bodyArea = '';

  /** What the reader typed in the search box. */
  @state() private query = '';

  /** The slug of the opened topic; the list shows when there is none. */
  @state() private opened?: string;

  /** Filter values already warned about, so each warning is printed once. */
  private readonly warned = new Set<string>();

  /** Search text of each topic, folded once per loaded index. */
  private readonly folded = new WeakMap<IndexedTopic, string>();

  /** Each loaded index's topics sorted by title in its language, once (every list below keeps this order). */
  private readonly sorted = new WeakMap<LoadedIndex, IndexedTopic[]>();

  /** @internal */
  protected readonly index = new Task(this, {
    task: async ([base, lang]): Promise<LoadedIndex> => {
      await this.localize.ready();
      return loadIndex({ base: resolveContentBase(base), locale: lang });
    },
    args: () => [this.contentBase, this.localize.lang] as const,
    onError: (error) => this.reportError(error),
  });

  /** @internal */
  protected readonly codeLookup = new Task(this, {
    task: async ([base, code]): Promise<string> => (code ? loadConditionForCode(resolveContentBase(base), code) : ''),
    args: () => [this.contentBase, clean(this.conditionCode)] as const,
    onComplete: (condition) => {
      if (condition) this.condition = condition;
    },
    onError: (error) => this.reportError(error),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const linked = changed.has('deepLink') && this.deepLink ? topicInHash() : undefined;
    if (linked && linked !== this.opened) {
      this.opened = linked;
      void this.updateComplete.then(() => this.announceOpen(linked));
    }
  }

  protected override updated(): void {
    if (this.index.value) this.warnAboutUnknownFilters(this.index.value);
  }

  private warnAboutUnknownFilters(index: LoadedIndex): void {
    const problems = [
      this.condition && !this.conditionPages(index).some((t) => t.slug === this.condition)
        ? `condition "${this.condition}" is not a condition in this content; showing every condition.`
        : '',
      this.bodyArea && !this.bodyAreas(index).includes(this.bodyArea)
        ? `body-area "${this.bodyArea}" is not a body area of any topic; showing every body area.`
        : '',
    ];
    for (const problem of problems) {
      if (!problem || this.warned.has(problem)) continue;
      this.warned.add(problem);
      console.warn(`[painkit] <pain-library>: ${problem}`);
    }
  }

  private readonly onHashChange = (): void => {
    if (!this.deepLink) return;
    const linked = topicInHash();
    if (linked && linked !== this.opened) void this.open(linked, { addHistory: false });
    else if (!linked && this.opened) void this.close({ addHistory: false, focus: this.matches(':focus-within') });
  };

  private announceOpen(topic: string): void {
    this.emit('pain-topic-open', { topic, locale: this.localize.lang });
  }

  /** Opens a topic in place of the list and moves focus to the back button. */
  private async open(slug: string, { addHistory }: { addHistory: boolean }): Promise<void> {
    this.opened = slug;
    if (addHistory && this.deepLink) pushTopicHash(slug);
    this.announceOpen(slug);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part~="back-button"]')?.focus();
  }

  /** Shows the list again; with `focus`, on the card of the topic that was open (or the search box). */
  private async close({ addHistory, focus }: { addHistory: boolean; focus: boolean }): Promise<void> {
    const slug = this.opened;
    this.opened = undefined;
    if (addHistory && this.deepLink) pushTopicHash(undefined);
    if (!focus) return;
    await this.updateComplete;
    const cards = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="card-button"]')];
    const target = cards.find((card) => card.dataset.topic === slug) ?? this.renderRoot.querySelector('input');
    target?.focus();
  }

  private clearFilters(): void {
    this.query = '';
    this.condition = '';
    this.bodyArea = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector('input')?.focus());
  }

  /** The index's topics sorted by title in the index's language. */
  private byTitle(index: LoadedIndex): IndexedTopic[] {
    let topics = this.sorted.get(index);
    if (!topics) {
      const collator = new Intl.Collator(index.locale);
      this.sorted.set(index, (topics = [...index.topics].sort((a, b) => collator.compare(a.title, b.title))));
    }
    return topics;
  }

  /** Condition pages of the index, sorted by title in the index's language. */
  private conditionPages(index: LoadedIndex): IndexedTopic[] {
    return this.byTitle(index).filter((t) => t.kind === 'condition');
  }

  /** Body areas any topic names, in the vocabulary's order (head to toe). */
  private bodyAreas(index: LoadedIndex): string[] {
    const used = new Set(index.topics.flatMap((t) => t.bodyAreas));
    return [...BODY_AREAS, ...used].filter((area, i, all) => used.has(area) && all.indexOf(area) === i);
  }

  /** The topics that pass the search and both filters, sorted by title. */
  private matching(index: LoadedIndex, condition: string, bodyArea: string): IndexedTopic[] {
    const words = foldForSearch(this.query).split(' ').filter(Boolean);
    const page = index.topics.find((t) => t.kind === 'condition' && t.slug === condition);
    return this.byTitle(index).filter((topic) => {
      if (
        condition &&
        topic.slug !== condition &&
        !topic.conditions.includes(condition) &&
        !page?.topics.includes(topic.slug)
      ) {
        return false;
      }
      if (bodyArea && !topic.bodyAreas.includes(bodyArea)) return false;
      if (!words.length) return true;
      let text = this.folded.get(topic);
      if (text === undefined) {
        text = foldForSearch(`${topic.title} ${topic.summary}`);
        this.folded.set(topic, text);
      }
      return words.every((word) => text.includes(word));
    });
  }

  private renderControls(index: LoadedIndex, condition: string, bodyArea: string) {
    return html`<div part="controls" class="controls" role="search">
      <div class="field field-search">
        <label for="search">${searchLabelText(this.localize)}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          .value=${this.query}
          @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
        />
      </div>
      ${filterSelect({
        name: 'condition',
        label: conditionLabelText(this.localize),
        all: allConditionsText(this.localize),
        value: condition,
        choices: this.conditionPages(index).map((page) => ({ value: page.slug, label: page.title, lang: page.locale })),
        choose: (value) => (this.condition = value),
      })}
      ${filterSelect({
        name: 'body-area',
        label: bodyAreaLabelText(this.localize),
        all: allBodyAreasText(this.localize),
        value: bodyArea,
        choices: this.bodyAreas(index).map((area) => ({ value: area, label: bodyAreaText(this.localize, area) })),
        choose: (value) => (this.bodyArea = value),
      })}
    </div>`;
  }

  private renderCard(topic: IndexedTopic, index: LoadedIndex, level: number) {
    const translated = topic.locale === index.locale;
    const language = translated
      ? nothing
      : html`<p class="card-language" lang=${this.localize.locale}>
          ${languageName(this.localize.locale, topic.locale)}
        </p>`;
    return html`<li
      part="card"
      class="card"
      lang=${translated ? nothing : topic.locale}
      dir=${translated ? nothing : directionOf(topic.locale)}
    >
      ${heading(
        level,
        html`<button
          type="button"
          part="card-button"
          class="card-button"
          data-topic=${topic.slug}
          @click=${() => this.open(topic.slug, { addHistory: true })}
        >
          ${topic.title}
        </button>`,
        { kind: 'card-title' },
      )}
      ${topic.summary ? html`<p part="card-summary" class="card-summary">${topic.summary}</p>` : nothing} ${language}
    </li>`;
  }

  private renderGroups(topics: IndexedTopic[], index: LoadedIndex) {
    const level = clampLevel(this.headingLevel);
    return html`<div part="groups" class="groups">
      ${GROUPS.map((kind) => {
        const members = topics.filter((t) => t.kind === kind);
        return members.length
          ? html`<section part="group group-${kind}" class="group">
              ${heading(level, groupTitleText(this.localize, kind), { part: 'group-title', kind: 'group-heading' })}
              <ul class="cards" lang=${index.locale} dir=${directionOf(index.locale)}>
                ${members.map((topic) => this.renderCard(topic, index, level + 1))}
              </ul>
            </section>`
          : nothing;
      })}
    </div>`;
  }

  private renderNoResults() {
    return html`<div part="no-results" class="notice box no-results">
      <p><strong>${noResultsTitleText(this.localize)}</strong></p>
      <p>${noResultsBodyText(this.localize)}</p>
      <button type="button" part="clear-button" class="secondary" @click=${() => this.clearFilters()}>
        ${clearText(this.localize)}
      </button>
    </div>`;
  }

  private renderList(index: LoadedIndex) {
    const t = this.localize;
    const condition = this.conditionPages(index).some((t) => t.slug === this.condition) ? this.condition : '';
    const bodyArea = this.bodyAreas(index).includes(this.bodyArea) ? this.bodyArea : '';
    const shown = this.matching(index, condition, bodyArea);
    const count = new Intl.NumberFormat(t.locale);
    const unreviewed = index.topics.some((t) => t.locale === index.locale && isUnreviewed(t.translation));
    return html`${this.renderCodeError()}${this.renderNotices({ ...index, unreviewed })}
      <div class="library" lang=${t.locale} dir=${this.uiDir}>
        ${this.renderControls(index, condition, bodyArea)}
        <p part="status" class="status" role="status">
          ${resultCountText(t, count.format(shown.length), count.format(index.topics.length))}
        </p>
        ${shown.length ? this.renderGroups(shown, index) : this.renderNoResults()}
      </div>`;
  }

  /** Why `condition-code` selected nothing (no condition has the code, or the manifest did not load). */
  private renderCodeError() {
    const { status, error } = this.codeLookup;
    if (status !== TaskStatus.ERROR) return nothing;
    const text = error instanceof UnknownConditionCodeError ? unknownConditionCodeText(this.localize) : undefined;
    return this.renderError(error, () => void this.codeLookup.run(), text);
  }

  private renderBackButton() {
    return html`<button
      type="button"
      part="back-button"
      class="secondary back"
      lang=${this.localize.locale}
      dir=${this.uiDir}
      @click=${() => this.close({ addHistory: true, focus: true })}
    >
      <span class="back-arrow" aria-hidden="true">←</span> ${backText(this.localize)}
    </button>`;
  }

  private renderTopic(slug: string) {
    return html`<div part="topic" class="topic">
      ${this.renderBackButton()}
      <pain-procedure
        part="procedure"
        exportparts=${TOPIC_PARTS}
        topic=${slug}
        lang=${this.localize.lang}
        content-base=${this.contentBase || nothing}
        heading-level=${clampLevel(this.headingLevel)}
      ></pain-procedure>
      ${this.renderBackButton()}
    </div>`;
  }

  override render() {
    if (this.opened) return this.renderTopic(this.opened);
    return this.index.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (index) => this.renderList(index),
      error: (error) => this.renderError(error, () => void this.index.run()),
    });
  }
}
