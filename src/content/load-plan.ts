import { ContentError } from './content-error.js';
import { loadIndex, type IndexedTopic } from './load-index.js';
import { isSections, isSources, isText } from './chunk-shape.js';
import { cachedContent } from './content-file.js';
import { loadManifest } from './load-topic.js';
import { bestLocale, sameLanguage } from './locale-chain.js';
import { safeHtml } from './safe-html.js';
import {
  CONTENT_FORMAT,
  type ClinicalReview,
  type PlanChunk,
  type Section,
  type Source,
  type Translation,
} from './types.js';

/** One step of a plan a page writes itself (a patient portal, a clinic's own plan). */
export interface CustomPlanStep {
  /** The topic slug of this step, e.g. `physical-therapy`. */
  topic: string;
  /** Rough timing in plain words ("Weeks 1 to 6"). */
  timing?: string;
  /** Care-team members involved, in plain words. */
  team?: string[];
  /** A note from the patient's clinician, shown labeled as the clinic's note. */
  note?: string;
}

/** A plan a page writes itself: its steps in order, and optionally its own title and summary. */
export interface CustomPlan {
  /** Shown instead of the default title ("Your care plan"). */
  title?: string;
  /** A sentence or two under the title. */
  summary?: string;
  steps: CustomPlanStep[];
}

/** What the `plan` property accepts: a plan object, its steps alone, or either as JSON text. */
export type PlanInput = CustomPlan | CustomPlanStep[] | string;

/** One step ready to show. */
export interface ShownStep {
  /** The topic slug the step names. */
  topic: string;
  /** The topic's title and summary from the index; absent when no topic has this slug. */
  entry?: IndexedTopic;
  timing: string;
  team: string[];
  /** From a plan template: why the step is in the plan. */
  why: string;
  /** From a custom plan: the clinician's note. */
  note: string;
}

/** A plan ready to show, from any of the three ways to ask for one. */
export interface LoadedPlan {
  /** How the plan was asked for. */
  from: 'condition' | 'topics' | 'plan';
  /** The condition of a plan template. */
  condition?: string;
  /** The template's or custom plan's title; empty means the default title. */
  title: string;
  summary: string;
  steps: ShownStep[];
  /** A template's sections (`overview`, `questions`); empty for other plans. */
  sections: Section[];
  /** A template's sources; empty for other plans. */
  sources: Source[];
  /** A template's last update (`YYYY-MM-DD`); empty for other plans. */
  updated: string;
  /** A template's clinical review, only when a named clinician has reviewed it. */
  clinicalReview?: ClinicalReview;
  /** A template's dates as long dates in its language, as compiled (see `TopicChunk.longDates`). */
  longDates?: Record<string, string>;
  /** A template's translation status; absent for other plans (each topic has its own). */
  translation?: Translation;
  /** The locale of the plan's text. */
  locale: string;
  /** The locale the reader asked for. */
  requestedLocale: string;
  /** True when the plan is shown in the source language because the reader's has none. */
  fallback: boolean;
}

/** Where the plan comes from: the first of `plan`, `topics`, `condition` that is set. */
export interface PlanRequest {
  /** Content folder URL, ending with "/". */
  base: string;
  locale: string;
  /** A custom plan, already checked with `parsePlan()`. */
  plan?: CustomPlan;
  /** Topic slugs, in order. */
  topics?: string[];
  condition?: string;
}

/** A plan the page gave that cannot be used (not JSON, or not shaped like a plan). Its `code` is `malformed`. */
export class InvalidPlanError extends ContentError {
  override name = 'InvalidPlanError';

  constructor(message: string) {
    super('malformed', message);
  }
}

function parseStep(value: unknown, n: number, origin: string): CustomPlanStep {
  const fail = (problem: string) => new InvalidPlanError(`${origin}: step ${n} ${problem}`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail('is not an object');
  const step = value as Record<string, unknown>;
  if (!isText(step.topic) || !step.topic.trim()) throw fail('has no "topic" (a topic slug such as "physical-therapy")');
  for (const field of ['timing', 'note'] as const) {
    if (step[field] !== undefined && !isText(step[field])) throw fail(`has a "${field}" that is not text`);
  }
  if (step.team !== undefined && !(Array.isArray(step.team) && step.team.every(isText))) {
    throw fail('has a "team" that is not a list of text');
  }
  return {
    topic: step.topic.trim(),
    timing: step.timing as string | undefined,
    team: step.team as string[] | undefined,
    note: step.note as string | undefined,
  };
}

/**
 * Checks a plan the page gave: a `CustomPlan` object or its steps alone,
 * or either as JSON text. Throws an `InvalidPlanError` whose message names
 * the problem and where it is (`origin`, e.g. `the "plan" property`).
 */
export function parsePlan(input: unknown, origin: string): CustomPlan {
  let value = input;
  if (isText(input)) {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new InvalidPlanError(`${origin} is not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')})`);
    }
  }
  if (Array.isArray(value)) value = { steps: value };
  if (typeof value !== 'object' || value === null) {
    throw new InvalidPlanError(`${origin} must be an object with "steps", or a list of steps`);
  }
  const plan = value as Record<string, unknown>;
  if (!Array.isArray(plan.steps)) throw new InvalidPlanError(`${origin} has no "steps" list`);
  if (!plan.steps.length) throw new InvalidPlanError(`${origin} has no steps`);
  for (const field of ['title', 'summary'] as const) {
    if (plan[field] !== undefined && !isText(plan[field])) {
      throw new InvalidPlanError(`${origin} has a "${field}" that is not text`);
    }
  }
  return {
    title: plan.title as string | undefined,
    summary: plan.summary as string | undefined,
    steps: plan.steps.map((step, i) => parseStep(step, i + 1, origin)),
  };
}

