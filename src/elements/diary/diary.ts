import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContentError } from '../../content/content-error.js';
import type { LoadedTopic } from '../../content/load-topic.js';
import type { DiarySchedule, TopicChunk } from '../../content/types.js';
import type { Questionnaire, QuestionnaireResponse } from '../../fhir/fhir-types.js';
import { directionOf } from '../../i18n/locales.js';
import { contentStyles } from '../../styles/content.js';
import { baseStyles } from '../../styles/tokens.js';
import { clinicNote } from '../shared/clinic-notes.js';
import { clampLevel, heading } from '../shared/heading.js';
import { redFlagSection } from '../shared/red-flags.js';
import { topicFooter } from '../shared/topic-footer.js';
import { clean } from '../shared/clean.js';
import { PainTopicElement } from '../shared/topic-element.js';
import { diaryChart } from './chart.js';
import type { DiaryEntry } from './diary-entry.js';
import { PainDiaryChangeEvent } from './diary-event.js';
import { durationText, slotShortText, slotText } from './diary-format.js';
import * as m from './diary-messages.js';
import { diaryStyles } from './diary.styles.js';
import { ratingScale } from './rating-scale.js';
import { diarySlots, diaryStatus, parseStart, type Slot } from './schedule.js';
import { canStore, readKept, removeKept, storageKey, writeKept } from './storage.js';

/** How often the "next rating" line is brought up to date. */
const TICK_MS = 30_000;

/**
 * The pain log a procedure asks for (a diagnostic block's first hours, or a
 * daily log), from the topic's content: what to rate, the rating before, and
 * every scheduled rating as a real time in the reader's language from
 * `start`, with the one due now or next. The patient rates on a 0–10 scale
 * with words, adds the relief in percent, the activity and a note; a chart
 * and a table show the ratings against the rating before, also in print.
 * The topic's red flags ("when to get help") are always shown below.
 *
 * Nothing leaves the device: ratings live in the page, and in localStorage
 * only while the patient ticks "keep on this device" ("Delete everything"
 * erases both). A portal gets them from `pain-diary-change` or as FHIR with
 * `questionnaireResponse()`.
 *
 * @tagname pain-diary
 * @summary A pain diary with real times, a 0–10 scale, a chart and a table; kept only on the device.
 *
 * @slot before - A clinic's own note, shown under the title.
 * @slot after - A clinic's own note, shown after the ratings.
 *
 * @fires pain-diary-change - The patient saved a rating, deleted the diary or changed "keep on this device". `detail`: `{ topic, start, locale, entries, kept }`.
 * @fires pain-topic-loaded - The topic was loaded and rendered. `detail`: `{ topic, locale, requestedLocale, fallback }`.
 * @fires pain-error - The topic could not be shown, or `start` is not a date and time. `detail`: `{ code, topic, locale, message }`.
 *
 * @csspart loading - The placeholder shown while content loads.
 * @csspart error - The message shown when content cannot be loaded.
 * @csspart retry-button - The "Try again" button after a network failure.
 * @csspart print-button - The "Print" button: prints the diary on its own.
 * @csspart notice - Notices above the content.
 * @csspart same-code - When a `code` leads to several topics: the others, as buttons that show one instead.
 * @csspart article - The whole diary.
 * @csspart title - The title.
 * @csspart section-title - Each section heading (style the title with `title`; see also the `--pain-heading-*` properties).
 * @csspart instructions - What to rate and when.
 * @csspart status - The rating due now or next.
 * @csspart entry - The form to add a rating (hidden in print).
 * @csspart rating - The 0–10 scale.
 * @csspart privacy - "Keep on this device" and "Delete everything" (hidden in print).
 * @csspart chart - The chart of ratings.
 * @csspart table - The table of every scheduled rating.
 * @csspart section - The "When to get help" section below the diary (it also has `section-when-to-call`).
 * @csspart section-when-to-call - The "When to get help" section below the diary.
 * @csspart red-flags - Each box of warning signs.
 * @csspart red-flags-emergency - The emergency box ("call 911 if"; also part `red-flags`).
 * @csspart red-flags-care-team - The "call your care team" box (also part `red-flags`).
 * @csspart clinic-contact - The clinic's phone numbers and website in the "call your care team" box.
 * @csspart footer - Sources, review date and disclaimer.
 * @csspart clinic-note - Each box holding a clinic's own note (from a slot).
 * @csspart term - Each glossary word in the text (a button that shows its meaning; only its first use is one).
 * @csspart term-definition - The bubble with a glossary word's meaning.
 *
 * @cssprop --pain-color-accent - The ratings line, the chosen level and the row due now.
 * @cssprop --pain-color-border - Grid lines, table borders and the scale's boxes.
 * @cssprop --pain-color-danger - Border of the emergency box.
 * @cssprop --pain-color-warning - Border of the "call your care team" box.
 */
