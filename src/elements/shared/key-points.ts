import { html, nothing } from 'lit';
import { clinicDetails } from '../../clinic/clinic-config.js';
import type { Localizer } from '../../i18n/localizer.js';
import { heading } from './heading.js';
import { keyPointsText } from './messages.js';
import { localEmergency } from './red-flags.js';

/**
 * A topic's key points, shown first: a "Key points" heading and a list of
 * plain sentences (text, never HTML). "911" and "988" become the clinic's
 * emergency number and crisis line, as in the red flags. Nothing when the
 * topic has none.
 */
export function keyPoints(points: readonly string[] | undefined, level: number, t: Localizer) {
  if (!points?.length) return nothing;
  const clinic = clinicDetails();
  return html`<section part="key-points" class="key-points notice box">
    ${heading(level, keyPointsText(t), { id: 'heading-key-points', kind: 'section-title' })}
    <ul>
      ${points.map((point) => html`<li>${localEmergency(point, clinic)}</li>`)}
    </ul>
  </section>`;
}
