import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CheckQuestion, Section, TopicChunk } from '../../content/types.js';
import type { LoadedTopic } from '../../content/load-topic.js';
import { directionOf } from '../../i18n/locales.js';
import { contentStyles } from '../../styles/content.js';
import { baseStyles } from '../../styles/tokens.js';
import { clampLevel, heading } from '../shared/heading.js';
import { PainTopicElement } from '../shared/topic-element.js';
import {
  againText,
  allKnownText,
  askAboutText,
  checkAnswerText,
  checkTitleText,
  chooseFirstText,
  doneTitleText,
  finishText,
  nextText,
  noQuestionsText,
  notQuiteText,
  nothingStoredText,
  progressText,
  readMoreText,
  rightText,
} from './check-messages.js';
import { checkStyles } from './check.styles.js';

/** Questions that can be asked: a prompt, choices and exactly one right answer. */
const askable = (chunk: TopicChunk): CheckQuestion[] =>
  (Array.isArray(chunk.check) ? chunk.check : []).filter(
    (q) => q?.prompt && Array.isArray(q.choices) && q.choices.filter((c) => c?.correct === true).length === 1,
  );

/**
 * Teach-back: the topic's short questions (`check` in its content), one at a
 * time, each a group of radio buttons. "Check answer" shows at once whether
 * the answer was right, explains the right answer in plain words and links to
 * the section that covers it; the end screen lists what to ask the care team
 * about. Nothing is graded as a failure and nothing is stored: a portal that
 * documents the education listens to `pain-check-complete`.
 *
 * Links to sections: with `href` (a portal's page for the topic), to
 * `<href>#heading-<section-id>`; without it, to the section of a
 * `<pain-procedure>` with the same topic on the page, if there is one
 * (scrolled to and focused, as its headings are in its shadow root);
 * otherwise the section is named without a link.
 *
 * @tagname pain-check
 * @summary Teach-back questions about a procedure, with feedback that explains and links to the section.
 *
 * @fires pain-check-complete - The reader answered the last question. `detail`: `{ topic, locale, answered, correct, missed }` (`missed`: the section ids of wrong answers, in order, each once).
 * @fires pain-topic-loaded - The topic was loaded and rendered. `detail`: `{ topic, locale, requestedLocale, fallback }`.
 * @fires pain-error - The topic could not be shown. `detail`: `{ code, topic, locale, message }`.
 *
 * @csspart loading - The placeholder shown while content loads.
 * @csspart error - The message shown when content cannot be loaded.
 * @csspart retry-button - The "Try again" button after a network failure.
 * @csspart notice - Notices above the content.
 * @csspart same-code - When a `code` leads to several topics: the others, as buttons that show one instead.
 * @csspart article - The whole check.
 * @csspart title - The title.
 * @csspart question - The form of the current question (its fieldset and buttons).
 * @csspart choice - Each answer (a label with its radio button).
 * @csspart check-button - The "Check answer" button.
 * @csspart feedback - What the reader sees after checking: right or not, the explanation and the link to the section.
 * @csspart section-link - The link to the section that covers the question.
 * @csspart next-button - The "Next question" (or "Finish") button.
 * @csspart summary - The end screen.
 * @csspart section-title - The heading of the end screen.
 * @csspart again-button - The "Start again" button on the end screen.
 *
 * @cssprop --pain-color-accent - Question number, feedback border and buttons.
 * @cssprop --pain-color-notice-background - Background of the feedback.
 * @cssprop --pain-color-border - Border of each question.
 * @cssprop --pain-color-focus - Focus outline of the question and the feedback.
 */
export class PainCheck extends PainTopicElement {
  static override styles = [baseStyles, contentStyles, checkStyles];

  /**
   * URL of the page that shows this topic in full (e.g. a portal's topic
   * page). Section links then go to `<href>#heading-<section-id>`. Without it,
   * links go to a `<pain-procedure>` with the same topic on this page.
   */
  @property({ reflect: true }) href = '';

