import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { resolveContentBase } from '../../content/content-base.js';
import { loadTerm } from '../../content/load-glossary.js';
import { baseStyles } from '../../styles/tokens.js';
import { claimOpen, keepOnScreen, releaseOpen, type OpenBubble } from '../shared/bubble.js';
import { PainElement } from '../shared/pain-element.js';
import { definitionLabelText } from '../shared/glossary-messages.js';
import { termStyles } from './term.styles.js';

/**
 * A medical word with its plain-language definition from the glossary, as a
 * toggletip: the word is a button (Enter or Space); pressing it shows the definition in a
 * bubble that screen readers announce; pressing it again, Escape, or a click
 * elsewhere closes it, and focus stays on the word. It is for a page's own
 * text: inside painkit's content elements glossary words work the same way
 * without an element each (see `GlossaryWords`). An unknown term shows the
 * word alone (with a console warning and `pain-error`).
 *
 * @tagname pain-term
 * @summary A medical word with a plain-language definition on demand.
 *
 * @slot - The word as it appears in the text. Defaults to the glossary's word.
 *
 * @fires pain-error - The term is not in the glossary or the glossary could not be loaded. `detail`: `{ code, topic, locale, message }` (`topic` is the term id).
 *
 * @csspart word - The word (a button).
 * @csspart definition - The bubble with the definition.
 *
 * @cssprop --pain-color-accent - Border of the bubble.
 * @cssprop --pain-color-field - Background of the bubble.
 * @cssprop --pain-color-field-text - Text of the bubble.
 */
export class PainTerm extends PainElement {
  static override styles = [baseStyles, termStyles];

  /** The glossary id of the word, e.g. `fluoroscopy`. */
  @property({ reflect: true }) term = '';

  @state() private open = false;

  @query('.term-word') private word!: HTMLElement;

  /** This term as the page's open definition: another one opening closes it. */
  private readonly opened: OpenBubble = { close: () => (this.open = false) };

  private readonly definition = new Task(this, {
    task: async ([base, term, lang]) => {
      await this.localize.ready();
      return loadTerm(resolveContentBase(base), term, lang);
    },
    args: () => [this.contentBase, this.term.trim(), this.localize.lang] as const,
    onError: (error) => this.reportError(error, this.term),
  });

  private readonly closeOnOutsideClick = (event: Event) => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  /** Escape closes the definition wherever focus is. */
  private readonly closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.open) this.open = false;
  };

  /** The definition never stays open over what focus moved on to. */
  private readonly closeOnFocusLeaving = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (this.open && !(next && (this.contains(next) || this.renderRoot.contains(next)))) this.open = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.closeOnOutsideClick);
    document.addEventListener('keydown', this.closeOnEscape);
    this.addEventListener('focusout', this.closeOnFocusLeaving);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.closeOnOutsideClick);
    document.removeEventListener('keydown', this.closeOnEscape);
    this.removeEventListener('focusout', this.closeOnFocusLeaving);
    releaseOpen(this.opened);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('open')) return;
    if (this.open) claimOpen(this.opened);
    else releaseOpen(this.opened);
  }

  protected override updated(): void {
    const bubble = this.open && this.renderRoot.querySelector<HTMLElement>('.bubble');
    if (bubble) keepOnScreen(bubble);
  }

  private toggle(): void {
    this.open = !this.open;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.open = false;
      this.word.focus();
    } else if ((event.key === 'Enter' || event.key === ' ') && event.target === this.word) {
      event.preventDefault();
      this.toggle();
    }
  }

  override render() {
    const loaded = this.definition.value;
    if (!loaded || this.definition.error) return html`<slot></slot>`;
    const { term, locale } = loaded;
    // The live region is always there and is filled when the bubble opens, so
    // screen readers announce the definition (the toggletip pattern). The word
    // is a span with the button role, not a <button>, so a term of several
    // words wraps across lines like the text around it.
    return html`<span
        role="button"
        tabindex="0"
        class="term-word"
        part="word"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="definition"
        @click=${this.toggle}
        @keydown=${this.onKeydown}
        ><slot>${term.term}</slot></span
      ><span id="definition" role="status" aria-label=${definitionLabelText(this.localize)}
        >${
          this.open
            ? html`<span class="bubble" part="definition" lang=${locale}
                ><strong>${term.term}:</strong> ${term.definition}</span
              >`
            : nothing
        }</span
      >`;
  }
}
