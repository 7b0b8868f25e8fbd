/**
 * The content pipeline shared by the browser runtime and the Node tooling:
 * the topic parser, the one sanitizing Markdown renderer, the compiler from
 * a parsed topic to a compiled chunk, and the content types.
 */
export {
  parseTopic,
  readYaml,
  readYamlValue,
  type YamlValue,
  type ParsedTopic,
  type ParsedSection,
  type ParsedSubsection,
  type Problem,
} from './parse-topic.js';
export { checkLimits, checkSize, MAX_CONTENT_SIZE, MAX_NESTING, type LimitProblem } from './limits.js';
export { hasIdSuffix, isSlug, readHeading, splitHeadingId, type Heading } from './heading.js';
export { createMarkdownRenderer, type MarkdownRenderer, ALLOWED_TAGS, ALLOWED_ATTR } from './render.js';
export {
  compileTopic,
  durationMinutes,
  compileCommon,
  compileSections,
  isoDate,
  reviewDueDate,
  list,
  record,
  text,
} from './compile-topic.js';
export * from '../content/types.js';
export { BODY_AREAS } from '../content/vocabulary.js';
export { longDate } from '../elements/shared/date-format.js';
