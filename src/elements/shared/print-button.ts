import { html, isServer, nothing } from 'lit';
import type { Localizer } from '../../i18n/localizer.js';
import { printText } from './messages.js';

/**
 * The "Print" button of an element (hidden when printing). Rendered on a
 * server (painkit/ssr), it keeps its place but is invisible until painkit
 * runs and the button works.
 */
export const printButton = (t: Localizer, print: () => void) =>
  html`<button
    type="button"
    class="print-button"
    part="print-button"
    lang=${t.locale}
    style=${isServer ? 'visibility: hidden' : nothing}
    @click=${print}
  >
    ${printText(t)}
  </button>`;
