/**
 * Shapes of compiled content. The content compiler (Node) writes these as
 * JSON; the browser runtime reads them. This file is the contract between
 * the two and is shared by both.
 */

/** Version of the compiled JSON format; bump on breaking changes. */
export const CONTENT_FORMAT = 1;

/** Procedures and therapies are treatments; conditions are short pages about what hurts. */
export type TopicKind = 'procedure' | 'therapy' | 'condition';

/** `source` for the English original; the others for translations. */
export type TranslationStatus = 'source' | 'reviewed' | 'draft' | 'machine';

export interface Source {
  title: string;
  publisher: string;
  url: string;
}

export interface Codes {
  cpt: string[];
  snomed: string[];
  /**
   * ICD-10-CM diagnosis codes of a condition page (e.g. `M48.0`, `G89.3`).
   * A code also stands for every more specific code under it (`M48.0` for
   * `M48.061`). Absent when a page has none, and in content built before them.
   */
  icd10?: string[];
}

/** One step of a recovery timeline, counted in days after the procedure. */
export interface Milestone {
  id: string;
  when: string;
  fromDay: number;
  /** Absent for an open-ended "and later" milestone. */
  toDay?: number;
  expect: string[];
  do: string[];
  avoid: string[];
  call: string[];
}

/**
 * One phase of a pain diary: a rating every `everyMinutes`, counted from the
 * start, up to `untilMinutes` after it. A phase starts where the one before
 * it ended, so "every 15 minutes until 1 hour, then every hour until 8
 * hours" gives ratings at 15, 30, 45 and 60 minutes, then at 2 to 8 hours.
 */
export interface DiaryPhase {
  id: string;
  /** Minutes between two ratings. */
  everyMinutes: number;
  /** Minutes after the start of the last rating of this phase. */
  untilMinutes: number;
  /** What to do (and not do) during this phase, in plain words. */
  do: string[];
}

/** The pain log a procedure asks for: what to rate, the rating before, and when. */
export interface DiarySchedule {
  /** What to rate, in plain words. */
  rate: string;
  /** The question for the rating before the procedure (the baseline). */
  baseline: string;
  phases: DiaryPhase[];
}

/** A titled list inside a section, e.g. the emergency red flags. */
export interface SectionGroup {
  id: string;
  title: string;
  /** Sanitized inline HTML, one entry per list item. */
  items: string[];
}

export interface Section {
  id: string;
  title: string;
  /** Sanitized HTML; its headings start at level 3 (the section is level 2). */
  html: string;
  /** Structured lists (only `when-to-call` has them: the red flags). */
  groups?: SectionGroup[];
}

export interface Translation {
  status: TranslationStatus;
  /** Fingerprint of the English file this translation follows. */
  sourceFingerprint?: string;
}

/**
 * A clinical review of one version of a file: who reviewed it, their
 * credentials and when. Never invented: absent until a named clinician has
 * reviewed the text.
 */
export interface ClinicalReview {
  /** The reviewer's name. */
  by: string;
  /** Their credentials, e.g. `MD`. */
  credentials: string;
  /** `YYYY-MM-DD`, not before `updated`. */
  date: string;
}

/** One answer to a teach-back question. */
export interface CheckChoice {
  text: string;
  /** Exactly one choice of a question is the right answer. */
  correct: boolean;
}

/** A teach-back question (`check` in the front matter), asked by `<pain-check>`. Plain text, no HTML. */
export interface CheckQuestion {
  prompt: string;
  /** 2–4 choices. */
  choices: CheckChoice[];
  /** The right answer explained in plain words. */
  explanation: string;
  /** Id of the section of the topic that covers it. */
  section: string;
}

/**
 * A clinic's sign-off of one version of a topic in one locale: its medical
 * director approved this text for the clinic's patients. Written by
 * `painkit approve` into an approvals file; never part of painkit's own
 * content. It covers only the text whose `fingerprint` it records: when
 * the topic changes, the approval is stale and is not shown.
 */
export interface Approval {
  /** The topic's slug. */
  topic: string;
  /** The locale of the text approved (`en`, `es`). */
  locale: string;
  /** The topic's content fingerprint when it was approved (16 hex digits, `TopicChunk.fingerprint`). */
  fingerprint: string;
  /** Who approved it. */
  by: string;
  /** Their role, e.g. `Medical director`. */
  role: string;
  /** `YYYY-MM-DD`. */
  date: string;
}

