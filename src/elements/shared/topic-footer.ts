import { html, nothing } from 'lit';
import type { TopicChunk } from '../../content/types.js';
import { heading } from './heading.js';
import { disclaimerText, reviewedText, sourcesText } from './messages.js';

/** A `YYYY-MM-DD` date as a long date in the reader's language. */
export const longDate = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** What the footer needs: a topic, or a plan template (or a page's own plan, with no sources or review date). */
export type FooterContent = Pick<TopicChunk, 'locale' | 'sources' | 'reviewed'>;

function sources(chunk: FooterContent, level: number) {
  return html`${heading(level, sourcesText(), { kind: 'footer-title' })}
    <ul class="sources" lang=${chunk.locale}>
      ${chunk.sources.map(
        (s) =>
          html`<li>
            ${s.url ? html`<a href=${s.url} rel="noopener noreferrer">${s.title}</a>` : s.title}${
              s.publisher ? html` — ${s.publisher}` : nothing
            }
          </li>`,
      )}
    </ul>`;
}

/** The disclaimer, the sources a topic was checked against and its review date. */
export function topicFooter(chunk: FooterContent, level: number, uiLocale: string) {
  return html`<footer part="footer" lang=${uiLocale}>
    <p><strong>${disclaimerText()}</strong></p>
    ${chunk.sources.length ? sources(chunk, level) : nothing}
    ${chunk.reviewed ? html`<p>${reviewedText(longDate(chunk.reviewed, uiLocale))}</p>` : nothing}
  </footer>`;
}
