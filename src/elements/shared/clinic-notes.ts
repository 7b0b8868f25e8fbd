import { html } from 'lit';
import type { Localizer } from '../../i18n/localizer.js';
import { clinicNoteText } from './messages.js';

/**
 * A named slot where a clinic adds its own note (e.g. `<p slot="preparing">
 * Arrive 30 minutes early.</p>`), in a labelled box. The slot is always
 * rendered; its box is hidden while nothing is slotted into it.
 */
export function clinicNote(host: HTMLElement, name: string, t: Localizer) {
  // A server-rendered element (painkit/ssr) has no children to look at.
  const filled = [...(host.children ?? [])].some((child) => child.getAttribute('slot') === name);
  return html`<div class="clinic-note box" part="clinic-note" ?hidden=${!filled}>
    <p class="clinic-note-label">${clinicNoteText(t)}</p>
    <slot name=${name} @slotchange=${() => (host as HTMLElement & { requestUpdate(): void }).requestUpdate()}></slot>
  </div>`;
}