function isPlanChunk(value: unknown, condition: string): value is PlanChunk {
  const c = value as PlanChunk;
  return (
    c?.format === CONTENT_FORMAT &&
    c.condition === condition &&
    isText(c.title) &&
    isText(c.summary) &&
    Array.isArray(c.steps) &&
    c.steps.every((s) => isText(s?.topic) && isText(s.timing) && Array.isArray(s.team) && isText(s.why)) &&
    isSections(c.sections) &&
    isSources(c.sources)
  );
}

/** Looks up each step's topic in the topic index of the best locale for `locale`. */
async function withTopics(base: string, locale: string, steps: Omit<ShownStep, 'entry'>[]) {
  const index = await loadIndex({ base, locale });
  return { index, steps: steps.map((step) => ({ ...step, entry: index.topics.find((t) => t.slug === step.topic) })) };
}

/** A plan template for a condition, in the best locale that has it. */
async function loadTemplate(base: string, condition: string, requested: string): Promise<LoadedPlan> {
  const manifest = await loadManifest(base);
  const withPlan = manifest.locales.filter((l) => l.plans?.includes(condition)).map((l) => l.code);
  if (!withPlan.includes(manifest.sourceLocale)) {
    const known = manifest.locales.find((l) => l.code === manifest.sourceLocale)?.plans ?? [];
    // The manifest's conditions (content built by painkit 1.x has none) tell a misspelt condition from one without a template.
    const conditions = Array.isArray(manifest.conditions) ? manifest.conditions.map((c) => String(c?.slug)) : undefined;
    throw new ContentError(
      'unknown-topic',
      conditions && !conditions.includes(condition)
        ? `"${condition}" is not a condition in this content (conditions: ${conditions.join(', ') || 'none'})`
        : `there is no plan template for the condition "${condition}" (plan templates: ${known.join(', ') || 'none'})`,
    );
  }
  const locale = bestLocale(requested, withPlan) ?? manifest.sourceLocale;
  const url = `${base}${locale}/plans/${encodeURIComponent(condition)}.json`;
  const chunk = await cachedContent(url, (file) => {
    if (!isPlanChunk(file.json, condition))
      throw new ContentError('malformed', `${url} is not a painkit plan template`, url);
    return safeHtml(file, file.json);
  });
  const { steps } = await withTopics(
    base,
    locale,
    chunk.steps.map(({ topic, timing, team, why }) => ({ topic, timing, team, why, note: '' })),
  );
  return {
    from: 'condition',
    condition,
    title: chunk.title,
    summary: chunk.summary,
    steps,
    sections: chunk.sections,
    sources: chunk.sources,
    updated: chunk.updated,
    ...(chunk.clinicalReview && { clinicalReview: chunk.clinicalReview }),
    ...(chunk.longDates && { longDates: chunk.longDates }),
    translation: chunk.translation,
    locale,
    requestedLocale: requested,
    fallback: !sameLanguage(locale, requested),
  };
}

/** A plan made of topics: titles and summaries from the index of the best locale. */
async function loadSteps(
  base: string,
  requested: string,
  from: 'topics' | 'plan',
  plan: CustomPlan,
): Promise<LoadedPlan> {
  const { index, steps } = await withTopics(
    base,
    requested,
    plan.steps.map((step) => ({
      topic: step.topic,
      timing: step.timing?.trim() ?? '',
      team: (step.team ?? []).map((member) => member.trim()).filter(Boolean),
      why: '',
      note: step.note?.trim() ?? '',
    })),
  );
  return {
    from,
    title: plan.title?.trim() ?? '',
    summary: plan.summary?.trim() ?? '',
    steps,
    sections: [],
    sources: [],
    updated: '',
    locale: index.locale,
    requestedLocale: requested,
    fallback: index.fallback,
  };
}

/**
 * Loads a plan, from the first of these that the request has: a custom
 * plan, a list of topics, or the plan template of a condition. Each step's
 * topic is looked up in the topic index (for its title and summary); a step
 * whose topic does not exist has no `entry`, and the rest of the plan still
 * loads. Throws a ContentError when there is no plan to show.
 */
export async function loadPlan(request: PlanRequest): Promise<LoadedPlan> {
  const { base, locale } = request;
  if (request.plan) return loadSteps(base, locale, 'plan', request.plan);
  if (request.topics?.length) {
    return loadSteps(base, locale, 'topics', { steps: request.topics.map((topic) => ({ topic })) });
  }
  if (request.condition) return loadTemplate(base, request.condition, locale);
  throw new ContentError(
    'no-topic',
    'no plan was given: set "condition" or "topics", set the "plan" property, or put the plan in a <script type="application/json"> child',
  );
}
