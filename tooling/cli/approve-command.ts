import { readFile, writeFile } from 'node:fs/promises';
import type { Approval } from 'painkit/markdown';
import { likelyMeant, nearestNames, orList } from '../closest-names.js';
import { formatApprovals, parseApprovals, topicFingerprint, withApproval } from '../content/approvals.js';
import { readContentSet } from '../content/content-set.js';
import { isRealDate } from '../content/front-matter-rules.js';
import { SOURCE_LOCALE } from '../content/read-content.js';
import { contentFolder, inputFile } from './paths.js';
import { UsageError } from './usage-error.js';

/** The file `--approvals` names by default. */
export const DEFAULT_APPROVALS = 'approvals.json';

/** The approvals in the file `--approvals` names, or a one-line reason they cannot be read. */
export async function readApprovalsFile(path: string): Promise<Approval[]> {
  const text = await inputFile(path, '--approvals');
  try {
    return parseApprovals(text);
  } catch (error) {
    throw new UsageError(`--approvals ${path}: ${(error as Error).message}`, { cause: error });
  }
}

/** Today in UTC, `YYYY-MM-DD`. */
const today = () => new Date().toISOString().slice(0, 10);

function checkDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRealDate(date))
    throw new UsageError(`--date ${date}: not a real date written YYYY-MM-DD`);
  if (date > today()) throw new UsageError(`--date ${date}: is in the future; an approval is given on or before today`);
  return date;
}

/** `--by` and `--role`: required, not blank. */
function person(values: Record<string, string | boolean | undefined>, name: 'by' | 'role', example: string): string {
  const value = typeof values[name] === 'string' ? (values[name] as string).trim() : '';
  if (!value) throw new UsageError(`--${name} is required: --${name} "${example}"`);
  return value;
}

/**
 * `painkit approve <topic> [--lang code] --by "Name" --role "Role" [--date YYYY-MM-DD]
 * [--approvals FILE] [--content-dir DIR]`: records the clinic's approval of
 * the topic's current text (its content fingerprint) in the approvals file,
 * replacing any earlier approval of that topic in that language.
 */
export async function approveCommand(
  [slug]: string[],
  values: Record<string, string | boolean | undefined>,
): Promise<number> {
  const by = person(values, 'by', 'Dr. Ana Ruiz');
  const role = person(values, 'role', 'Medical director');
  const date = checkDate((values.date as string | undefined) ?? today());
  const locale = ((values.lang as string | undefined) ?? SOURCE_LOCALE).trim().toLowerCase();
  const path = (values.approvals as string | undefined) ?? DEFAULT_APPROVALS;
  const set = await readContentSet(
    await contentFolder((values['content-dir'] as string | undefined) ?? 'content', 'approve <topic> --content-dir'),
  );
  const slugs = [...new Set(set.topics.map((t) => t.file.slug))].sort();
  if (!slugs.includes(slug!)) {
    const close = likelyMeant(slug!, slugs);
    throw new UsageError(
      `there is no topic "${slug}"; ${close.length ? `did you mean ${orList(close)}?` : `the closest are ${nearestNames(slug!, slugs).join(', ')}`}`,
    );
  }
  const topic = set.topics.find((t) => t.file.slug === slug && t.file.locale === locale);
  if (!topic) {
    const have = set.topics.filter((t) => t.file.slug === slug).map((t) => t.file.locale);
    throw new UsageError(`"${slug}" has no "${locale}" text to approve; it is written in ${have.join(', ')}`);
  }
  const existing = await readFile(path, 'utf8').then(
    () => readApprovalsFile(path),
    () => [],
  );
  const approval: Approval = { topic: slug!, locale, fingerprint: topicFingerprint(set, topic), by, role, date };
  await writeFile(path, formatApprovals(withApproval(existing, approval)));
  console.log(
    `Approved ${slug} (${locale}, fingerprint ${approval.fingerprint}) by ${by} (${role}) on ${date}: ${path}`,
  );
  return 0;
}
