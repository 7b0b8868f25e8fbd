import { html } from 'lit';
import type { Localizer } from '../../i18n/localizer.js';
import { printText } from './messages.js';

/** The "Print" button of an element (hidden when printing). */
export const printButton = (t: Localizer, print: () => void) =>
  html`<button type="button" class="print-button" part="print-button" lang=${t.locale} @click=${print}>
    ${printText(t)}
  </button>`;
