import { html, nothing } from 'lit';
import type { Localizer } from '../../i18n/localizer.js';
import { levelWords, yourRatingText } from './diary-messages.js';

/**
 * The 0–10 pain scale: a native radio group (arrow keys move, one tab stop),
 * each level with its words, and the chosen value spelled out below it.
 */
export function ratingScale(t: Localizer, legend: string, chosen: number | undefined, choose: (level: number) => void) {
  const words = levelWords(t);
  return html`<fieldset part="rating" class="rating">
    <legend>${legend}</legend>
    <div class="scale">
      ${words.map(
        (word, level) =>
          html`<label class="level level-${level}">
            <input
              type="radio"
              name="rating"
              .value=${String(level)}
              .checked=${chosen === level}
              @change=${() => choose(level)}
            />
            <span class="level-number">${level}</span>
            <span class="level-words">${word}</span>
          </label>`,
      )}
    </div>
    <p class="rating-value" aria-live="polite">
      ${chosen === undefined ? nothing : yourRatingText(t, chosen, words[chosen])}
    </p>
  </fieldset>`;
}