  /** Level of the title (1–6), so it fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /** Index of the question shown; the number of questions on the end screen. */
  @state() private index = 0;

  /** Index of the chosen answer, -1 for none. */
  @state() private chosen = -1;

  /** Whether the current answer has been checked. */
  @state() private checked = false;

  /** "Check answer" was pressed with nothing chosen. */
  @state() private askedWithoutChoice = false;

  /** Whether each answered question was answered right, in order. */
  @state() private results: boolean[] = [];

  /** What to focus after the next render: the question's legend or the feedback. */
  private focusNext: 'legend' | 'feedback' | 'summary' | '' = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('topic') || changed.has('code') || changed.has('src') || changed.has('lang')) this.restart(false);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.focusNext && this.renderRoot.querySelector<HTMLElement>(`[data-focus="${this.focusNext}"]`);
    if (target) {
      this.focusNext = '';
      this.focusSoon(target);
    }
  }

  /**
   * Focuses `target`, trying again for a few frames: Firefox refuses to focus
   * the first question right after "Start again" (the pressed button has just
   * left the page) and allows it a frame or two later.
   */
  private focusSoon(target: HTMLElement, tries = 10): void {
    target.focus();
    if (tries > 1 && target.isConnected && this.shadowRoot?.activeElement !== target)
      requestAnimationFrame(() => this.focusSoon(target, tries - 1));
  }

  private restart(focus = true): void {
    this.index = 0;
    this.chosen = -1;
    this.checked = false;
    this.askedWithoutChoice = false;
    this.results = [];
    this.focusNext = focus ? 'legend' : '';
  }

  private check(event: SubmitEvent, question: CheckQuestion): void {
    event.preventDefault();
    if (this.checked) return;
    if (this.chosen < 0) {
      this.askedWithoutChoice = true;
      return;
    }
    this.checked = true;
    this.askedWithoutChoice = false;
    this.results = [...this.results, question.choices[this.chosen]?.correct === true];
    this.focusNext = 'feedback';
  }

  private next(chunk: TopicChunk, questions: CheckQuestion[]): void {
    this.index++;
    this.chosen = -1;
    this.checked = false;
    if (this.index < questions.length) {
      this.focusNext = 'legend';
      return;
    }
    this.focusNext = 'summary';
    const missed = [...new Set(questions.filter((_, i) => !this.results[i]).map((q) => q.section))];
    this.emit('pain-check-complete', {
      topic: chunk.slug,
      locale: chunk.locale,
      answered: questions.length,
      correct: this.results.filter(Boolean).length,
      missed,
    });
  }

  /** Scrolls to and focuses a section heading inside the `<pain-procedure>` of this topic on the page. */
  private openSection(event: MouseEvent, id: string): void {
    const target = this.procedureOnPage()?.shadowRoot?.getElementById(`heading-${id}`);
    if (!target) return;
    event.preventDefault();
    target.tabIndex = -1;
    target.scrollIntoView({ block: 'start' });
    target.focus();
  }

  private procedureOnPage(): Element | undefined {
    const slug = this.content.value?.chunk.slug;
    return [...document.querySelectorAll('pain-procedure')].find((el) => el.getAttribute('topic')?.trim() === slug);
  }

  private sectionLink(section: Section | undefined, id: string) {
    const t = this.localize;
    const title = section?.title ?? id;
    if (this.href) {
      return html`<a part="section-link" href=${`${this.href}#heading-${id}`}>${readMoreText(t, title)}</a>`;
    }
    if (this.procedureOnPage()) {
      return html`<a part="section-link" href=${`#heading-${id}`} @click=${(e: MouseEvent) => this.openSection(e, id)}
        >${readMoreText(t, title)}</a
      >`;
    }
    return html`<span>${readMoreText(t, title)}</span>`;
  }

  private renderQuestion(chunk: TopicChunk, questions: CheckQuestion[]) {
    const t = this.localize;
    const question = questions[this.index];
    const right = question.choices.find((c) => c.correct);
    const wasRight = this.results[this.index];
    const section = chunk.sections.find((s) => s.id === question.section);
    const last = this.index === questions.length - 1;
    return html`<form part="question" @submit=${(e: SubmitEvent) => this.check(e, question)}>
      <fieldset>
        <legend tabindex="-1" data-focus="legend">
          <span class="progress" lang=${t.locale}>${progressText(t, this.index + 1, questions.length)}</span>
          ${question.prompt}
        </legend>
        ${question.choices.map(
          (choice, i) =>
            html`<label part="choice" class=${this.checked && choice.correct ? 'choice right' : 'choice'}>
              <input
                type="radio"
                name="choice"
                .value=${String(i)}
                .checked=${this.chosen === i}
                ?disabled=${this.checked}
                @change=${() => {
                  this.chosen = i;
                  this.askedWithoutChoice = false;
                }}
              />
              <span>${choice.text}</span>
            </label>`,
        )}
      </fieldset>
      ${
        this.checked
          ? html`<div part="feedback" tabindex="-1" data-focus="feedback">
              <p><strong lang=${t.locale}>${wasRight ? rightText(t) : notQuiteText(t, right?.text ?? '')}</strong></p>
              <p>${question.explanation}</p>
              <p lang=${t.locale}>${this.sectionLink(section, question.section)}</p>
            </div>`
          : nothing
      }
      <div class="actions" lang=${t.locale}>
        ${
          this.checked
            ? html`<button type="button" part="next-button" @click=${() => this.next(chunk, questions)}>
                ${last ? finishText(t) : nextText(t)}
              </button>`
            : html`<button type="submit" part="check-button">${checkAnswerText(t)}</button>`
        }
      </div>
      <p class="hint" role="status" lang=${t.locale}>${this.askedWithoutChoice ? chooseFirstText(t) : nothing}</p>
    </form>`;
  }

  private renderSummary(chunk: TopicChunk, questions: CheckQuestion[], level: number) {
    const t = this.localize;
    const missed = [...new Set(questions.filter((_, i) => !this.results[i]).map((q) => q.section))];
    return html`<div part="summary" lang=${t.locale}>
      ${heading(level + 1, html`<span tabindex="-1" data-focus="summary">${doneTitleText(t)}</span>`, {
        kind: 'section-title',
      })}
      ${
        missed.length
          ? html`<p>${askAboutText(t)}</p>
              <ul>
                ${missed.map(
                  (id) =>
                    html`<li>
                      ${this.sectionLink(
                        chunk.sections.find((s) => s.id === id),
                        id,
                      )}
                    </li>`,
                )}
              </ul>`
          : html`<p>${allKnownText(t)}</p>`
      }
      <button type="button" part="again-button" @click=${() => this.restart()}>${againText(t)}</button>
    </div>`;
  }

  protected override renderTopic(loaded: LoadedTopic) {
    const { chunk } = loaded;
    const t = this.localize;
    const level = clampLevel(this.headingLevel);
    const questions = askable(chunk);
    const body = !questions.length
      ? html`<p class="notice box" lang=${t.locale}>${noQuestionsText(t)}</p>`
      : this.index < questions.length
        ? this.renderQuestion(chunk, questions)
        : this.renderSummary(chunk, questions, level);
    return html`${this.renderTopicNotices(loaded)}
      <article part="article" lang=${chunk.locale} dir=${directionOf(chunk.locale)}>
        ${heading(level, html`<span lang=${t.locale}>${checkTitleText(t, chunk.title)}</span>`, {
          part: 'title',
          kind: 'title',
        })}
        ${body}
        <p class="privacy" lang=${t.locale}>${nothingStoredText(t)}</p>
      </article>`;
  }
}