/** One topic in one locale: what `<pain-procedure>` renders. */
export interface TopicChunk {
  format: typeof CONTENT_FORMAT;
  slug: string;
  locale: string;
  title: string;
  summary: string;
  /**
   * 3–5 plain sentences shown first: what it is, the preparation step that
   * matters most, when to call 911. Absent in content compiled without them
   * (then nothing is shown).
   */
  keyPoints?: string[];
  kind: TopicKind;
  /** Conditions a treatment helps (procedures and therapies). */
  conditions: string[];
  /** Topics that help a condition (conditions only). */
  topics: string[];
  bodyAreas: string[];
  codes: Codes;
  /** `YYYY-MM-DD`: the last change to the content. */
  updated: string;
  /** `YYYY-MM-DD`, 24 months after `updated`. */
  reviewDue: string;
  /** Present only when a named clinician has reviewed this version. */
  clinicalReview?: ClinicalReview;
  /**
   * The dates the footer shows (`updated`, the review's and the approval's),
   * written out as long dates in `locale` by `build-content`, so that showing
   * them costs the browser no date formatting (its first costs tens of
   * milliseconds). Absent in content compiled in the browser (`src`) or by
   * earlier versions: then the browser formats them.
   */
  longDates?: Record<string, string>;
  sources: Source[];
  translation: Translation;
  sections: Section[];
  recovery: Milestone[];
  /** Teach-back questions (procedures); absent in content compiled before they existed. */
  check?: CheckQuestion[];
  /** The pain diary, for procedures that ask for one. */
  diary?: DiarySchedule;
  /**
   * 16 hex digits that change whenever the text shown changes (the topic
   * file and the red-flag sets it lists); an {@link Approval} covers only
   * this fingerprint. Absent for a clinic's own Markdown (`src`).
   */
  fingerprint?: string;
  /** The clinic's approval of this topic, when `build-content --approvals` was given one (it may be stale). */
  approval?: Approval;
  /**
   * `clinic` for a clinic's own file, layered over painkit's content with
   * `build-content --overlay`: painkit did not write or review this text.
   * Absent for the content the folder itself holds.
   */
  origin?: 'clinic';
}

/** What the per-locale index lists about each topic. */
export type TopicSummary = Pick<
  TopicChunk,
  'slug' | 'title' | 'summary' | 'kind' | 'conditions' | 'topics' | 'bodyAreas' | 'codes' | 'translation' | 'origin'
>;

export interface LocaleIndex {
  format: typeof CONTENT_FORMAT;
  locale: string;
  topics: TopicSummary[];
}

export interface ManifestLocale {
  /** BCP 47 code, lower case. */
  code: string;
  /** The language's name in itself ("Español"). */
  name: string;
  dir: 'ltr' | 'rtl';
  /** Slugs of the topics that exist in this locale. */
  topics: string[];
  /** Conditions that have a plan template in this locale. */
  plans: string[];
  /** Whether this locale has a glossary. */
  glossary: boolean;
  /** Slugs of this locale's topics that come from a clinic's overlay (`origin: 'clinic'`); absent when none do. */
  clinic?: string[];
}

/**
 * A condition of the content: the slug of its condition page. Its title in
 * each locale is the page's, in that locale's index (not repeated here: every
 * page reads the manifest first, and the titles would add about 0.5 kB gzipped).
 */
export interface ManifestCondition {
  slug: string;
  /** `clinic` when the condition page comes from a clinic's overlay. */
  origin?: 'clinic';
}

/** The one small file the runtime reads first: which topics exist where. */
export interface ContentManifest {
  format: typeof CONTENT_FORMAT;
  sourceLocale: string;
  locales: ManifestLocale[];
  /**
   * Procedure code (CPT or SNOMED CT) → the topics it leads to, best match
   * first. A SNOMED CT code leads to one topic; a CPT code can cover several
   * (64490–64495 are both facet joint injections and medial branch blocks),
   * listed by slug. Content built by painkit 1.x has a single slug here.
   */
  codes: Record<string, string[] | string>;
  /**
   * ICD-10-CM code (with its dot, upper case) → the condition page it leads
   * to. Each code leads to one condition; a code stands for the more specific
   * codes under it. Absent in content built before painkit had them.
   */
  conditionCodes?: Record<string, string>;
  /**
   * Every condition, from the condition pages present (painkit's and a
   * clinic's overlay), sorted by slug. Absent in content built by painkit 1.x,
   * whose conditions are its condition pages in each locale's index.
   */
  conditions?: ManifestCondition[];
}

