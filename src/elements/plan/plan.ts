import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { resolveContentBase } from '../../content/content-base.js';
import { loadConditionForCode } from '../../content/condition-code.js';
import { ContentError } from '../../content/content-error.js';
import { loadPlan, parsePlan, type LoadedPlan, type PlanInput, type ShownStep } from '../../content/load-plan.js';
import { directionOf } from '../../i18n/locales.js';
import { contentHtml } from '../../markdown/content-html.js';
import { contentStyles } from '../../styles/content.js';
import { baseStyles } from '../../styles/tokens.js';
import { clampLevel, heading } from '../shared/heading.js';
import { clinicNoteText } from '../shared/messages.js';
import { GlossaryWords } from '../shared/glossary-words.js';
import { isUnreviewed, PainElement } from '../shared/pain-element.js';
import { clean } from '../shared/clean.js';
import { printButton } from '../shared/print-button.js';
import { topicFooter } from '../shared/topic-footer.js';
import {
  careTeamTitleText,
  closeTopicText,
  defaultTitleText,
  openTopicText,
  planErrorText,
  stepNumberText,
  stepsLabelText,
  teamLabelText,
  timingLabelText,
  unknownStepText,
  whyLabelText,
} from './plan-messages.js';
import { planStyles } from './plan.styles.js';

/** Where the page's own plan can come from, besides the `plan` property. */
const SCRIPT_ORIGIN = 'the plan in <script type="application/json">';

/** Every care-team member of a plan once, in the order they first appear (compared without case). */
function careTeam(steps: ShownStep[]): string[] {
  const seen = new Map<string, string>();
  for (const member of steps.flatMap((s) => s.team)) {
    const key = member.toLocaleLowerCase();
    if (!seen.has(key)) seen.set(key, member);
  }
  return [...seen.values()];
}

