import { html } from 'lit';
import { printText } from './messages.js';

/** The "Print" button of an element (hidden when printing). */
export const printButton = (uiLocale: string, print: () => void) =>
  html`<button type="button" class="print-button" part="print-button" lang=${uiLocale} @click=${print}>
    ${printText()}
  </button>`;
