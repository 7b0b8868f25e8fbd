import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RED_FLAG_SECTION, type Section, type TopicChunk } from '../../content/types.js';
import type { LoadedTopic } from '../../content/load-topic.js';
import { directionOf } from '../../i18n/locales.js';
import { contentHtml } from '../../markdown/content-html.js';
import { contentStyles } from '../../styles/content.js';
import { baseStyles } from '../../styles/tokens.js';
import { clampLevel, heading } from '../shared/heading.js';
import { clinicNote } from '../shared/clinic-notes.js';
import { keyPoints } from '../shared/key-points.js';
import { redFlags } from '../shared/red-flags.js';
import { timeline } from '../shared/timeline.js';
import { topicFooter } from '../shared/topic-footer.js';
import { PainTopicElement } from '../shared/topic-element.js';
import { procedureStyles } from './procedure.styles.js';

/**
 * One patient-education topic in full: its key points first, then what it is, what it treats, how to
 * prepare, the day of, recovery (with its timeline), risks, when to get help,
 * how it fits a multidisciplinary plan, questions to ask, sources and review
 * date. The red flags are always shown. Every section id is also a slot,
 * for a clinic's own note at the end of that section (e.g.
 * `<p slot="preparing">Arrive 30 minutes early.</p>`).
 *
 * @tagname pain-procedure
 * @summary A whole procedure or therapy topic, in the reader's language.
 *
 * @slot before - A clinic's own note, shown under the title (e.g. "Our clinic asks you to arrive 30 minutes early.").
 * @slot after - A clinic's own note, shown after the last section.
 * @slot what-it-is - A clinic's note at the end of "What it is" (every kind of topic).
 * @slot what-it-treats - A clinic's note at the end of "What it treats" (procedures).
 * @slot preparing - A clinic's note at the end of "How to prepare" (procedures).
 * @slot during - A clinic's note at the end of "What happens during the procedure" (procedures).
 * @slot recovery - A clinic's note at the end of "Recovery", after the timeline (procedures).
 * @slot risks - A clinic's note at the end of "Risks and side effects" (procedures).
 * @slot when-to-call - A clinic's note at the end of "When to get help", after the red flags (every kind of topic).
 * @slot your-plan - A clinic's note at the end of "How it fits your plan" (procedures).
 * @slot questions - A clinic's note at the end of "Questions to ask your care team" (procedures and therapies).
 * @slot what-to-expect - A clinic's note at the end of "What a visit is like" (therapies).
 * @slot how-long - A clinic's note at the end of "How long it takes to help" (therapies).
 * @slot at-home - A clinic's note at the end of "What you do at home" (therapies).
 * @slot with-procedures - A clinic's note at the end of "How it works with procedures" (therapies).
 * @slot symptoms - A clinic's note at the end of "Common symptoms" (conditions).
 * @slot what-helps - A clinic's note at the end of "What can help" (conditions).
 *
 * @fires pain-topic-loaded - The topic was loaded and rendered. `detail`: `{ topic, locale, requestedLocale, fallback }`.
 * @fires pain-error - The topic could not be shown (unknown topic or code, network failure, damaged content, or `not-approved`: the clinic shows only approved topics and this one has no current approval). `detail`: `{ code, topic, locale, message }`.
 *
 * @csspart loading - The placeholder shown while content loads.
 * @csspart error - The message shown when content cannot be loaded.
 * @csspart retry-button - The "Try again" button after a network failure.
 * @csspart print-button - The "Print" button: prints this topic on its own, like `painkit handout`.
 * @csspart notice - Notices above the content (shown in English; unreviewed translation).
 * @csspart same-code - When a `code` leads to several topics: the others, as buttons that show one instead.
 * @csspart article - The whole topic.
 * @csspart title - The topic's title.
 * @csspart key-points - The "Key points" box right under the title: the topic's 3 to 5 most important sentences.
 * @csspart section - Every section.
 * @csspart section-<id> - One section, by its id, e.g. `section-recovery`, `section-when-to-call`.
 * @csspart section-title - Each section heading (style the title with `title`; see also the `--pain-heading-*` properties).
 * @csspart red-flags - Each box of warning signs in "When to get help".
 * @csspart red-flags-emergency - The emergency box ("call 911 if"; also part `red-flags`).
 * @csspart red-flags-care-team - The "call your care team" box (also part `red-flags`).
 * @csspart clinic-contact - The clinic's phone numbers and website in the "call your care team" box (see `<pain-clinic>`).
 * @csspart timeline - The recovery timeline.
 * @csspart milestone - Each milestone of the recovery timeline.
 * @csspart footer - Sources, review date and disclaimer.
 * @csspart clinic-note - Each box holding a clinic's own note (from a slot).
 * @csspart term - Each glossary word in the text (a button that shows its meaning; only its first use is one).
 * @csspart term-definition - The bubble with a glossary word's meaning.
 *
 * @cssprop --pain-color-text - Body text color.
 * @cssprop --pain-color-background - Background of the element.
 * @cssprop --pain-color-accent - Accent color: timeline, notice border, buttons.
 * @cssprop --pain-color-on-accent - Text on accent-colored buttons.
 * @cssprop --pain-color-link - Link color.
 * @cssprop --pain-color-focus - Focus outline color.
 * @cssprop --pain-color-border - Thin rules, e.g. above the footer.
 * @cssprop --pain-color-notice-background - Background of notices.
 * @cssprop --pain-color-danger - Border of the emergency box and of errors.
 * @cssprop --pain-color-danger-text - Heading color in the emergency box.
 * @cssprop --pain-color-error-background - Background of the emergency box and of errors.
 * @cssprop --pain-color-warning - Border of the "call your care team" box.
 * @cssprop --pain-color-warning-text - Heading color in the "call your care team" box.
 * @cssprop --pain-color-warning-background - Background of the "call your care team" box.
 * @cssprop --pain-color-skeleton - Placeholder bars while loading.
 * @cssprop --pain-font-family - Font family; unset, the host page's font (inherited).
 * @cssprop --pain-font-size - Base font size; unset, the host page's size (`1em`). `text-size="large"` sets `1.25em`.
 * @cssprop --pain-heading-font-family - Font family of the titles and headings; unset, the element's font.
 * @cssprop --pain-heading-font-weight - Weight of the titles and headings.
 * @cssprop --pain-heading-color - Color of the titles and section headings; unset, the text color (the warning boxes keep their own).
 * @cssprop --pain-radius - Corner radius of boxes and buttons.
 * @cssprop --pain-space - Padding and gaps.
 * @cssprop --pain-max-width - Maximum line length of the text.
 * @cssprop --pain-loading-min-height - Space reserved while content loads, so the page does not jump.
 */