/**
 * A multidisciplinary care plan: the steps of a patient's treatment in
 * order (procedures, therapies, counseling, exercise), with rough timing,
 * who on the care team is involved, and why each step is there. Each step
 * can open its full topic in place. Interventional treatments are shown as
 * one part of a plan, never alone.
 *
 * Three ways to say which plan, the first that is set wins:
 *
 * 1. the `plan` property, or a child `<script type="application/json">`
 *    (for portals and clinics that write a patient's own plan): an object
 *    `{ title?, summary?, steps: [{ topic, timing?, team?, note? }] }` or
 *    just the steps list. `note` is shown labeled as the clinic's note.
 *    Title, summary, timing, team and notes are shown as written (in the
 *    page's language); each step's topic title and summary come from
 *    painkit's content in the reader's language. The property wins over
 *    the script. Assign a new object to change the plan: changes inside
 *    the same object are not seen.
 * 2. `topics`: topic slugs in order, separated by commas or spaces; each
 *    step shows its topic's title and summary.
 * 3. `condition`: the plan template written for a condition (title,
 *    summary, steps with timing, team and "why this step", how the pieces
 *    work together, questions to ask, sources and review date); or, when
 *    `condition` is empty, `condition-code`: an ICD-10-CM diagnosis code
 *    from the patient's record (`M48.061`), whose condition's template is
 *    shown. A code no condition has shows a message (`unknown-code`).
 *
 * A step whose topic painkit does not have shows a clear message in its
 * place; the other steps are shown. A plan that cannot be shown at all
 * (none given, no template for the condition, JSON that does not parse or
 * is not shaped like a plan, a network failure) shows a localized message.
 * Either way a `pain-error` event fires and a console warning names the
 * problem. Codes in `pain-error`: `no-topic` (no plan given),
 * `unknown-code` (no condition has the `condition-code`),
 * `unknown-topic` (no template for the condition, or a step's topic does
 * not exist: `detail.topic` names it), `malformed` (the page's plan or a
 * content file is damaged), `network`.
 *
 * "Read about this" is a disclosure button (`aria-expanded`): the step's
 * full topic (a `<pain-procedure>`) opens right below the step, so the
 * reader keeps their place in the plan, and several topics can be open at
 * once. Tab goes on into the topic; a "Close this topic" button at its end
 * closes it and returns focus to the step's button. Topics load only when
 * opened. In print, every step is shown, open topics print in full and
 * buttons are hidden.
 *
 * @tagname pain-plan
 * @summary A multidisciplinary care plan: ordered steps, timing, care team, why each step; topics open in place.
 *
 * @csspart print-button - The "Print" button: prints this plan on its own (opened topics included).
 * @fires pain-plan-loaded - The plan was loaded and rendered. `detail`: `{ condition?, steps, locale, requestedLocale, fallback }`.
 * @fires pain-error - The plan, or one of its steps, could not be shown. `detail`: `{ code, topic, locale, message }`.
 * @fires pain-topic-open - The reader opened a step's topic. `detail`: `{ topic, locale }`.
 * @fires pain-topic-loaded - An opened topic was loaded (from its `<pain-procedure>`). `detail`: `{ topic, locale, requestedLocale, fallback }`.
 *
 * @csspart loading - The placeholder shown while the plan loads.
 * @csspart error - The message shown when the plan cannot be shown.
 * @csspart retry-button - The "Try again" button after a network failure.
 * @csspart notice - Notices above the plan (shown in English; unreviewed translation).
 * @csspart article - The whole plan.
 * @csspart title - The plan's title.
 * @csspart steps - The ordered list of steps.
 * @csspart step - Each step.
 * @csspart step-missing - A step whose topic was not found (also part `step`).
 * @csspart step-title - Each step's heading.
 * @csspart step-note - A clinic's note on a step.
 * @csspart open-button - Each step's "Read about this" button.
 * @csspart step-topic - The full topic opened below a step.
 * @csspart close-button - The "Close this topic" button after an opened topic.
 * @csspart care-team - The list of everyone on the care team.
 * @csspart section - The template's sections and the care team.
 * @csspart section-<id> - One section of the template, by its id (`section-overview`, `section-questions`).
 * @csspart section-title - Each section heading (style the title with `title`; see also the `--pain-heading-*` properties).
 * @csspart footer - Sources, review date and disclaimer.
 * @csspart term - Each glossary word in the text (a button that shows its meaning; only its first use is one).
 * @csspart term-definition - The bubble with a glossary word's meaning.
 *
 * @cssprop --pain-color-text - Body text color.
 * @cssprop --pain-color-background - Background of the element.
 * @cssprop --pain-color-link - Link color (sources).
 * @cssprop --pain-color-accent - Step numbers, borders of steps and opened topics, buttons.
 * @cssprop --pain-color-on-accent - Text on buttons.
 * @cssprop --pain-color-border - Borders of steps.
 * @cssprop --pain-color-notice-background - Background of notices, clinic notes and missing steps.
 * @cssprop --pain-color-focus - Focus outline color.
 * @cssprop --pain-font-family - Font family; unset, the host page's font (inherited).
 * @cssprop --pain-font-size - Base font size; unset, the host page's size (`1em`). `text-size="large"` sets `1.25em`.
 * @cssprop --pain-heading-font-family - Font family of the titles and headings; unset, the element's font.
 * @cssprop --pain-heading-font-weight - Weight of the titles and headings.
 * @cssprop --pain-heading-color - Color of the titles and section headings; unset, the text color (the warning boxes keep their own).
 * @cssprop --pain-radius - Corner radius of steps, boxes and buttons.
 * @cssprop --pain-space - Padding and gaps.
 * @cssprop --pain-max-width - Maximum line length of the text.
 * @cssprop --pain-loading-min-height - Space reserved while the plan loads.
 */
export class PainPlan extends PainElement {
  static override styles = [baseStyles, contentStyles, planStyles];

  /** A condition slug whose plan template to show, e.g. `spinal-stenosis`. */
  @property({ reflect: true }) condition = '';

  /**
   * An ICD-10-CM diagnosis code, e.g. `M48.061` (the dot may be left out):
   * the plan template of the condition it leads to. Used when `condition` is empty.
   */
  @property({ attribute: 'condition-code', reflect: true }) conditionCode = '';

  /** Topic slugs, in the order of the plan, separated by commas or spaces, e.g. `"physical-therapy, medial-branch-block"`. */
  @property({ reflect: true }) topics = '';

  /**
   * The page's own plan: `{ title?, summary?, steps: [{ topic, timing?, team?, note? }] }`,
   * the steps list alone, or either as JSON text. Wins over `topics`, `condition` and a child script.
   */
  @property({ attribute: false }) plan?: PlanInput;

