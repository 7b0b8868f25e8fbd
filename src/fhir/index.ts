/**
 * `painkit/fhir`: a pain diary as FHIR R4 resources, a `Questionnaire` made
 * from a topic's content and a `QuestionnaireResponse` from the patient's
 * entries, for a portal that stores them. Builds plain objects; sends
 * nothing anywhere.
 */
export {
  diaryQuestionnaire,
  diaryQuestionnaireResponse,
  questionnaireUrl,
  type DiaryResponseInput,
  type DiaryTopic,
} from './diary-fhir.js';
export type * from './fhir-types.js';
export type { DiaryEntry } from '../elements/diary/diary-entry.js';
