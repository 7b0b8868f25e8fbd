import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContentError } from '../../content/content-error.js';
import type { LoadedTopic } from '../../content/load-topic.js';
import { directionOf } from '../../i18n/locales.js';
import { contentHtml } from '../../markdown/content-html.js';
import { contentStyles } from '../../styles/content.js';
import { baseStyles } from '../../styles/tokens.js';
import { clampLevel, heading } from '../shared/heading.js';
import { clinicNote } from '../shared/clinic-notes.js';
import { redFlagSection } from '../shared/red-flags.js';
import { localToday, parseDay, timeline } from '../shared/timeline.js';
import { topicFooter } from '../shared/topic-footer.js';
import { PainTopicElement } from '../shared/topic-element.js';
import { milestoneDates } from './milestone-dates.js';
import { noTimelineText, recoveryTitleText } from './recovery-messages.js';
import { recoveryStyles } from './recovery.styles.js';

/**
 * What recovery looks like after a procedure, as a timeline of milestones:
 * what to expect, what you can do, what to avoid and when to call. With
 * `start-date`, every milestone shows its real calendar dates in the reader's
 * language, and the one that includes today is highlighted. The topic's red
 * flags ("when to get help") are always shown below the timeline.
 *
 * @tagname pain-recovery
 * @summary A recovery timeline, with real dates when you give the procedure date.
 *
 * @slot before - A clinic's own note, shown under the title.
 * @slot after - A clinic's own note, shown after the timeline and the red flags.
 *
 * @fires pain-topic-loaded - The topic was loaded and rendered. `detail`: `{ topic, locale, requestedLocale, fallback }`.
 * @fires pain-error - The topic could not be shown (also `not-approved`, under the clinic's `approved-only`). `detail`: `{ code, topic, locale, message }`.
 *
 * @csspart loading - The placeholder shown while content loads.
 * @csspart error - The message shown when content cannot be loaded.
 * @csspart retry-button - The "Try again" button after a network failure.
 * @csspart print-button - The "Print" button: prints this timeline on its own.
 * @csspart notice - Notices above the content.
 * @csspart same-code - When a `code` leads to several topics: the others, as buttons that show one instead.
 * @csspart article - The whole timeline.
 * @csspart title - The title.
 * @csspart section-title - Each section heading (style the title with `title`; see also the `--pain-heading-*` properties).
 * @csspart timeline - The ordered list of milestones.
 * @csspart milestone - Each milestone.
 * @csspart section - The "When to get help" section below the timeline (it also has `section-when-to-call`).
 * @csspart section-when-to-call - The "When to get help" section below the timeline.
 * @csspart red-flags - Each box of warning signs.
 * @csspart red-flags-emergency - The emergency box ("call 911 if"; also part `red-flags`).
 * @csspart red-flags-care-team - The "call your care team" box (also part `red-flags`).
 * @csspart clinic-contact - The clinic's phone numbers and website in the "call your care team" box.
 * @csspart footer - Sources, review date and disclaimer.
 * @csspart clinic-note - Each box holding a clinic's own note (from a slot).
 * @csspart term - Each glossary word in the text (a button that shows its meaning; only its first use is one).
 * @csspart term-definition - The bubble with a glossary word's meaning.
 *
 * @cssprop --pain-color-accent - Timeline line, the "today" badge and its highlight border.
 * @cssprop --pain-color-notice-background - Background of today's milestone.
 * @cssprop --pain-color-danger - Border of the emergency box.
 * @cssprop --pain-color-warning - Border of the "call your care team" box.
 */
export class PainRecovery extends PainTopicElement {
  static override styles = [baseStyles, contentStyles, recoveryStyles];

  /** The day of the procedure, `YYYY-MM-DD`. With it, milestones show calendar dates and today is highlighted. */
  @property({ attribute: 'start-date', reflect: true }) startDate = '';

  /** Level of the title (1–6), so it fits the page's outline; milestones are one level below. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('startDate') && this.startDate && parseDay(this.startDate) === undefined) {
      const problem = `start-date "${this.startDate}" is not a date written YYYY-MM-DD; showing the timeline without dates.`;
      this.reportError(new ContentError('invalid-attribute', problem));
    }
  }

  protected override renderTopic(loaded: LoadedTopic) {
    const { chunk } = loaded;
    const level = clampLevel(this.headingLevel);
    const start = parseDay(this.startDate ?? '');
    const t = this.localize;
    const dates = start === undefined ? undefined : milestoneDates(start, localToday(), t);
    const intro = chunk.sections.find((s) => s.id === 'recovery');
    return html`${this.renderTopicNotices(loaded)}
      <article part="article" lang=${chunk.locale} dir=${directionOf(chunk.locale)}>
        ${heading(level, recoveryTitleText(t, chunk.title), { part: 'title', kind: 'title' })}
        ${this.renderPrintButton()} ${clinicNote(this, 'before', t)}
        ${intro ? html`<div class="intro">${contentHtml(intro.html, level - 2)}</div>` : nothing}
        ${
          chunk.recovery.length
            ? timeline(chunk.recovery, level + 1, t, dates)
            : html`<p class="notice box" lang=${t.locale}>${noTimelineText(t)}</p>`
        }
        ${redFlagSection(chunk, level + 1, t)} ${clinicNote(this, 'after', t)} ${topicFooter(chunk, level + 1, t)}
      </article>`;
  }
}