/** Another topic that a procedure code leads to, titled in the reader's language where it can be. */
export interface SameCodeTopic {
  slug: string;
  title: string;
  /** The language of `title`. */
  locale: string;
}

/** Sections a procedure topic must have, in this order. */
export const PROCEDURE_SECTIONS = [
  'what-it-is',
  'what-it-treats',
  'preparing',
  'during',
  'recovery',
  'risks',
  'when-to-call',
  'your-plan',
  'questions',
] as const;

/** Sections a therapy topic must have, in this order. */
export const THERAPY_SECTIONS = [
  'what-it-is',
  'what-to-expect',
  'how-long',
  'at-home',
  'with-procedures',
  'when-to-call',
  'questions',
] as const;

/** One step of a multidisciplinary plan. */
export interface PlanStep {
  id: string;
  /** The topic this step is about. */
  topic: string;
  /** Rough timing in plain words ("Weeks 1 to 6"). */
  timing: string;
  /** Care-team members involved, in plain words. */
  team: string[];
  /** Why this step is in the plan. */
  why: string;
}

/** A plan template for a condition, in one locale: what `<pain-plan condition>` renders. */
export interface PlanChunk {
  format: typeof CONTENT_FORMAT;
  condition: string;
  locale: string;
  title: string;
  summary: string;
  /** `YYYY-MM-DD`: the last change to the content. */
  updated: string;
  /** `YYYY-MM-DD`, 24 months after `updated`. */
  reviewDue: string;
  /** Present only when a named clinician has reviewed this version. */
  clinicalReview?: ClinicalReview;
  /**
   * The dates the footer shows (`updated`, the review's and the approval's),
   * written out as long dates in `locale` by `build-content`, so that showing
   * them costs the browser no date formatting (its first costs tens of
   * milliseconds). Absent in content compiled in the browser (`src`) or by
   * earlier versions: then the browser formats them.
   */
  longDates?: Record<string, string>;
  sources: Source[];
  translation: Translation;
  steps: PlanStep[];
  sections: Section[];
}

/** A plain-language definition of a medical word. */
export interface GlossaryTerm {
  id: string;
  term: string;
  /** Other forms of the word found in the text. */
  also: string[];
  definition: string;
}

/** The glossary of one locale. */
export interface GlossaryChunk {
  format: typeof CONTENT_FORMAT;
  locale: string;
  translation: Translation;
  terms: GlossaryTerm[];
}

/** Sections a plan template must have, in this order. */
export const PLAN_SECTIONS = ['overview', 'questions'] as const;

/** Sections a condition page must have, in this order. */
export const CONDITION_SECTIONS = ['what-it-is', 'symptoms', 'what-helps', 'when-to-call'] as const;

/** The required sections of each kind of topic. */
export const SECTIONS_BY_KIND: Record<TopicKind, readonly string[]> = {
  procedure: PROCEDURE_SECTIONS,
  therapy: THERAPY_SECTIONS,
  condition: CONDITION_SECTIONS,
};

/** The red-flag section: always shown, never collapsed, never filtered out. */
export const RED_FLAG_SECTION = 'when-to-call';

/** The two red-flag lists inside the red-flag section. */
export const RED_FLAG_GROUPS = ['emergency', 'call-care-team'] as const;

/**
 * A clinic's details (`<pain-clinic>`, `configure({ clinic })`, and a
 * handout's `--clinic clinic.json`), shown wherever the content says "call
 * your care team".
 */
export interface ClinicDetails {
  /** The clinic's name, as patients know it. */
  name?: string;
  /** Phone number during opening hours. */
  phone?: string;
  /** Phone number after hours. */
  afterHoursPhone?: string;
  /** The clinic's website (http or https). */
  website?: string;
  /** The local emergency number; the content's "911" becomes this number. Default 911. */
  emergencyNumber?: string;
  /**
   * The crisis line patients can call or text; the content's "988" becomes
   * this number. Default 988 (the US Suicide & Crisis Lifeline) where the
   * emergency number is 911; with another emergency number and no crisis
   * line, the content's sentences that give 988 are left out.
   */
  crisisLine?: string;
  /**
   * The clinic's approvals (`approvals` of the file `painkit approve`
   * writes): each topic shows "Approved for patients of …" while its
   * approval's fingerprint matches the text shown.
   */
  approvals?: readonly Approval[] | { approvals: readonly Approval[] };
  /** Show only topics with a current approval; any other topic shows a message instead (and `pain-error` `not-approved`). */
  approvedOnly?: boolean;
}
