import { compileCommon, record, text, type Approval, type ClinicalReview } from 'painkit/markdown';
import { approvalState, topicFingerprint, type ApprovalState } from './approvals.js';
import { fingerprint } from './fingerprint.js';
import { readableUnits } from './plain-text.js';
import { BUDGET, fernandezHuerta, fleschKincaid, smog, szigrisztPazos, textStats } from './readability.js';
import { readContentSet, type ContentSet, type ContentSource } from './content-set.js';
import type { OverlayLayer } from './overlay.js';
import { SOURCE_LOCALE, type ContentFile } from './read-content.js';

/** Words a minute for reading time: a slow, careful pace for health text. */
const WORDS_PER_MINUTE = 150;

/** One topic in one locale, as `painkit report` shows it. */
export interface TopicReport {
  file: string;
  slug: string;
  locale: string;
  kind: string;
  words: number;
  sentences: number;
  /** Minutes to read at a careful pace. */
  readingMinutes: number;
  /** English: Flesch-Kincaid grade and SMOG. Spanish: Fernández-Huerta and Szigriszt-Pazos (INFLESZ). */
  scores: Record<string, number>;
  translation: string;
  /** `YYYY-MM-DD`: the last change to the text (empty for a glossary). */
  updated: string;
  /** Who reviewed this version, only when a named clinician has. */
  clinicalReview?: ClinicalReview;
  /** A translation whose English source changed after it was made. */
  stale: boolean;
  overBudget: boolean;
  /** With approvals (`report --approvals`), a topic's clinic sign-off: current, stale or none. */
  approval?: ApprovalState;
  /** `clinic` for a file of the clinic's overlay (`report --overlay`). */
  origin?: 'clinic';
}

/** With `--overlay`: the clinic's own files, apart from the base content's. */
export interface OverlayReport {
  dir: string;
  /** Overlay files that add a topic or plan, as `<locale>/<slug>`. */
  added: string[];
  /** Overlay files that replace a base file, as `<locale>/<slug>`. */
  replaced: string[];
  /** Base translations set aside because the overlay replaced their English text. */
  withheld: string[];
  /** Clinic topics and plans (by slug) that exist in English only: shown in English in every other locale. */
  englishOnly: string[];
}

export interface LocaleSummary {
  locale: string;
  topics: number;
  /** The score the budget applies to: FK grade (en, lower is easier) or Fernández-Huerta (es, higher is easier). */
  measure: string;
  median: number;
  worst: { slug: string; value: number };
  stale: string[];
  overBudget: string[];
  /** With approvals: the topics nobody approved, and those whose approval covers an older text. */
  approvals?: { approved: string[]; stale: string[]; unapproved: string[] };
}

export interface ContentReport {
  topics: TopicReport[];
  locales: LocaleSummary[];
  overlay?: OverlayReport;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round(((sorted[mid - 1] + sorted[mid]) / 2) * 10) / 10;
};

/** A file to score: its text units and its translation block. */
interface Scored {
  file: ContentFile;
  slug: string;
  kind: string;
  units: string[];
  translation: Record<string, unknown>;
  /** The front matter, for the dates (absent for a glossary). */
  data?: Record<string, unknown>;
  /** A topic's content fingerprint (absent for plans and glossaries, which are not approved one by one). */
  fingerprint?: string;
}

