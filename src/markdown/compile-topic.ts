import {
  CONTENT_FORMAT,
  RED_FLAG_SECTION,
  type CheckQuestion,
  type ClinicalReview,
  type DiarySchedule,
  type Milestone,
  type Section,
  type Source,
  type TopicChunk,
  type Translation,
  type TopicKind,
  type TranslationStatus,
} from '../content/types.js';
import type { ParsedTopic } from './parse-topic.js';
import type { MarkdownRenderer } from './render.js';

/** Only web links become source links; anything else is dropped. */
const WEB_URL = /^https?:\/\//i;

export const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

export const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()) : [];

export const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const day = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

/** A date, whether YAML read it as a string or as a Date. */
export function isoDate(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.valueOf())) return value.toISOString().slice(0, 10);
  const s = text(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : '';
}

/** The date a review falls due: 24 months after the last content update (29 February → 28 February). */
export function reviewDueDate(updated: string): string {
  if (!updated) return '';
  const [y, m, d] = updated.split('-').map(Number);
  const due = new Date(Date.UTC(y + 2, m - 1, 1));
  const lastDay = new Date(Date.UTC(y + 2, m, 0)).getUTCDate();
  due.setUTCDate(Math.min(d, lastDay));
  return due.toISOString().slice(0, 10);
}

function milestones(value: unknown): Milestone[] {
  return (Array.isArray(value) ? value : []).map((raw, index) => {
    const m = record(raw);
    return {
      id: text(m.id) || `milestone-${index + 1}`,
      when: text(m.when),
      fromDay: day(m['from-day']) ?? 0,
      toDay: day(m['to-day']),
      expect: list(m.expect),
      do: list(m.do),
      avoid: list(m.avoid),
      call: list(m.call),
    };
  });
}

/** Teach-back questions as plain text; `correct` is true only where the content says `correct: true`. */
function questions(value: unknown): CheckQuestion[] {
  return (Array.isArray(value) ? value : []).map((raw) => {
    const q = record(raw);
    return {
      prompt: text(q.prompt),
      choices: (Array.isArray(q.choices) ? q.choices : []).map((c) => ({
        text: text(record(c).text),
        correct: record(c).correct === true,
      })),
      explanation: text(q.explanation),
      section: text(q.section),
    };
  });
}

/** `15m`, `8h` or `14d` → minutes; the validator enforces the form. */
export function durationMinutes(value: unknown): number | undefined {
  const match = /^(\d{1,4})(m|h|d)$/.exec(text(value));
  if (!match) return undefined;
  return Number(match[1]) * { m: 1, h: 60, d: 1440 }[match[2] as 'm' | 'h' | 'd'];
}

/** A `diary:` block, or `undefined` when the topic has none. */
function diary(value: unknown): DiarySchedule | undefined {
  if (value === undefined) return undefined;
  const d = record(value);
  const phases = (Array.isArray(d.phases) ? d.phases : []).map((raw, index) => {
    const p = record(raw);
    return {
      id: text(p.id) || `phase-${index + 1}`,
      everyMinutes: durationMinutes(p.every) ?? 0,
      untilMinutes: durationMinutes(p.until) ?? 0,
      do: list(p.do),
    };
  });
  return { rate: text(d.rate), baseline: text(d.baseline), phases: phases.filter((p) => p.everyMinutes > 0) };
}

function section(parsed: ParsedTopic['sections'][number], index: number, md: MarkdownRenderer): Section {
  const id = parsed.id ?? `section-${index + 1}`;
  if (id !== RED_FLAG_SECTION) return { id, title: parsed.title, html: md.block(parsed.markdown) };
  return {
    id,
    title: parsed.title,
    html: md.block(parsed.intro),
    groups: parsed.subsections.map((sub, i) => ({
      id: sub.id ?? `group-${i + 1}`,
      title: sub.title,
      items: md.listItems(sub.markdown),
    })),
  };
}

/** A `clinical-review` record, or `undefined` when the file has none (or an incomplete one). */
function clinicalReview(value: unknown): ClinicalReview | undefined {
  const r = record(value);
  const review = { by: text(r.by), credentials: text(r.credentials), date: isoDate(r.date) };
  return review.by && review.credentials && review.date ? review : undefined;
}

/** The fields every compiled file shares: title, summary, dates, clinical review, sources, translation. */
export function compileCommon(data: Record<string, unknown>) {
  const translation = record(data.translation);
  const updated = isoDate(data.updated);
  const status = text(translation.status) as TranslationStatus;
  const review = clinicalReview(data['clinical-review']);
  return {
    title: text(data.title),
    summary: text(data.summary),
    updated,
    reviewDue: reviewDueDate(updated),
    ...(review && { clinicalReview: review }),
    sources: (Array.isArray(data.sources) ? data.sources : []).map((raw): Source => {
      const s = record(raw);
      const url = text(s.url);
      return { title: text(s.title), publisher: text(s.publisher), url: WEB_URL.test(url) ? url : '' };
    }),
    translation: (status
      ? { status, sourceFingerprint: text(translation['source-fingerprint']) || undefined }
      : { status: 'source' }) as Translation,
  };
}

/** Every section of a parsed file, rendered and sanitized. */
export const compileSections = (parsed: ParsedTopic, md: MarkdownRenderer): Section[] =>
  parsed.sections.map((s, i) => section(s, i, md));

/**
 * Turns a parsed topic into the compiled chunk the components render. Used by
 * the content compiler (Node) and by the `src` path (browser), so both render
 * Markdown the same way. Lenient: missing fields become empty values; the
 * validator is what enforces the schema.
 */
export function compileTopic(
  parsed: ParsedTopic,
  md: MarkdownRenderer,
  where: { slug: string; locale: string },
): TopicChunk {
  const data = record(parsed.data);
  const codes = record(data.codes);
  const { title, summary, ...rest } = compileCommon(data);
  const icd10 = list(codes.icd10);
  return {
    format: CONTENT_FORMAT,
    slug: where.slug,
    locale: where.locale,
    title,
    summary,
    keyPoints: list(data['key-points']),
    kind: (text(data.kind) || 'procedure') as TopicKind,
    conditions: list(data.conditions),
    topics: list(data.topics),
    bodyAreas: list(data['body-areas']),
    codes: { cpt: list(codes.cpt), snomed: list(codes.snomed), ...(icd10.length ? { icd10 } : {}) },
    ...rest,
    sections: compileSections(parsed, md),
    recovery: milestones(data.recovery),
    check: questions(data.check),
    ...(data.diary !== undefined && { diary: diary(data.diary) }),
  };
}
