/**
 * painkit: patient-education web components for interventional pain
 * management. Importing this module registers every element.
 */
export { PainProcedure } from './pain-procedure.js';
export { PainRecovery } from './pain-recovery.js';
export { PainDiary, type DiaryEntry } from './pain-diary.js';
export { PainLibrary } from './pain-library.js';
export { PainPlan } from './pain-plan.js';
export { PainLanguagePicker } from './pain-language-picker.js';
export { PainClinic } from './pain-clinic.js';
export { PainTerm } from './pain-term.js';
export { PainCheck } from './pain-check.js';
export { configure, type PainkitConfig } from './configure.js';
export type { ClinicDetails } from './clinic/clinic-config.js';
export { setChosenLanguage } from './i18n/chosen-language.js';
export { PainCheckCompleteEvent } from './events.js';
export {
  PainDiaryChangeEvent,
  PainErrorEvent,
  PainLanguageChangeEvent,
  PainPlanLoadedEvent,
  PainTopicLoadedEvent,
  PainTopicOpenEvent,
} from './events.js';
export type * from './events.js';
export { ContentError, type ContentErrorCode } from './content/content-error.js';
export { loadTopic, loadManifest, type LoadedTopic, type TopicRequest } from './content/load-topic.js';
export type * from './content/types.js';