  /** Level of the plan's title (1–6), so it fits the page's outline; steps and sections are one level below, opened topics two. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /** Text of a child `<script type="application/json">`, if there is one. */
  @state() private scriptPlan?: string;

  /** Open steps, as `<plan key>#<step index>`: a plan shown in another language keeps its steps open. */
  @state() private opened: ReadonlySet<string> = new Set();

  private readonly childWatcher = new MutationObserver(() => this.readScript());

  /** The glossary words in the plan's text. @internal */
  protected readonly glossaryWords = new GlossaryWords(this, this.localize, (error, id) => this.reportError(error, id));

  private readonly content = new Task(this, {
    task: async ([base, condition, code, topics, plan, script, lang]): Promise<LoadedPlan> => {
      await this.localize.ready();
      if (
        plan === undefined &&
        script === undefined &&
        !topics &&
        !condition &&
        !code &&
        document.readyState === 'loading'
      ) {
        // Defined before the parser reached the children: the plan may be in a script not parsed yet.
        await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
      }
      const custom =
        plan !== undefined && plan !== null
          ? parsePlan(plan, 'the "plan" property')
          : script !== undefined
            ? parsePlan(script, SCRIPT_ORIGIN)
            : undefined;
      const folder = resolveContentBase(base);
      const steps = topics.split(/[\s,]+/).filter(Boolean);
      const byCode = code && !condition && !steps.length && !custom ? await loadConditionForCode(folder, code) : '';
      return this.arrived(
        loadPlan({ base: folder, locale: lang, plan: custom, topics: steps, condition: condition || byCode }),
      );
    },
    args: () =>
      [
        this.contentBase,
        clean(this.condition),
        clean(this.conditionCode),
        clean(this.topics),
        this.plan,
        this.scriptPlan,
        this.localize.lang,
      ] as const,
    onComplete: (plan) => void this.announceLoaded(plan),
    onError: (error) => this.reportError(error, clean(this.condition) || undefined),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.readScript();
    this.childWatcher.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childWatcher.disconnect();
  }

  private readScript(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.scriptPlan = script ? (script.textContent ?? '') : undefined;
  }

  private async announceLoaded(plan: LoadedPlan): Promise<void> {
    await this.taskRendered();
    const { condition, steps, locale, requestedLocale, fallback } = plan;
    this.emit('pain-plan-loaded', { condition, steps: steps.length, locale, requestedLocale, fallback });
    steps.forEach((step, i) => {
      if (step.entry) return;
      const message = `step ${i + 1}: there is no topic "${step.topic}"; the step shows a message instead`;
      this.reportError(new ContentError('unknown-topic', message), step.topic);
    });
  }

  private toggle(key: string, topic: string): void {
    const opened = new Set(this.opened);
    if (opened.delete(key)) {
      this.opened = opened;
      return;
    }
    this.opened = opened.add(key);
    this.emit('pain-topic-open', { topic, locale: this.localize.lang });
  }

  private async close(key: string, index: number): Promise<void> {
    const opened = new Set(this.opened);
    opened.delete(key);
    this.opened = opened;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`#step-${index}-open`)?.focus();
  }

  private renderFacts(step: ShownStep) {
    const team = step.team.length
      ? html`<ul class="team">
          ${step.team.map((member) => html`<li>${member}</li>`)}
        </ul>`
      : undefined;
    const facts = [
      [timingLabelText(this.localize), step.timing || undefined],
      [teamLabelText(this.localize), team],
      [whyLabelText(this.localize), step.why || undefined],
    ] as const;
    if (facts.every(([, value]) => value === undefined)) return nothing;
    return html`<dl class="facts">
      ${facts.map(([label, value]) =>
        value === undefined
          ? nothing
          : html`<div>
              <dt>${label}</dt>
              <dd>${value}</dd>
            </div>`,
      )}
    </dl>`;
  }

