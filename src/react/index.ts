/**
 * React components for every painkit element (`import { PainProcedure } from
 * 'painkit/react'`), made with @lit/react: props set the element's
 * properties, and `on…` props listen to its events. Needs React 17 or later.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { PainClinic as PainClinicElement } from '../pain-clinic.js';
import { PainCheck as PainCheckElement } from '../pain-check.js';
import { PainDiary as PainDiaryElement } from '../pain-diary.js';
import { PainLanguagePicker as PainLanguagePickerElement } from '../pain-language-picker.js';
import { PainLibrary as PainLibraryElement } from '../pain-library.js';
import { PainPlan as PainPlanElement } from '../pain-plan.js';
import { PainProcedure as PainProcedureElement } from '../pain-procedure.js';
import { PainRecovery as PainRecoveryElement } from '../pain-recovery.js';
import { PainTerm as PainTermElement } from '../pain-term.js';
import type {
  PainCheckCompleteEvent,
  PainDiaryChangeEvent,
  PainErrorEvent,
  PainLanguageChangeEvent,
  PainPlanLoadedEvent,
  PainTopicLoadedEvent,
  PainTopicOpenEvent,
} from '../events.js';

const topicEvents = {
  onTopicLoaded: 'pain-topic-loaded' as EventName<PainTopicLoadedEvent>,
  onPainError: 'pain-error' as EventName<PainErrorEvent>,
};

export const PainProcedure = createComponent({
  react: React,
  tagName: 'pain-procedure',
  elementClass: PainProcedureElement,
  events: topicEvents,
});

export const PainRecovery = createComponent({
  react: React,
  tagName: 'pain-recovery',
  elementClass: PainRecoveryElement,
  events: topicEvents,
});

export const PainDiary = createComponent({
  react: React,
  tagName: 'pain-diary',
  elementClass: PainDiaryElement,
  events: { ...topicEvents, onDiaryChange: 'pain-diary-change' as EventName<PainDiaryChangeEvent> },
});

export const PainPlan = createComponent({
  react: React,
  tagName: 'pain-plan',
  elementClass: PainPlanElement,
  events: {
    ...topicEvents,
    onPlanLoaded: 'pain-plan-loaded' as EventName<PainPlanLoadedEvent>,
    onTopicOpen: 'pain-topic-open' as EventName<PainTopicOpenEvent>,
  },
});

export const PainLibrary = createComponent({
  react: React,
  tagName: 'pain-library',
  elementClass: PainLibraryElement,
  events: { ...topicEvents, onTopicOpen: 'pain-topic-open' as EventName<PainTopicOpenEvent> },
});

export const PainTerm = createComponent({
  react: React,
  tagName: 'pain-term',
  elementClass: PainTermElement,
  events: { onPainError: 'pain-error' as EventName<PainErrorEvent> },
});

export const PainLanguagePicker = createComponent({
  react: React,
  tagName: 'pain-language-picker',
  elementClass: PainLanguagePickerElement,
  events: {
    onLanguageChange: 'pain-language-change' as EventName<PainLanguageChangeEvent>,
    onPainError: 'pain-error' as EventName<PainErrorEvent>,
  },
});

export const PainClinic = createComponent({ react: React, tagName: 'pain-clinic', elementClass: PainClinicElement });

export const PainCheck = createComponent({
  react: React,
  tagName: 'pain-check',
  elementClass: PainCheckElement,
  events: { ...topicEvents, onCheckComplete: 'pain-check-complete' as EventName<PainCheckCompleteEvent> },
});
