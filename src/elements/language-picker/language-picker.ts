import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { resolveContentBase } from '../../content/content-base.js';
import { loadManifest } from '../../content/load-topic.js';
import { bestLocale } from '../../content/locale-chain.js';
import { chosenLanguage, setChosenLanguage } from '../../i18n/chosen-language.js';
import { uiLocaleFor } from '../../i18n/locales.js';
import { loadCatalog, localizer } from '../../i18n/localizer.js';
import { baseStyles } from '../../styles/tokens.js';
import { PainElement } from '../shared/pain-element.js';
import { languageChangedText, languageLabelText, languagesUnavailableText } from './language-picker-messages.js';
import { languagePickerStyles } from './language-picker.styles.js';

/** Where the choice is kept when the page opts in with `remember`. */
const STORAGE_KEY = 'painkit-language';

function stored(): string | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined; // storage blocked: nothing remembered
  }
}

/**
 * Lets a patient switch every painkit element on the page to another
 * language. It lists the languages that content exists for, each in its own
 * name ("Español", "English"), and announces the change to screen readers.
 * It remembers nothing unless the page adds `remember` (then the choice is
 * kept in this site's localStorage under `painkit-language`).
 *
 * @tagname pain-language-picker
 * @summary A language menu for all painkit elements on the page.
 *
 * @fires pain-language-change - The reader chose a language. `detail`: `{ locale }`.
 * @fires pain-error - The list of languages could not be loaded. `detail`: `{ code, locale, message }`.
 *
 * @csspart label - The "Language" label.
 * @csspart select - The language menu.
 *
 * @cssprop --pain-color-text - Color of the label.
 * @cssprop --pain-color-accent - Border of the menu.
 * @cssprop --pain-color-field - Background of the menu.
 * @cssprop --pain-color-field-text - Text of the menu.
 * @cssprop --pain-color-focus - Focus outline.
 */
export class PainLanguagePicker extends PainElement {
  static override styles = [baseStyles, languagePickerStyles];

  /** Keep the reader's choice for their next visit (localStorage on this site). Off unless set. */
  @property({ type: Boolean, reflect: true }) remember = false;

  /** What was last announced, in the chosen language. */
  @state() private announcement = '';

  private readonly locales = new Task(this, {
    // The language is an argument so that a change loads its interface text first.
    task: async ([base]) => {
      await this.localize.ready();
      return (await loadManifest(resolveContentBase(base))).locales;
    },
    args: () => [this.contentBase, this.localize.lang] as const,
    onError: (error) => this.reportError(error),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    const remembered = this.remember ? stored() : undefined;
    if (remembered && !chosenLanguage()) setChosenLanguage(remembered);
  }

  private async choose(event: Event): Promise<void> {
    const select = event.target as HTMLSelectElement;
    const locale = select.value;
    const name = select.selectedOptions[0]?.textContent?.trim() ?? locale;
    await loadCatalog(uiLocaleFor(locale));
    setChosenLanguage(locale);
    if (this.remember) {
      try {
        localStorage.setItem(STORAGE_KEY, locale);
      } catch {
        // storage blocked: the choice lasts for this page only
      }
    }
    this.announcement = languageChangedText(localizer(uiLocaleFor(locale)), name);
    this.emit('pain-language-change', { locale });
  }

  /** The label, the menu and the live region that announces a change. */
  private renderPicker(locales: readonly { code: string; name: string }[]) {
    const current =
      bestLocale(
        this.localize.lang,
        locales.map((l) => l.code),
      ) ?? locales[0]?.code;
    return html`<div class="picker" lang=${this.localize.locale} dir=${this.uiDir}>
      <label part="label" for="language">${languageLabelText(this.localize)}</label>
      <select part="select" id="language" @change=${this.choose}>
        ${locales.map(
          (l) => html`<option value=${l.code} lang=${l.code} ?selected=${l.code === current}>${l.name}</option>`,
        )}
      </select>
      <span class="visually-hidden" role="status">${this.announcement}</span>
    </div>`;
  }

  override render() {
    return this.locales.render({
      // While a newly chosen language loads, the menu stays as it was: the
      // reader's keyboard focus stays on it and the announcement is not lost.
      pending: () =>
        this.locales.value ? this.renderPicker(this.locales.value) : html`<div class="picker" aria-busy="true"></div>`,
      error: () => html`<p class="error" role="alert">${languagesUnavailableText(this.localize)}</p>`,
      complete: (locales) => this.renderPicker(locales),
    });
  }
}