export class PainProcedure extends PainTopicElement {
  static override styles = [baseStyles, contentStyles, procedureStyles];

  /**
   * Which sections to show, in this order: section ids separated by commas or
   * spaces (e.g. `"what-it-is, preparing, recovery"`). Empty shows every
   * section. The key points and "When to get help" (`when-to-call`) are always shown.
   */
  @property({ reflect: true }) sections = '';

  /**
   * Only the chosen sections: no title, notices, clinic notes or footer, and
   * red flags are not added on their own. For composing layouts (e.g. the
   * bilingual handout, section by section); the layout must show the red
   * flags itself, and the notices (`sections="notices"`), the key points
   * (`sections="key-points"`) and the footer with the disclaimer and sources
   * (`sections="footer"`), which `bare` shows only when asked for by those
   * names.
   */
  @property({ type: Boolean, reflect: true }) bare = false;

  /** Level of the topic's title (1–6), so it fits the page's outline; sections are one level below. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  private chosenSections(all: Section[]): Section[] {
    const wanted = this.sections.split(/[\s,]+/).filter(Boolean);
    if (!wanted.length) return all;
    const chosen = wanted.map((id) => all.find((s) => s.id === id)).filter((s): s is Section => !!s);
    const redFlags = all.find((s) => s.id === RED_FLAG_SECTION);
    return redFlags && !chosen.includes(redFlags) && !this.bare ? [...chosen, redFlags] : chosen;
  }

  private renderSection(section: Section, chunk: TopicChunk, level: number) {
    return html`<section part="section section-${section.id}">
      ${section.title ? heading(level, section.title, { id: `heading-${section.id}`, kind: 'section-title' }) : nothing}
      ${contentHtml(section.html, level - 2)}
      ${section.id === 'recovery' ? timeline(chunk.recovery, level + 1, this.localize) : nothing}
      ${redFlags(section.groups ?? [], level + 1, this.localize)} ${clinicNote(this, section.id, this.localize)}
    </section>`;
  }

  protected override renderTopic(loaded: LoadedTopic) {
    const { chunk } = loaded;
    const level = clampLevel(this.headingLevel);
    if (this.bare) {
      const wanted = this.sections.split(/[\s,]+/);
      return html`${wanted.includes('notices') ? this.renderTopicNotices(loaded) : nothing}
        <article part="article" lang=${chunk.locale} dir=${directionOf(chunk.locale)}>
          ${wanted.includes('key-points') ? keyPoints(chunk.keyPoints, level + 1, this.localize) : nothing}
          ${this.chosenSections(chunk.sections).map((s) => this.renderSection(s, chunk, level + 1))}
          ${wanted.includes('footer') ? topicFooter(chunk, level + 1, this.localize) : nothing}
        </article>`;
    }
    return html`${this.renderTopicNotices(loaded)}
      <article part="article" lang=${chunk.locale} dir=${directionOf(chunk.locale)}>
        <header>
          ${chunk.title ? heading(level, chunk.title, { part: 'title', kind: 'title' }) : nothing}
          ${chunk.summary ? html`<p class="summary">${chunk.summary}</p>` : nothing} ${this.renderPrintButton()}
        </header>
        ${keyPoints(chunk.keyPoints, level + 1, this.localize)} ${clinicNote(this, 'before', this.localize)}
        ${this.chosenSections(chunk.sections).map((s) => this.renderSection(s, chunk, level + 1))}
        ${clinicNote(this, 'after', this.localize)} ${topicFooter(chunk, level + 1, this.localize)}
      </article>`;
  }
}
