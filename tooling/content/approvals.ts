import { isoDate, type Approval } from 'painkit/markdown';
import type { ContentSet, ParsedFile } from './content-set.js';
import { fingerprint } from './fingerprint.js';
import { isRealDate, isRecord, isText } from './front-matter-rules.js';

/** The version of the approvals file's format. */
export const APPROVALS_FORMAT = 1;

/** The approvals file `painkit approve` writes: `{ "format": 1, "approvals": [...] }`, one entry per topic and locale. */
export interface ApprovalsFile {
  format: typeof APPROVALS_FORMAT;
  approvals: readonly Approval[];
}

/** Whether a topic's approval covers the text it has now. */
export type ApprovalState = 'approved' | 'stale' | 'unapproved';

const FINGERPRINT = /^[0-9a-f]{16}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * The content fingerprint of a topic in one locale: it changes whenever the
 * text a reader sees changes, that is the topic file or an item of a
 * red-flag set it lists. An approval covers one fingerprint.
 */
export function topicFingerprint(set: ContentSet, topic: ParsedFile): string {
  const listed = topic.parsed.data?.['red-flags'];
  const sets = set.redFlagSets.get(topic.file.locale)?.sets;
  const items = (Array.isArray(listed) ? listed : []).map((id) => JSON.stringify(sets?.get(String(id))?.items ?? null));
  return fingerprint([topic.file.text, ...items].join('\n'));
}

/** What is wrong with one entry of an approvals file, or undefined. */
function entryProblem(entry: unknown): string | undefined {
  if (!isRecord(entry)) return 'must be an object with topic, locale, fingerprint, by, role and date';
  if (typeof entry.topic !== 'string' || !SLUG.test(entry.topic)) return '"topic" must be a topic slug';
  if (typeof entry.locale !== 'string' || !LOCALE.test(entry.locale)) return '"locale" must be a language code';
  if (typeof entry.fingerprint !== 'string' || !FINGERPRINT.test(entry.fingerprint))
    return '"fingerprint" must be 16 hex digits';
  for (const key of ['by', 'role'] as const) if (!isText(entry[key])) return `"${key}" must name who approved it`;
  if (!isoDate(entry.date) || !isRealDate(entry.date as string)) return '"date" must be a real date written YYYY-MM-DD';
  return undefined;
}

/**
 * Reads the text of an approvals file. Throws an Error whose message names
 * the first problem (`entry 2 (epidural-steroid-injection): "date" must be …`).
 */
export function parseApprovals(text: string): Approval[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (!isRecord(json) || json.format !== APPROVALS_FORMAT || !Array.isArray(json.approvals))
    throw new Error(`not a painkit approvals file: expected { "format": ${APPROVALS_FORMAT}, "approvals": [...] }`);
  const seen = new Set<string>();
  return json.approvals.map((entry: unknown, i: number) => {
    const problem = entryProblem(entry);
    const topic = isRecord(entry) && typeof entry.topic === 'string' ? ` (${entry.topic})` : '';
    if (problem) throw new Error(`entry ${i + 1}${topic}: ${problem}`);
    const { topic: slug, locale, fingerprint, by, role, date } = entry as unknown as Approval;
    const key = `${slug} ${locale}`;
    if (seen.has(key)) throw new Error(`entry ${i + 1}${topic}: a second approval for "${slug}" in "${locale}"`);
    seen.add(key);
    return { topic: slug, locale, fingerprint, by: by.trim(), role: role.trim(), date };
  });
}

/** The approvals with `approval` in place of any earlier one for its topic and locale, sorted by topic then locale. */
export function withApproval(approvals: readonly Approval[], approval: Approval): Approval[] {
  return [...approvals.filter((a) => a.topic !== approval.topic || a.locale !== approval.locale), approval].sort(
    (a, b) => a.topic.localeCompare(b.topic) || a.locale.localeCompare(b.locale),
  );
}

/** The approvals file's text (pretty JSON, one entry per topic and locale). */
export const formatApprovals = (approvals: readonly Approval[]): string =>
  `${JSON.stringify({ format: APPROVALS_FORMAT, approvals } satisfies ApprovalsFile, null, 2)}\n`;

/** A topic's approval, if any, and whether it covers the topic's text now. */
export function approvalState(
  approvals: readonly Approval[],
  topic: { slug: string; locale: string; fingerprint: string },
): { state: ApprovalState; approval?: Approval } {
  const approval = approvals.find((a) => a.topic === topic.slug && a.locale === topic.locale);
  if (!approval) return { state: 'unapproved' };
  return { state: approval.fingerprint === topic.fingerprint ? 'approved' : 'stale', approval };
}
