import { html, nothing } from 'lit';
import { clinicDetails } from '../../clinic/clinic-config.js';
import { isClinicalReview, isIsoDate } from '../../content/chunk-shape.js';
import type { Approval, TopicChunk } from '../../content/types.js';
import type { Localizer } from '../../i18n/localizer.js';
import { currentApproval, type Approvable } from './approval.js';
import { longDate } from './date-format.js';
import { heading } from './heading.js';
import {
  approvedNoClinicText,
  approvedText,
  clinicalReviewText,
  disclaimerText,
  sourcesText,
  updatedText,
} from './messages.js';

/** What the footer needs: a topic, or a plan template (or a page's own plan, with no sources or dates). */
export type FooterContent = Pick<TopicChunk, 'locale' | 'sources' | 'updated' | 'clinicalReview' | 'longDates'> &
  Approvable;

/** "Approved for patients of {clinic} by {name} ({role}) on {date}", the date in the reader's language. */
function approvalLine(approval: Approval, chunk: FooterContent, t: Localizer) {
  const date = longDate(approval.date, t.locale, chunk);
  const clinic = clinicDetails().name;
  return html`<p class="approval">
    ${
      clinic
        ? approvedText(t, clinic, approval.by, approval.role, date)
        : approvedNoClinicText(t, approval.by, approval.role, date)
    }
  </p>`;
}

function sources(chunk: FooterContent, level: number, t: Localizer) {
  return html`${heading(level, sourcesText(t), { kind: 'footer-title' })}
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

/**
 * The disclaimer, the sources a topic was checked against, when it was last
 * updated, only when a named clinician reviewed it, who did and when, and
 * only when the clinic approved this very text, who approved it and when.
 */
export function topicFooter(chunk: FooterContent, level: number, t: Localizer) {
  const review = isClinicalReview(chunk.clinicalReview) ? chunk.clinicalReview : undefined;
  const approval = currentApproval(chunk);
  return html`<footer part="footer" lang=${t.locale}>
    <p><strong>${disclaimerText(t)}</strong></p>
    ${chunk.sources.length ? sources(chunk, level, t) : nothing}
    ${isIsoDate(chunk.updated) ? html`<p>${updatedText(t, longDate(chunk.updated, t.locale, chunk))}</p>` : nothing}
    ${
      review
        ? html`<p>${clinicalReviewText(t, review.by, review.credentials, longDate(review.date, t.locale, chunk))}</p>`
        : nothing
    }
    ${approval ? approvalLine(approval, chunk, t) : nothing}
  </footer>`;
}
