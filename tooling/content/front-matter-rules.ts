import { BODY_AREAS, SECTIONS_BY_KIND, isoDate, type ParsedTopic, isSlug } from 'painkit/markdown';
import { checkDiary } from './diary-rules.js';
import { checkIcd10Codes } from './icd10-rules.js';
import { urlProblem } from './https-url.js';

/** A problem in one file: a line and what is wrong. */
export interface Finding {
  line: number;
  message: string;
}

export type Path = Array<string | number>;

const KNOWN_FIELDS = new Set([
  'title',
  'summary',
  'key-points',
  'kind',
  'conditions',
  'topics',
  'body-areas',
  'codes',
  'updated',
  'clinical-review',
  'sources',
  'recovery',
  'translation',
  'red-flags',
  'near-spine',
  'check',
  'diary',
]);
const CLINICAL_REVIEW_FIELDS = new Set(['by', 'credentials', 'date']);
const MILESTONE_FIELDS = new Set(['id', 'when', 'from-day', 'to-day', 'expect', 'do', 'avoid', 'call']);
const FINGERPRINT = /^[0-9a-f]{16}$/;
/** How a sentence ends. In `[a, b]` YAML splits at commas, leaving fragments that do not. */
const SENTENCE_END = /[.!?…:;)"'”»]$/;

export const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
export const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
/** `Date.parse` rolls 2025-02-30 over to March 2; a real date survives the round trip. */
export const isRealDate = (iso: string): boolean => {
  const time = Date.parse(iso);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === iso;
};

/** Reports a problem at a front-matter path. */
export type At = (path: Path, message: string) => void;

/** The context a file is checked in. `today` is `YYYY-MM-DD`. */
export interface CheckOptions {
  isSource: boolean;
  today: string;
}

/**
 * Checks the fields every content file with front matter shares: no unknown
 * fields, `title`, `summary`, `updated`, `clinical-review` (optional),
 * `sources`, and `translation` (only in translations).
 */
export function checkCommonFields(
  data: Record<string, unknown>,
  at: At,
  opts: CheckOptions,
  known: ReadonlySet<string>,
): void {
  for (const key of Object.keys(data)) if (!known.has(key)) at([key], `unknown field "${key}"`);

  const text = (key: string, max: number) => {
    if (!isText(data[key])) at([key], `"${key}" is required and must be text`);
    else if ((data[key] as string).length > max) at([key], `"${key}" is longer than ${max} characters`);
  };
  text('title', 80);
  text('summary', 300);

  const updated = checkDate(data.updated, ['updated'], at, opts.today);
  if (data['clinical-review'] !== undefined) checkClinicalReview(data['clinical-review'], updated, at, opts.today);

  checkSources(data.sources, at);
  checkTranslation(data.translation, at, opts.isSource);
}

/**
 * Checks a date field: written `YYYY-MM-DD`, a real day, not after `today`.
 * Returns the date when it is valid, otherwise `''`.
 */
function checkDate(value: unknown, path: Path, at: At, today: string): string {
  const name = `"${path.join('.')}"`;
  const date = isoDate(value);
  if (!date) at(path, `${name} must be a date written YYYY-MM-DD`);
  else if (!isRealDate(date)) at(path, `"${date}" is not a real date`);
  else if (date > today) at(path, `${name} (${date}) is in the future`);
  else return date;
  return '';
}

/**
 * Checks a `clinical-review` record: the named clinician (`by`), their
 * `credentials` and the `date` they reviewed this version, not in the future
 * and not before `updated` (a review of an older text does not cover this one).
 */
