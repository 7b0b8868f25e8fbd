import type { ClinicalReview, Section, Source } from './types.js';

/** Checks for the parts of compiled files that several kinds share. */
export const isText = (value: unknown): value is string => typeof value === 'string';

const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);

/** Sections, each with an id, a title, HTML and, if any, red-flag groups of HTML items. */
export const isSections = (value: unknown): value is Section[] =>
  Array.isArray(value) &&
  value.every(
    (s: Section) =>
      isText(s?.id) &&
      isText(s.title) &&
      isText(s.html) &&
      (s.groups === undefined ||
        (Array.isArray(s.groups) && s.groups.every((g) => isText(g?.id) && isText(g.title) && isTextList(g.items)))),
  );

/** Sources, each with a title, a publisher and a URL (which may be empty). */
export const isSources = (value: unknown): value is Source[] =>
  Array.isArray(value) && value.every((s: Source) => isText(s?.title) && isText(s.publisher) && isText(s.url));

/** A `YYYY-MM-DD` date that is a real day. */
export const isIsoDate = (value: unknown): value is string =>
  isText(value) && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** A clinical review with a reviewer, credentials and a date (what `clinical-review` compiles to). */
export const isClinicalReview = (value: unknown): value is ClinicalReview =>
  !!value &&
  typeof value === 'object' &&
  isText((value as ClinicalReview).by) &&
  isText((value as ClinicalReview).credentials) &&
  isIsoDate((value as ClinicalReview).date);
