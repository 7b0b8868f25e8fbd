import { clinicDetails, isApproval } from '../../clinic/clinic-config.js';
import type { Approval, TopicChunk } from '../../content/types.js';

/** What an approval is checked against: the topic shown (a plan or a clinic's own Markdown has no fingerprint). */
export type Approvable = Partial<Pick<TopicChunk, 'slug' | 'locale' | 'fingerprint' | 'approval'>>;

/**
 * The clinic's approval of exactly this text: from the clinic's
 * configuration (`<pain-clinic>.approvals`, `configure()`) or built into
 * the content (`build-content --approvals`), only when its fingerprint is
 * the topic's. A stale approval (the text changed since) is none.
 */
export function currentApproval(chunk: Approvable): Approval | undefined {
  if (!chunk.fingerprint || !chunk.slug) return undefined;
  return [...clinicDetails().approvals, chunk.approval].find(
    (a): a is Approval =>
      isApproval(a) && a.topic === chunk.slug && a.locale === chunk.locale && a.fingerprint === chunk.fingerprint,
  );
}

/** Whether the clinic shows only approved topics and this one has no current approval. */
export const isWithheld = (chunk: Approvable): boolean => clinicDetails().approvedOnly && !currentApproval(chunk);
