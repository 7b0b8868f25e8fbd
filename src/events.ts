import type { ContentErrorCode } from './content/content-error.js';
import type { PainDiaryChangeEvent } from './elements/diary/diary-event.js';

/** Detail of `pain-error`. Holds no personal data. */
export interface PainErrorDetail {
  code: ContentErrorCode;
  /** The topic or code that was asked for, if any. */
  topic?: string;
  locale: string;
  /** A developer-facing explanation (English). */
  message: string;
}

/** Fired when an element cannot show what was asked for. Bubbles and is composed. */
export class PainErrorEvent extends CustomEvent<PainErrorDetail> {
  constructor(detail: PainErrorDetail) {
    super('pain-error', { detail, bubbles: true, composed: true });
  }
}

/** Detail of `pain-topic-loaded`. */
export interface PainTopicLoadedDetail {
  topic: string;
  /** The locale of the content shown. */
  locale: string;
  /** The locale the reader asked for. */
  requestedLocale: string;
  /** True when the content is shown in English because no translation exists. */
  fallback: boolean;
}

/** Fired when a topic has been loaded and rendered. Bubbles and is composed. */
export class PainTopicLoadedEvent extends CustomEvent<PainTopicLoadedDetail> {
  constructor(detail: PainTopicLoadedDetail) {
    super('pain-topic-loaded', { detail, bubbles: true, composed: true });
  }
}

/** Detail of `pain-language-change`. */
export interface PainLanguageChangeDetail {
  /** The language the reader chose (BCP 47). */
  locale: string;
}

/** Fired when the reader picks a language in `<pain-language-picker>`. Bubbles and is composed. */
export class PainLanguageChangeEvent extends CustomEvent<PainLanguageChangeDetail> {
  constructor(detail: PainLanguageChangeDetail) {
    super('pain-language-change', { detail, bubbles: true, composed: true });
  }
}

/** Detail of `pain-topic-open`. Holds no personal data. */
export interface PainTopicOpenDetail {
  /** The slug of the topic opened. */
  topic: string;
  /** The language the topic was asked for in (the element's resolved language). */
  locale: string;
}

/** Fired when `<pain-library>` or `<pain-plan>` opens a topic for the reader. Bubbles and is composed. */
export class PainTopicOpenEvent extends CustomEvent<PainTopicOpenDetail> {
  constructor(detail: PainTopicOpenDetail) {
    super('pain-topic-open', { detail, bubbles: true, composed: true });
  }
}

/** Detail of `pain-plan-loaded`. Holds no personal data (never the plan's own text). */
export interface PainPlanLoadedDetail {
  /** The condition of a plan template (`condition` attribute); absent for a `topics` list or a page's own plan. */
  condition?: string;
  /** How many steps the plan has, counting steps whose topic could not be found. */
  steps: number;
  /** The locale of the plan shown. */
  locale: string;
  /** The locale the reader asked for. */
  requestedLocale: string;
  /** True when the plan is shown in English because no translation exists. */
  fallback: boolean;
}

/** Fired when `<pain-plan>` has loaded and rendered a plan. Bubbles and is composed. */
export class PainPlanLoadedEvent extends CustomEvent<PainPlanLoadedDetail> {
  constructor(detail: PainPlanLoadedDetail) {
    super('pain-plan-loaded', { detail, bubbles: true, composed: true });
  }
}

/** Detail of `pain-check-complete`. Holds no personal data: which questions were missed, never the answers chosen. */
export interface PainCheckCompleteDetail {
  /** The slug of the topic the questions are about. */
  topic: string;
  /** The locale of the questions shown. */
  locale: string;
  /** How many questions the reader answered. */
  answered: number;
  /** How many of them were answered right. */
  correct: number;
  /** Ids of the sections that cover the questions answered wrongly, in order, each once. */
  missed: string[];
}

/** Fired when the reader has answered the last question of `<pain-check>`. Bubbles and is composed. */
export class PainCheckCompleteEvent extends CustomEvent<PainCheckCompleteDetail> {
  constructor(detail: PainCheckCompleteDetail) {
    super('pain-check-complete', { detail, bubbles: true, composed: true });
  }
}
export type { PainDiaryChangeDetail } from './elements/diary/diary-event.js';
// Defined beside <pain-diary>, so only pages with a diary load it (emit() does not dispatch it).
export { PainDiaryChangeEvent } from './elements/diary/diary-event.js';

/** Every painkit event, by name. */
export const PAIN_EVENTS = {
  'pain-language-change': PainLanguageChangeEvent,
  'pain-error': PainErrorEvent,
  'pain-topic-loaded': PainTopicLoadedEvent,
  'pain-topic-open': PainTopicOpenEvent,
  'pain-plan-loaded': PainPlanLoadedEvent,
  'pain-check-complete': PainCheckCompleteEvent,
} as const;

/** The name of a painkit event. */
export type PainEventName = keyof typeof PAIN_EVENTS;

/** The `detail` of the painkit event `K`. */
export type PainEventDetail<K extends PainEventName> = InstanceType<(typeof PAIN_EVENTS)[K]>['detail'];

declare global {
  interface GlobalEventHandlersEventMap {
    'pain-language-change': PainLanguageChangeEvent;
    'pain-error': PainErrorEvent;
    'pain-topic-loaded': PainTopicLoadedEvent;
    'pain-topic-open': PainTopicOpenEvent;
    'pain-plan-loaded': PainPlanLoadedEvent;
    'pain-check-complete': PainCheckCompleteEvent;
    'pain-diary-change': PainDiaryChangeEvent;
  }
}