function checkClinicalReview(review: unknown, updated: string, at: At, today: string): void {
  const path = ['clinical-review'];
  if (!isRecord(review)) {
    return at(
      path,
      '"clinical-review" must have "by", "credentials" and "date" (leave it out until a clinician reviews)',
    );
  }
  for (const key of Object.keys(review))
    if (!CLINICAL_REVIEW_FIELDS.has(key)) at([...path, key], `unknown clinical-review field "${key}"`);
  /** A missing field is reported at the record, a wrong one at its own line. */
  const where = (key: string): Path => (key in review ? [...path, key] : path);
  if (!isText(review.by)) at(where('by'), '"clinical-review.by" must name the clinician who reviewed this version');
  if (!isText(review.credentials)) {
    at(where('credentials'), '"clinical-review.credentials" must give the reviewer\'s credentials (e.g. MD)');
  }
  const date = checkDate(review.date, where('date'), at, today);
  if (date && updated && date < updated) {
    at(
      [...path, 'date'],
      `"clinical-review.date" (${date}) is before "updated" (${updated}): the review covers an older version`,
    );
  }
}

/** Checks a translation block: required in translations, absent in the source. */
export function checkTranslation(translation: unknown, at: At, isSource: boolean): void {
  if (isSource && translation !== undefined) {
    at(['translation'], '"translation" belongs only in translations, not in the English source');
  } else if (!isSource) {
    const t = translation;
    if (!isRecord(t)) at(['translation'], '"translation" is required in a translation: status and source-fingerprint');
    else {
      if (!['reviewed', 'draft', 'machine'].includes(t.status as string)) {
        at(['translation', 'status'], '"translation.status" must be "reviewed", "draft" or "machine"');
      }
      if (typeof t['source-fingerprint'] !== 'string' || !FINGERPRINT.test(t['source-fingerprint'])) {
        at(
          ['translation', 'source-fingerprint'],
          '"translation.source-fingerprint" must be 16 hex digits from `painkit fingerprint`',
        );
      }
    }
  }
}

/**
 * Checks a topic's front matter against the content model
 * (content/README.md). `conditions` are the slugs of the set's condition
 * pages; `undefined` for a set without any (then each is only checked to be a slug).
 */
export function checkFrontMatter(
  parsed: ParsedTopic,
  opts: CheckOptions & { conditions: ReadonlySet<string> | undefined },
): Finding[] {
  const findings: Finding[] = [];
  const data = parsed.data;
  if (!data) return findings; // the parser already reported why
  const at: At = (path, message) => findings.push({ line: parsed.lineOf(path), message });
  checkCommonFields(data, at, opts, KNOWN_FIELDS);
  const kinds = Object.keys(SECTIONS_BY_KIND);
  if (!kinds.includes(data.kind as string)) at(['kind'], `"kind" must be ${kinds.map((k) => `"${k}"`).join(', ')}`);
  const isCondition = data.kind === 'condition';

  const slugList = (key: string, known: (slug: string) => boolean, required: boolean) => {
    const value = data[key];
    if (value === undefined) {
      if (required) at([key], `"${key}" is required (a list, may be empty)`);
      return;
    }
    if (!Array.isArray(value)) return at([key], `"${key}" must be a list`);
    value.forEach((item, i) => {
      if (typeof item !== 'string' || !known(item))
        at([key, i], `unknown ${key === 'conditions' ? 'condition' : 'body area'} "${String(item)}"`);
    });
  };
  if (isCondition) {
    if (data.conditions !== undefined)
      at(['conditions'], 'a condition page lists the "topics" that help, not "conditions"');
    if (!Array.isArray(data.topics) || !data.topics.length)
      at(['topics'], 'a condition page needs "topics": the topic slugs that help');
  } else {
    slugList('conditions', (slug) => (opts.conditions ? opts.conditions.has(slug) : isSlug(slug)), true);
    if (data.topics !== undefined) at(['topics'], '"topics" belongs only in condition pages');
  }
  slugList('body-areas', (slug) => (BODY_AREAS as readonly string[]).includes(slug), false);

  if (data.codes !== undefined) {
    if (!isRecord(data.codes)) at(['codes'], '"codes" must have "cpt" and "snomed" lists');
    else {
      for (const [system, pattern, what] of [
        ['cpt', /^\d{5}$/, 'a 5-digit CPT code'],
        ['snomed', /^\d{6,18}$/, 'a SNOMED CT id of 6 to 18 digits'],
      ] as const) {
        const list = data.codes[system] ?? [];
        if (!Array.isArray(list)) at(['codes', system], `"codes.${system}" must be a list`);
        else
          list.forEach((code, i) => {
            if (typeof code !== 'string' || !pattern.test(code))
              at(['codes', system, i], `"${String(code)}" is not ${what} (write it in quotes)`);
          });
      }
      checkIcd10Codes(data.codes.icd10, isCondition, at);
      for (const key of Object.keys(data.codes))
        if (!['cpt', 'snomed', 'icd10'].includes(key)) at(['codes', key], `unknown code system "${key}"`);
    }
  }

  if (data.kind === 'procedure' || data.recovery !== undefined) checkRecovery(data.recovery, at);
  if (data.diary !== undefined) checkDiary(data.diary, at);
  return findings;
}

