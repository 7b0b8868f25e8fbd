import {
  CONTENT_FORMAT,
  PLAN_SECTIONS,
  compileCommon,
  compileSections,
  list,
  record,
  text,
  type MarkdownRenderer,
  type ParsedTopic,
  type PlanChunk,
  isSlug,
} from 'painkit/markdown';
import { checkBody } from './body-rules.js';
import { checkCommonFields, isRecord, isText, type At, type CheckOptions, type Finding } from './front-matter-rules.js';
import type { ParsedFile } from './content-set.js';
import type { ContentFile } from './read-content.js';

const KNOWN_FIELDS = new Set([
  'title',
  'summary',
  'condition',
  'updated',
  'clinical-review',
  'sources',
  'steps',
  'translation',
]);
const STEP_FIELDS = new Set(['id', 'topic', 'timing', 'team', 'why']);

/** The steps of a plan as `id→topic`, for comparing a translation with its source. */
const stepKeys = (parsed: ParsedTopic): string =>
  (Array.isArray(parsed.data?.steps) ? (parsed.data.steps as unknown[]) : [])
    .map((step) => `${String(record(step).id)}→${String(record(step).topic)}`)
    .join(', ');

function checkSteps(steps: unknown, at: At, treatments: ReadonlySet<string>): void {
  if (!Array.isArray(steps) || steps.length < 2) return at(['steps'], 'a plan needs "steps": at least 2, in order');
  const ids = new Set<string>();
  steps.forEach((step, i) => {
    if (!isRecord(step)) return at(['steps', i], `step ${i + 1} needs "id", "topic", "timing", "team" and "why"`);
    for (const key of Object.keys(step))
      if (!STEP_FIELDS.has(key)) at(['steps', i, key], `unknown step field "${key}"`);
    if (typeof step.id !== 'string' || !isSlug(step.id)) at(['steps', i], `step ${i + 1} needs an "id" in kebab-case`);
    else if (ids.has(step.id)) at(['steps', i, 'id'], `step id "${step.id}" is used twice`);
    else ids.add(step.id);
    if (!treatments.has(step.topic as string)) {
      at(['steps', i, 'topic'], `step ${i + 1}: "${String(step.topic)}" is not a procedure or therapy topic`);
    }
    for (const key of ['timing', 'why']) if (!isText(step[key])) at(['steps', i], `step ${i + 1} needs "${key}" text`);
    if (!Array.isArray(step.team) || !step.team.length || !step.team.every(isText)) {
      at(['steps', i, 'team'], `step ${i + 1}: "team" must list the care-team members involved`);
    }
  });
}

/**
 * Checks a plan template (`<locale>/plans/<condition>.md`): front matter
 * (its condition one of `conditions`, the set's condition pages, if it has any), steps
 * (each a known treatment topic), sections, and for a translation the
 * same steps as its English source.
 */
export function checkPlan(
  file: ContentFile,
  parsed: ParsedTopic,
  opts: CheckOptions & {
    treatments: ReadonlySet<string>;
    conditions: ReadonlySet<string> | undefined;
    source?: ParsedTopic;
  },
): Finding[] {
  const findings: Finding[] = [...parsed.problems];
  const data = parsed.data;
  if (data) {
    const at: At = (path, message) => findings.push({ line: parsed.lineOf(path), message });
    checkCommonFields(data, at, opts, KNOWN_FIELDS);
    if (data.condition !== file.slug || !(opts.conditions ? opts.conditions.has(file.slug) : isSlug(file.slug))) {
      at(['condition'], `"condition" must be a condition slug and match the file name (${file.slug})`);
    }
    checkSteps(data.steps, at, opts.treatments);
    if (opts.source && stepKeys(parsed) !== stepKeys(opts.source)) {
      at(['steps'], `steps differ from the English plan: expected ${stepKeys(opts.source)}; found ${stepKeys(parsed)}`);
    }
  }
  findings.push(...checkBody(parsed, file.text.split(/\r\n|\r|\n/), { kind: 'plan', sections: PLAN_SECTIONS }));
  return findings;
}

/** Compiles a plan template into the JSON `<pain-plan>` renders. */
export function compilePlan({ file, parsed }: ParsedFile, md: MarkdownRenderer): PlanChunk {
  const data = record(parsed.data);
  return {
    format: CONTENT_FORMAT,
    condition: file.slug,
    locale: file.locale,
    ...compileCommon(data),
    steps: (Array.isArray(data.steps) ? data.steps : []).map((raw) => {
      const step = record(raw);
      return {
        id: text(step.id),
        topic: text(step.topic),
        timing: text(step.timing),
        team: list(step.team),
        why: text(step.why),
      };
    }),
    sections: compileSections(parsed, md),
  };
}
