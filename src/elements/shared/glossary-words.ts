import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveContentBase } from '../../content/content-base.js';
import { loadTerm } from '../../content/load-glossary.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { claimOpen, keepOnScreen, releaseOpen, type OpenBubble } from './bubble.js';
import { definitionLabelText, definitionUnavailableText } from './glossary-messages.js';

/** The content element served: its shadow root and its content base (`content-base`). */
type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment; contentBase: string };

/** Tells developers a definition could not be loaded (the element's console warning and `pain-error`). */
type ErrorReporter = (error: unknown, id: string) => void;

/** The glossary word an event happened on, if any. */
const wordOf = (event: Event): HTMLElement | null =>
  (event.target as Element | null)?.closest?.<HTMLElement>('.term-word') ?? null;

/** The definition bubble: the word in bold, then its meaning, as text (never HTML). */
function bubble(word: string, definition: string, lang?: string): HTMLElement {
  const box = document.createElement('span');
  box.className = 'bubble';
  box.setAttribute('part', 'term-definition');
  if (lang) box.lang = lang;
  const bold = document.createElement('strong');
  bold.textContent = `${word}:`;
  box.append(bold, ` ${definition}`);
  return box;
}

/**
 * The glossary words in a content element's compiled content (the spans
 * `glossaryWords()` makes), answered by one set of listeners on the
 * element's shadow root: each word is a toggletip, as `<pain-term>` is —
 * Enter, Space or a click shows its definition in a live region; pressing it
 * again, Escape anywhere, a click elsewhere or focus moving on closes it; one
 * definition is open on the page at a time. The glossary is fetched when a
 * reader first points at, focuses or opens a word, never while the content
 * loads. Only the first use of each word in the element stays a button, so
 * the tab order is not crowded by repeats.
 */
export class GlossaryWords implements ReactiveController, OpenBubble {
  /** The word whose definition is open, if any. */
  private word: HTMLElement | undefined;

  /**
   * @param host The content element whose shadow root holds the words.
   * @param localize The element's language and interface text.
   * @param onError Called when a definition cannot be loaded.
   */
  constructor(
    private readonly host: Host,
    private readonly localize: LocalizeController,
    private readonly onError: ErrorReporter,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const [type, listener] of this.listeners) this.host.renderRoot.addEventListener(type, listener);
  }

  hostDisconnected(): void {
    for (const [type, listener] of this.listeners) this.host.renderRoot.removeEventListener(type, listener);
    this.close();
  }

  /** After each render, later uses of a word become plain text again. */
  hostUpdated(): void {
    const seen = new Set<string>();
    for (const word of this.host.renderRoot.querySelectorAll<HTMLElement>('.term-word')) {
      const id = word.dataset.term ?? '';
      if (seen.has(id)) word.parentElement!.replaceWith(...word.childNodes);
      else seen.add(id);
    }
  }

  /** Closes the open definition, if any. */
  close(): void {
    const word = this.word;
    if (!word) return;
    this.word = undefined;
    releaseOpen(this);
    for (const [type, listener] of this.pageListeners) document.removeEventListener(type, listener);
    word.setAttribute('aria-expanded', 'false');
    word.nextElementSibling?.replaceChildren();
  }

  private open(word: HTMLElement): void {
    this.close();
    claimOpen(this);
    this.word = word;
    word.setAttribute('aria-expanded', 'true');
    for (const [type, listener] of this.pageListeners) document.addEventListener(type, listener);
    const tip = word.nextElementSibling as HTMLElement;
    tip.setAttribute('aria-label', definitionLabelText(this.localize));
    const id = word.dataset.term ?? '';
    const show = (box: HTMLElement) => {
      if (this.word !== word) return;
      tip.replaceChildren(box);
      keepOnScreen(box);
    };
    this.loadTerm(id).then(
      ({ term, locale }) => show(bubble(term.term, term.definition, locale)),
      (error: unknown) => {
        this.onError(error, id);
        show(bubble(word.textContent ?? '', definitionUnavailableText(this.localize)));
      },
    );
  }

  private readonly onClick = (event: Event) => {
    const word = wordOf(event);
    if (!word) return;
    if (word === this.word) this.close();
    else this.open(word);
  };

  private readonly onKeydown = (event: KeyboardEvent) => {
    const word = wordOf(event);
    if (!word || event.target !== word) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (word === this.word) this.close();
      else this.open(word);
    } else if (event.key === 'Escape' && word === this.word) {
      // Handled here, so a dialog around the content does not close as well.
      event.stopPropagation();
      this.close();
    }
  };

  /** Escape closes the definition wherever focus is. */
  private readonly onEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.close();
  };

  private readonly onOutsideClick = (event: Event) => {
    if (this.word && !event.composedPath().includes(this.word.parentElement!)) this.close();
  };

  /** The definition never stays open over what focus moved on to. */
  private readonly onFocusout = (event: FocusEvent) => {
    if (!this.word || event.target !== this.word) return;
    const next = event.relatedTarget as Node | null;
    if (!(next && this.word.parentElement!.contains(next))) this.close();
  };

  /** Starts fetching the glossary when a reader is about to open a word. */
  private readonly prefetch = (event: Event) => {
    const id = wordOf(event)?.dataset.term;
    if (id) this.loadTerm(id).catch(() => undefined);
  };

  /** The listeners on the element's shadow root, by event type (after the handlers they name). */
  private readonly listeners: ReadonlyArray<[string, EventListener]> = [
    ['click', this.onClick],
    ['keydown', this.onKeydown as EventListener],
    ['focusout', this.onFocusout as EventListener],
    ['focusin', this.prefetch],
    ['pointerover', this.prefetch],
  ];

  /** The listeners on the page while a definition is open. */
  private readonly pageListeners: ReadonlyArray<[string, EventListener]> = [
    ['click', this.onOutsideClick],
    ['keydown', this.onEscape as EventListener],
  ];

  /** A glossary word's definition, in the element's language, from its content base. */
  private loadTerm(id: string): ReturnType<typeof loadTerm> {
    return loadTerm(resolveContentBase(this.host.contentBase), id, this.localize.lang);
  }
}