  private renderTopic(step: ShownStep, key: string, index: number, level: number) {
    const open = this.opened.has(key);
    const title = step.entry!.title;
    return html`<button
        type="button"
        id="step-${index}-open"
        part="open-button"
        class="open-button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="step-${index}-topic"
        @click=${() => this.toggle(key, step.topic)}
      >
        ${openTopicText(this.localize)}<span class="visually-hidden">: ${title}</span>
      </button>
      <div id="step-${index}-topic" part="step-topic" class="step-topic" ?hidden=${!open}>
        ${
          open
            ? html`<pain-procedure
                  topic=${step.topic}
                  lang=${this.localize.lang}
                  content-base=${resolveContentBase(this.contentBase)}
                  heading-level=${level + 1}
                ></pain-procedure>
                <button type="button" part="close-button" class="close-button" @click=${() => this.close(key, index)}>
                  ${closeTopicText(this.localize)}<span class="visually-hidden">: ${title}</span>
                </button>`
            : nothing
        }
      </div>`;
  }

  private renderStep(step: ShownStep, index: number, level: number, plan: LoadedPlan) {
    const key = `${plan.from}:${plan.condition ?? ''}:${plan.steps.map((s) => s.topic).join(',')}#${index}`;
    const { entry } = step;
    const missing = unknownStepText(this.localize);
    const title = html`<span class="step-number"
        >${stepNumberText(this.localize, index + 1)}<span class="visually-hidden">:</span></span
      >
      <span class="step-name" lang=${entry && entry.locale !== plan.locale ? entry.locale : nothing}
        >${entry ? entry.title : missing.title}</span
      >`;
    return html`<li part=${entry ? 'step' : 'step step-missing'} class="step">
      ${heading(level, title, { id: `step-${index}-title`, part: 'step-title', kind: 'step-title' })}
      ${
        entry
          ? step.why
            ? nothing
            : html`<p class="step-summary" lang=${entry.locale !== plan.locale ? entry.locale : nothing}>
                ${entry.summary}
              </p>`
          : html`<p class="step-missing notice box" lang=${this.localize.locale}>${missing.body}</p>`
      }
      ${this.renderFacts(step)}
      ${
        step.note
          ? html`<div part="step-note" class="note box">
              <p class="note-label">${clinicNoteText(this.localize)}</p>
              <p>${step.note}</p>
            </div>`
          : nothing
      }
      ${entry ? this.renderTopic(step, key, index, level) : nothing}
    </li>`;
  }

  /** Prints this plan on its own (not the rest of the page), with opened topics. Does nothing until it has loaded. */
  async print(): Promise<void> {
    const plan = this.content.value;
    const title = this.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim();
    if (!plan || !title) return;
    // The print code loads when the reader first prints.
    const { printElement } = await import('../../print/printable-html.js');
    await printElement(this, title, plan.locale);
  }

  private renderPlan(plan: LoadedPlan) {
    const level = clampLevel(this.headingLevel);
    const team = careTeam(plan.steps);
    const unreviewed = plan.translation
      ? isUnreviewed(plan.translation)
      : plan.steps.some((s) => isUnreviewed(s.entry?.translation));
    const t = this.localize;
    return html`${this.renderNotices({ ...plan, unreviewed })}
      <article part="article" lang=${plan.locale} dir=${directionOf(plan.locale)}>
        <header>
          ${heading(level, plan.title || defaultTitleText(t), { part: 'title', kind: 'title' })}
          ${plan.summary ? html`<p class="summary">${plan.summary}</p>` : nothing}
          ${printButton(t, () => void this.print())}
        </header>
        <ol part="steps" class="steps" aria-label=${stepsLabelText(t)}>
          ${plan.steps.map((step, i) => this.renderStep(step, i, level + 1, plan))}
        </ol>
        ${
          team.length
            ? html`<section part="care-team" class="care-team">
                ${heading(level + 1, careTeamTitleText(t), { kind: 'section-title' })}
                <ul>
                  ${team.map((member) => html`<li>${member}</li>`)}
                </ul>
              </section>`
            : nothing
        }
        ${plan.sections.map(
          (section) =>
            html`<section part="section section-${section.id}">
              ${heading(level + 1, section.title, { kind: 'section-title' })} ${contentHtml(section.html, level - 1)}
            </section>`,
        )}
        ${topicFooter(plan, level + 1, t)}
      </article>`;
  }

  override render() {
    return this.content.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (plan) => this.renderPlan(plan),
      error: (error) => this.renderError(error, () => void this.content.run(), planErrorText(this.localize, error)),
    });
  }
}