/** Topics, plan templates (`plans/<condition>`) and glossaries (`glossary`), ready to score. */
function scoredFiles(set: ContentSet): Scored[] {
  const topics = set.topics.map((topic) => ({
    file: topic.file,
    slug: topic.file.slug,
    kind: String(topic.parsed.data?.kind ?? '?'),
    units: readableUnits(topic.parsed),
    translation: record(topic.parsed.data?.translation),
    data: record(topic.parsed.data),
    fingerprint: topicFingerprint(set, topic),
  }));
  const plans = set.plans.map(({ file, parsed }) => ({
    file,
    slug: `plans/${file.slug}`,
    kind: 'plan',
    units: readableUnits(parsed),
    translation: record(parsed.data?.translation),
    data: record(parsed.data),
  }));
  const glossaries = set.glossaries.map(({ file, data }) => {
    const terms = Array.isArray(data?.terms) ? data.terms.map(record) : [];
    return {
      file,
      slug: 'glossary',
      kind: 'glossary',
      units: terms.map((t) => text(t.definition)).filter(Boolean),
      translation: record(data?.translation),
    };
  });
  return [...topics, ...plans, ...glossaries];
}

/** `painkit report` on a content folder (or one with a clinic's overlay): `readContentSet`, then `report`. */
export async function reportContent(source: ContentSource, approvals?: readonly Approval[]): Promise<ContentReport> {
  return report(await readContentSet(source), approvals);
}

/**
 * Readability, size, translation status and staleness of every topic, plan
 * template and glossary of a set; with a clinic's `approvals`, each topic's
 * sign-off (approved, stale or unapproved).
 */
export function report(set: ContentSet, approvals?: readonly Approval[]): ContentReport {
  const files = scoredFiles(set);
  const sourcePrints = new Map(
    files.filter((f) => f.file.locale === SOURCE_LOCALE).map((f) => [f.slug, fingerprint(f.file.text)]),
  );
  const topics = files.map(({ file, slug, kind, units, translation, data, fingerprint }): TopicReport => {
    const stats = textStats(units, file.locale);
    const spanish = file.locale.startsWith('es');
    const scores: Record<string, number> = spanish
      ? { fernandezHuerta: fernandezHuerta(stats), inflesz: szigrisztPazos(stats) }
      : { fleschKincaid: fleschKincaid(stats), smog: smog(stats) };
    const isSource = file.locale === SOURCE_LOCALE;
    const { updated, clinicalReview } = data ? compileCommon(data) : { updated: '', clinicalReview: undefined };
    return {
      file: file.file,
      slug,
      locale: file.locale,
      kind,
      words: stats.words,
      sentences: stats.sentences,
      readingMinutes: Math.max(1, Math.round(stats.words / WORDS_PER_MINUTE)),
      scores,
      translation: isSource ? 'source' : String(translation.status ?? 'missing'),
      updated,
      ...(clinicalReview && { clinicalReview }),
      stale: !isSource && translation['source-fingerprint'] !== sourcePrints.get(slug),
      overBudget: spanish ? scores.fernandezHuerta < BUDGET.esEase : scores.fleschKincaid > BUDGET.enGrade,
      ...(approvals &&
        fingerprint && { approval: approvalState(approvals, { slug, locale: file.locale, fingerprint }).state }),
      ...(file.origin && { origin: file.origin }),
    };
  });
  const locales = [...new Set(topics.map((t) => t.locale))].map((locale): LocaleSummary => {
    const mine = topics.filter((t) => t.locale === locale);
    const topicCount = mine.filter((t) => t.kind !== 'plan' && t.kind !== 'glossary').length;
    const spanish = locale.startsWith('es');
    const measure = spanish ? 'fernandezHuerta' : 'fleschKincaid';
    const values = mine.map((t) => t.scores[measure]);
    const worst = mine.reduce((a, b) =>
      (spanish ? b.scores[measure] < a.scores[measure] : b.scores[measure] > a.scores[measure]) ? b : a,
    );
    return {
      locale,
      topics: topicCount,
      measure,
      median: median(values),
      worst: { slug: worst.slug, value: worst.scores[measure] },
      stale: mine.filter((t) => t.stale).map((t) => t.slug),
      overBudget: mine.filter((t) => t.overBudget).map((t) => t.slug),
      ...(approvals && {
        approvals: {
          approved: mine.filter((t) => t.approval === 'approved').map((t) => t.slug),
          stale: mine.filter((t) => t.approval === 'stale').map((t) => t.slug),
          unapproved: mine.filter((t) => t.approval === 'unapproved').map((t) => t.slug),
        },
      }),
    };
  });
  return { topics, locales, ...(set.overlay && { overlay: overlayReport(set.overlay, topics) }) };
}