function checkSources(sources: unknown, at: At): void {
  if (!Array.isArray(sources) || sources.length < 2) {
    at(['sources'], '"sources" must list at least 2 authoritative sources');
  }
  if (!Array.isArray(sources)) return;
  sources.forEach((source, i) => {
    if (!isRecord(source)) return at(['sources', i], 'a source needs "title", "publisher" and "url"');
    for (const key of ['title', 'publisher', 'url']) {
      if (!isText(source[key])) at(['sources', i], `source ${i + 1} has no "${key}"`);
    }
    const problem = isText(source.url) ? urlProblem(source.url) : undefined;
    if (problem) at(['sources', i, 'url'], problem);
  });
}

function checkRecovery(recovery: unknown, at: At): void {
  if (!Array.isArray(recovery) || !recovery.length) {
    return at(['recovery'], 'a procedure needs a "recovery" list of milestones');
  }
  const ids = new Set<string>();
  let previousFrom = -1;
  recovery.forEach((m, i) => {
    if (!isRecord(m)) return at(['recovery', i], 'a milestone needs "id", "when", "from-day", "expect" and "do"');
    for (const key of Object.keys(m))
      if (!MILESTONE_FIELDS.has(key)) at(['recovery', i, key], `unknown milestone field "${key}"`);
    const id = m.id;
    if (typeof id !== 'string' || !isSlug(id)) at(['recovery', i], `milestone ${i + 1} needs an "id" in kebab-case`);
    else if (ids.has(id)) at(['recovery', i, 'id'], `milestone id "${id}" is used twice`);
    else ids.add(id);
    if (!isText(m.when)) at(['recovery', i], `milestone ${i + 1} needs "when" text`);
    const from = m['from-day'];
    const to = m['to-day'];
    if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) {
      at(['recovery', i, 'from-day'], `milestone ${i + 1}: "from-day" must be a whole number of days, 0 or more`);
    } else {
      if (from < previousFrom) at(['recovery', i, 'from-day'], `milestone ${i + 1} starts before the one above it`);
      previousFrom = from;
      if (to !== undefined && (typeof to !== 'number' || !Number.isInteger(to) || to < from)) {
        at(['recovery', i, 'to-day'], `milestone ${i + 1}: "to-day" must be a whole number not before "from-day"`);
      }
    }
    for (const key of ['expect', 'do', 'avoid', 'call']) {
      const list = m[key];
      const required = key === 'expect' || key === 'do';
      if (list === undefined) {
        if (required) at(['recovery', i], `milestone ${i + 1} needs a "${key}" list`);
      } else if (!Array.isArray(list) || (required && !list.length) || !list.every(isText)) {
        at(['recovery', i, key], `milestone ${i + 1}: "${key}" must be a list of sentences`);
      } else {
        (list as string[]).forEach((item, j) => {
          if (!SENTENCE_END.test(item.trim())) {
            at(
              ['recovery', i, key, j],
              `milestone ${i + 1}: "${key}" item "${item}" is not a whole sentence (in [...] lists, put a sentence with a comma in quotes)`,
            );
          }
        });
      }
    }
  });
}
