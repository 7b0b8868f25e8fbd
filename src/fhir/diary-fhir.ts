import type { TopicChunk } from '../content/types.js';
import type { DiaryEntry } from '../elements/diary/diary-entry.js';
import { columnTexts, diaryTitleText } from '../elements/diary/diary-messages.js';
import { diarySlots, slotTime } from '../elements/diary/schedule.js';
import { loadCatalog, localizer } from '../i18n/localizer.js';
import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseAnswer,
  QuestionnaireResponseItem,
} from './fhir-types.js';

/** A topic that has a diary. */
export type DiaryTopic = TopicChunk & Required<Pick<TopicChunk, 'diary'>>;

/** The canonical URL of a topic's diary Questionnaire. */
export const questionnaireUrl = (slug: string): string => `urn:painkit:diary:${slug}`;

function requireDiary(chunk: TopicChunk): asserts chunk is DiaryTopic {
  if (!chunk.diary) throw new Error(`painkit: the topic "${chunk.slug}" has no pain diary`);
}

/**
 * The FHIR R4 `Questionnaire` of a topic's pain diary, in the chunk's
 * language: a display item with the question before, then one repeating
 * group per rating (when it was due, in minutes after the start and as a
 * time; when it was entered; pain 0–10; relief %; activity; note).
 * Throws when the topic has no diary.
 */
export async function diaryQuestionnaire(chunk: TopicChunk): Promise<Questionnaire> {
  requireDiary(chunk);
  await loadCatalog(chunk.locale);
  const t = localizer(chunk.locale);
  const column = columnTexts(t);
  const rating: QuestionnaireItem[] = [
    { linkId: 'rating.minutes', text: column.minutes, type: 'integer', required: true },
    { linkId: 'rating.due', text: column.time, type: 'dateTime' },
    { linkId: 'rating.recorded', text: column.recorded, type: 'dateTime', required: true },
    { linkId: 'rating.pain', text: column.rating, type: 'integer', required: true },
    { linkId: 'rating.relief', text: column.relief, type: 'decimal' },
    { linkId: 'rating.activity', text: column.activity, type: 'string' },
    { linkId: 'rating.note', text: column.note, type: 'text' },
  ];
  return {
    resourceType: 'Questionnaire',
    url: questionnaireUrl(chunk.slug),
    name: `PainDiary_${chunk.slug.replace(/-/g, '_')}`,
    title: diaryTitleText(t, chunk.title),
    status: 'draft',
    language: chunk.locale,
    item: [
      { linkId: 'baseline', text: chunk.diary.baseline, type: 'display' },
      { linkId: 'rating', text: chunk.diary.rate, type: 'group', repeats: true, item: rating },
    ],
  };
}

const answer = (linkId: string, value: QuestionnaireResponseAnswer): QuestionnaireResponseItem => ({
  linkId,
  answer: [value],
});

/** What a QuestionnaireResponse is made from: the diary's entries and, when given, its start. */
export interface DiaryResponseInput {
  entries: DiaryEntry[];
  /** The start of the diary (its `start` attribute as a Date), to give each rating its due time. */
  start?: Date;
  /** When the response is written; now by default. */
  authored?: Date;
}

/**
 * The FHIR R4 `QuestionnaireResponse` of a diary's entries, answering
 * `diaryQuestionnaire(chunk)`: `completed` once every scheduled rating is in,
 * `in-progress` before. Throws when the topic has no diary.
 */
export function diaryQuestionnaireResponse(
  chunk: TopicChunk,
  { entries, start, authored = new Date() }: DiaryResponseInput,
): QuestionnaireResponse {
  requireDiary(chunk);
  const slots = diarySlots(chunk.diary);
  const done = new Set(entries.map((e) => e.minutes));
  const sorted = [...entries].sort((a, b) => a.minutes - b.minutes);
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: questionnaireUrl(chunk.slug),
    status: slots.every((s) => done.has(s.minutes)) ? 'completed' : 'in-progress',
    authored: authored.toISOString(),
    language: chunk.locale,
    item: sorted.map((e) => ({
      linkId: 'rating',
      item: [
        answer('rating.minutes', { valueInteger: e.minutes }),
        ...(start ? [answer('rating.due', { valueDateTime: slotTime(start, e.minutes).toISOString() })] : []),
        answer('rating.recorded', { valueDateTime: new Date(e.recorded).toISOString() }),
        answer('rating.pain', { valueInteger: e.rating }),
        ...(e.relief !== undefined ? [answer('rating.relief', { valueDecimal: e.relief })] : []),
        ...(e.activity ? [answer('rating.activity', { valueString: e.activity })] : []),
        ...(e.note ? [answer('rating.note', { valueString: e.note })] : []),
      ],
    })),
  };
}