/** The clinic's files of a report: added, replaced, set aside, and those in English only. */
function overlayReport(layer: OverlayLayer, topics: TopicReport[]): OverlayReport {
  const clinic = topics.filter((t) => t.origin === 'clinic');
  const at = (t: TopicReport) => `${t.locale}/${t.slug}`;
  const localesOf = (slug: string) => new Set(topics.filter((t) => t.slug === slug).map((t) => t.locale));
  return {
    dir: layer.dir,
    added: clinic.map(at).filter((k) => !layer.replaced.includes(k)),
    replaced: clinic.map(at).filter((k) => layer.replaced.includes(k)),
    withheld: layer.withheld,
    englishOnly: clinic.filter((t) => t.locale === SOURCE_LOCALE && localesOf(t.slug).size === 1).map((t) => t.slug),
  };
}

/** The report as a text table and a summary per locale. */
export function formatReport(report: ContentReport): string {
  const pad = (value: unknown, width: number) => String(value).padEnd(width);
  const lines = [
    `${pad('topic', 40)}${pad('locale', 7)}${pad('kind', 10)}${pad('words', 7)}${pad('min', 5)}${pad('score', 30)}${pad('updated', 12)}translation`,
  ];
  for (const t of report.topics) {
    const score = Object.entries(t.scores)
      .map(
        ([name, value]) =>
          `${name === 'fleschKincaid' ? 'FK' : name === 'fernandezHuerta' ? 'FH' : name.toUpperCase()} ${value}`,
      )
      .join('  ');
    const review = t.clinicalReview;
    const flags = [
      t.translation,
      t.stale ? 'STALE' : '',
      t.overBudget ? 'OVER BUDGET' : '',
      review ? `reviewed by ${review.by} (${review.credentials}) on ${review.date}` : '',
      t.approval === 'stale' ? 'APPROVAL STALE' : (t.approval ?? ''),
      t.origin === 'clinic' ? 'CLINIC' : '',
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(
      `${pad(t.slug, 40)}${pad(t.locale, 7)}${pad(t.kind, 10)}${pad(t.words, 7)}${pad(t.readingMinutes, 5)}${pad(score, 30)}${pad(t.updated || '-', 12)}${flags}`,
    );
  }
  lines.push('');
  for (const l of report.locales) {
    const name = l.measure === 'fleschKincaid' ? 'Flesch-Kincaid grade (budget ≤ 8)' : 'Fernández-Huerta (budget ≥ 60)';
    lines.push(
      `${l.locale}: ${l.topics} topics, plans and glossary; ${name}: median ${l.median}, worst ${l.worst.value} (${l.worst.slug}); ` +
        `stale translations: ${l.stale.length ? l.stale.join(', ') : 'none'}; over budget: ${l.overBudget.length ? l.overBudget.join(', ') : 'none'}`,
    );
    const a = l.approvals;
    const list = (slugs: string[]) => (slugs.length ? slugs.join(', ') : 'none');
    if (a)
      lines.push(
        `${l.locale} sign-off: ${a.approved.length} approved; stale approvals (text changed since): ${list(a.stale)}; unapproved: ${list(a.unapproved)}`,
      );
  }
  const o = report.overlay;
  if (o) {
    const list = (items: string[]) => (items.length ? items.join(', ') : 'none');
    lines.push(
      '',
      `Clinic overlay ${o.dir}: added ${list(o.added)}; replaced ${list(o.replaced)}`,
      `  English only (other locales show the English text): ${list(o.englishOnly)}`,
      `  base translations set aside (they translate the text replaced): ${list(o.withheld)}`,
    );
  }
  return lines.join('\n');
}
