import { html, nothing } from 'lit';
import type { Localizer } from '../../i18n/localizer.js';
import type { LoadedTopic } from '../../content/load-topic.js';
import { sameCodeText } from './messages.js';

/**
 * The other topics a shared procedure code leads to, as buttons that show
 * one of them instead (`choose(slug)`); nothing for most codes.
 */
export function sameCodeNotice(sameCode: LoadedTopic['sameCode'], t: Localizer, choose: (slug: string) => void) {
  if (!sameCode?.topics.length) return nothing;
  return html`<div part="same-code" class="notice box" role="note" lang=${t.locale}>
    <p>${sameCodeText(t, sameCode.code)}</p>
    <ul>
      ${sameCode.topics.map(
        (other) =>
          html`<li>
            <button type="button" lang=${other.locale} @click=${() => choose(other.slug)}>${other.title}</button>
          </li>`,
      )}
    </ul>
  </div>`;
}
