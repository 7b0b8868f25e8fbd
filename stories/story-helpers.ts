import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { configure } from '../src/configure.js';

/*
 * Shared by every story file. Stories load real content through the elements'
 * own loader. Paths are relative to Storybook's iframe, so a Storybook
 * published under a sub-path still finds them (see staticDirs in
 * .storybook/main.ts).
 */

/** Compiled content from `npm run build:content`. */
export const DATA = 'data/';
/** Hand-made content for states the real content never has (test/fixtures/data). */
export const FIXTURES = 'fixtures/data/';
/** A closed local port: every request fails as a network error, nothing leaves the machine. */
export const UNREACHABLE = 'http://127.0.0.1:9/';
// Another origin than Storybook's: allowed here, so the network-error stories show a network error.
configure({ allowOrigins: [UNREACHABLE] });

/** Logs the elements' events with their detail in the Actions panel (both bubble and are composed). */
export const logEvents: Decorator = (story) =>
  html`<div
    @pain-topic-loaded=${(e: CustomEvent) => action('pain-topic-loaded')(e.detail)}
    @pain-error=${(e: CustomEvent) => action('pain-error')(e.detail)}
  >
    ${story()}
  </div>`;

/** The `lang` control: empty follows the toolbar's locale. */
export const langArgType = {
  control: 'select',
  options: ['', 'en', 'es', 'es-MX', 'fr', 'ar'],
  labels: { '': '(not set: follows the page / toolbar locale)' },
  description:
    "The reader's language (the global HTML attribute). When it is not set, the nearest ancestor's `lang` wins: here the toolbar's locale.",
  table: { category: 'attributes' },
} as const;

/**
 * For Print stories: the print look lives in each element's own `@media print` rules and Storybook cannot
 * switch media types, so this adds a hint and a button that opens the browser's print preview (hidden in print).
 */
export const printHint: Decorator = (story) =>
  html`<style>
      @media print {
        .painkit-print-hint {
          display: none;
        }
      }
    </style>
    <p class="painkit-print-hint" style="font: 0.875rem/1.5 system-ui, sans-serif; margin-block: 0 1rem;">
      The print look needs print media: open the print preview, or emulate print in DevTools (Rendering › Emulate CSS
      media type).
      <button type="button" @click=${() => window.print()}>Open print preview</button>
    </p>
    ${story()}`;