export class PainDiary extends PainTopicElement {
  static override styles = [baseStyles, contentStyles, diaryStyles];

  /** When the diary starts (usually the end of the procedure), `YYYY-MM-DDTHH:MM` in the reader's local time. */
  @property({ reflect: true }) start = '';

  /** Level of the title (1–6), so it fits the page's outline; sections are one level below. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /** The clock, for tests and demos: a function that returns the current time. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  @state() private entries: DiaryEntry[] = [];
  @state() private kept = false;
  @state() private chosen?: number;
  @state() private slotChoice?: number;
  @state() private message = '';

  private timer?: ReturnType<typeof setInterval>;

  /** Every rating entered so far, in the order of the schedule. */
  get ratings(): DiaryEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => this.requestUpdate(), TICK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('topic') || changed.has('start')) {
      const kept = readKept(this.key);
      this.entries = kept ?? [];
      this.kept = kept !== undefined;
      this.chosen = this.slotChoice = undefined;
      this.message = '';
    }
    if (changed.has('start') && this.start && !parseStart(this.start)) {
      const problem = `start "${this.start}" is not a date and time written YYYY-MM-DDTHH:MM; showing times after the start.`;
      this.reportError(new ContentError('invalid-attribute', problem));
    }
  }

  private get key(): string {
    return storageKey(clean(this.topic), clean(this.start));
  }

  private announce(): void {
    const chunk = this.content.value?.chunk;
    this.dispatchEvent(
      new PainDiaryChangeEvent({
        topic: chunk?.slug ?? clean(this.topic),
        start: clean(this.start),
        locale: chunk?.locale ?? this.localize.lang,
        entries: this.ratings,
        kept: this.kept,
      }),
    );
  }

  private save(event: SubmitEvent, slot: Slot, start: Date | undefined): void {
    event.preventDefault();
    const t = this.localize;
    if (this.chosen === undefined) {
      this.message = m.chooseRatingText(t);
      return;
    }
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const relief = String(data.get('relief') ?? '').trim();
    const entry: DiaryEntry = {
      minutes: slot.minutes,
      recorded: this.now().toISOString(),
      rating: this.chosen,
      ...(relief !== '' && { relief: Math.min(100, Math.max(0, Number(relief))) }),
      ...(String(data.get('activity') ?? '').trim() && { activity: String(data.get('activity')).trim() }),
      ...(String(data.get('note') ?? '').trim() && { note: String(data.get('note')).trim() }),
    };
    this.entries = [...this.entries.filter((e) => e.minutes !== slot.minutes), entry].sort(
      (a, b) => a.minutes - b.minutes,
    );
    if (this.kept) this.kept = writeKept(this.key, this.entries);
    form.reset();
    this.chosen = this.slotChoice = undefined;
    this.message = m.savedText(t, slotText(t, slot, start));
    this.announce();
  }

  private toggleKeep(event: Event): void {
    this.kept = (event.target as HTMLInputElement).checked;
    if (this.kept) this.kept = writeKept(this.key, this.entries);
    else removeKept(this.key);
    this.announce();
  }

  private deleteAll(): void {
    removeKept(this.key);
    this.entries = [];
    this.kept = false;
    this.chosen = this.slotChoice = undefined;
    this.message = m.deletedText(this.localize);
    this.announce();
  }

  /**
   * The diary's FHIR R4 `Questionnaire`, made from the topic's content.
   * Resolves once the topic has loaded; rejects when it has no diary.
   */
  async questionnaire(): Promise<Questionnaire> {
    // The FHIR code loads on first use: most pages never export.
    const { diaryQuestionnaire } = await import('../../fhir/diary-fhir.js');
    return diaryQuestionnaire(await this.loadedChunk());
  }

  /** The entries as a FHIR R4 `QuestionnaireResponse` to `questionnaire()`. Nothing is sent anywhere. */
  async questionnaireResponse(): Promise<QuestionnaireResponse> {
    const { diaryQuestionnaireResponse } = await import('../../fhir/diary-fhir.js');
    const start = parseStart(this.start);
    return diaryQuestionnaireResponse(await this.loadedChunk(), {
      entries: this.ratings,
      authored: this.now(),
      ...(start && { start }),
    });
  }

  private async loadedChunk(): Promise<TopicChunk> {
    await this.content.taskComplete;
    return this.content.value!.chunk;
  }

  protected override renderTopic(loaded: LoadedTopic) {
    const { chunk } = loaded;
    const level = clampLevel(this.headingLevel);
    const t = this.localize;
    return html`${this.renderTopicNotices(loaded)}
      <article part="article" lang=${chunk.locale} dir=${directionOf(chunk.locale)}>
        ${heading(level, m.diaryTitleText(t, chunk.title), { part: 'title', kind: 'title' })}
        ${this.renderPrintButton()} ${clinicNote(this, 'before', t)}
        ${
          chunk.diary
            ? this.renderDiary(chunk.diary, level + 1)
            : html`<p class="notice box" lang=${t.locale}>${m.noDiaryText(t)}</p>`
        }
        ${redFlagSection(chunk, level + 1, t)} ${clinicNote(this, 'after', t)} ${topicFooter(chunk, level + 1, t)}
      </article>`;
  }

  private renderDiary(diary: DiarySchedule, level: number) {
    const t = this.localize;
    const start = parseStart(this.start);
    const slots = diarySlots(diary);
    const status = diaryStatus(slots, this.entries, start, this.now());
    const current = slots.find((s) => s.minutes === this.slotChoice) ?? status.due ?? status.next ?? slots[0];
    return html`<section part="instructions" class="instructions">
        ${heading(level, m.instructionsTitleText(t), { kind: 'section-title' })}
        <p>${diary.rate}</p>
        ${start ? nothing : html`<p lang=${t.locale}>${m.noStartText(t)}</p>`}
        <ul class="phases">
          ${diary.phases.map(
            (p) =>
              html`<li>
                <strong lang=${t.locale}
                  >${m.phaseText(t, durationText(t.locale, p.everyMinutes), durationText(t.locale, p.untilMinutes))}</strong
                >
                ${
                  p.do.length
                    ? html`<ul>
                        ${p.do.map((line) => html`<li>${line}</li>`)}
                      </ul>`
                    : nothing
                }
              </li>`,
          )}
        </ul>
      </section>
      <p part="status" class="status box" role="status" lang=${t.locale}>${this.statusText(status, start)}</p>
      ${this.renderEntry(diary, slots, current, start, level)} ${this.renderPrivacy()}
      <section class="ratings">
        ${heading(level, m.ratingsTitleText(t), { kind: 'section-title', id: 'ratings-title' })}
        ${diaryChart(slots, this.entries, (s) => slotShortText(t, s, start), m.chartLabelText(t), this.uiDir)}
        ${this.renderTable(slots, status.due ?? status.next, start)}
      </section>`;
  }

  private statusText({ due, next }: { due?: Slot; next?: Slot }, start: Date | undefined): string {
    const t = this.localize;
    if (due) return m.dueNowText(t, slotText(t, due, start));
    if (next) return m.nextDueText(t, slotText(t, next, start));
    return m.allDoneText(t);
  }

  private renderEntry(diary: DiarySchedule, slots: Slot[], current: Slot, start: Date | undefined, level: number) {
    const t = this.localize;
    const legend = current.minutes === 0 ? diary.baseline : m.ratingLegendText(t);
    return html`<form
      part="entry"
      class="entry box"
      lang=${t.locale}
      @submit=${(e: SubmitEvent) => this.save(e, current, start)}
    >
      ${heading(level, m.entryTitleText(t), { kind: 'section-title' })}
      <label class="field"
        >${m.slotLabelText(t)}
        <select name="slot" @change=${(e: Event) => (this.slotChoice = Number((e.target as HTMLSelectElement).value))}>
          ${slots.map(
            (s) =>
              html`<option .value=${String(s.minutes)} ?selected=${s.minutes === current.minutes}>
                ${slotText(t, s, start)}${this.entries.some((e) => e.minutes === s.minutes) ? ' ✓' : ''}
              </option>`,
          )}
        </select>
      </label>
      ${ratingScale(t, legend, this.chosen, (level) => (this.chosen = level))}
      <label class="field"
        >${m.reliefLabelText(t)}
        <input name="relief" type="number" inputmode="numeric" min="0" max="100" step="1" />
      </label>
      <label class="field">${m.activityLabelText(t)} <input name="activity" type="text" maxlength="200" /></label>
      <label class="field">${m.noteLabelText(t)} <textarea name="note" rows="2" maxlength="1000"></textarea></label>
      <button type="submit" class="save">${m.saveText(t)}</button>
      <p class="message" role="status">${this.message}</p>
    </form>`;
  }

  private renderPrivacy() {
    const t = this.localize;
    const storable = canStore();
    return html`<div part="privacy" class="privacy box" lang=${t.locale}>
      <p>${m.privacyText(t)}</p>
      <label class="keep">
        <input type="checkbox" .checked=${this.kept} ?disabled=${!storable} @change=${this.toggleKeep} />
        ${m.keepText(t)}
      </label>
      <p class="hint">${storable ? m.keepHintText(t) : m.noStorageText(t)}</p>
      <button type="button" class="delete" @click=${this.deleteAll}>${m.deleteText(t)}</button>
    </div>`;
  }

  private renderTable(slots: Slot[], marked: Slot | undefined, start: Date | undefined) {
    const t = this.localize;
    const column = m.columnTexts(t);
    const words = m.levelWords(t);
    const byMinutes = new Map(this.entries.map((e) => [e.minutes, e]));
    return html`<table part="table" class="table" aria-labelledby="ratings-title" lang=${t.locale}>
      <thead>
        <tr>
          <th scope="col">${column.time}</th>
          <th scope="col">${column.rating}</th>
          <th scope="col">${column.relief}</th>
          <th scope="col">${column.activity}</th>
          <th scope="col">${column.note}</th>
        </tr>
      </thead>
      <tbody>
        ${slots.map((s) => {
          const e = byMinutes.get(s.minutes);
          const isMarked = s.minutes === marked?.minutes;
          return html`<tr class=${isMarked ? 'marked' : ''} aria-current=${isMarked ? 'time' : 'false'}>
            <th scope="row">${slotText(t, s, start)}</th>
            <td>${e ? `${e.rating} (${words[e.rating]})` : ''}</td>
            <td>${e?.relief !== undefined ? `${e.relief} %` : ''}</td>
            <td>${e?.activity ?? ''}</td>
            <td>${e?.note ?? ''}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}
