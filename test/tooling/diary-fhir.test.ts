/**
 * The diary as FHIR R4: the Questionnaire made from the compiled medial
 * branch block content (en and es) and a QuestionnaireResponse from 8 hours
 * of ratings pass @medplum/core's validator; a response with a wrong value
 * type does not, so the validator is really checking.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import type { Questionnaire as FhirQuestionnaire, QuestionnaireResponse as FhirResponse } from '@medplum/fhirtypes';
import type { TopicChunk } from '../../src/content/types.js';
import type { DiaryEntry } from '../../src/elements/diary/diary-entry.js';
import { diaryQuestionnaire, diaryQuestionnaireResponse, questionnaireUrl } from '../../src/fhir/index.js';
import { fhirProblems } from '../fhir/validate-fhir.js';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const chunk = async (locale: string): Promise<TopicChunk> =>
  JSON.parse(await readFile(`dist/data/${locale}/medial-branch-block.json`, 'utf8')) as TopicChunk;

/** A rating at the start and at every scheduled time of the first 8 hours. */
const eightHours: DiaryEntry[] = [0, 15, 30, 45, 60, 120, 180, 240, 300, 360, 420, 480].map((minutes, i) => ({
  minutes,
  recorded: new Date(Date.UTC(2026, 11, 3, 9, 30 + minutes)).toISOString(),
  rating: i === 0 ? 8 : Math.min(8, 1 + Math.floor(i / 3)),
  ...(i > 0 && { relief: 50, activity: 'Walking' }),
}));

describe('diary FHIR', () => {
  for (const locale of ['en', 'es']) {
    it(`builds a Questionnaire from the ${locale} content that validates`, async () => {
      const q: FhirQuestionnaire = await diaryQuestionnaire(await chunk(locale));
      assert.deepEqual(fhirProblems(q), []);
      assert.equal(q.url, questionnaireUrl('medial-branch-block'));
      assert.equal(q.language, locale);
      assert.match(q.item![0].text!, locale === 'en' ? /^Before the block/ : /^Antes del bloqueo/);
      assert.equal(
        q.title,
        locale === 'en' ? 'Pain diary: Medial branch block' : 'Diario del dolor: Bloqueo del ramo medial',
      );
    });
  }

  it('builds an in-progress QuestionnaireResponse from 8 hours of ratings that validates', async () => {
    const start = new Date(Date.UTC(2026, 11, 3, 9, 30));
    const qr: FhirResponse = diaryQuestionnaireResponse(await chunk('en'), {
      entries: eightHours,
      start,
      authored: start,
    });
    assert.deepEqual(fhirProblems(qr), []);
    assert.equal(qr.status, 'in-progress'); // the 14 daily ratings are still to come
    assert.equal(qr.item!.length, 12);
    const second = qr.item![1].item!;
    assert.deepEqual(
      second.map((i) => [i.linkId, Object.values(i.answer![0])[0]]),
      [
        ['rating.minutes', 15],
        ['rating.due', '2026-12-03T09:45:00.000Z'],
        ['rating.recorded', '2026-12-03T09:45:00.000Z'],
        ['rating.pain', 1],
        ['rating.relief', 50],
        ['rating.activity', 'Walking'],
      ],
    );
  });

  it('is completed once every scheduled rating is in', async () => {
    const all = [
      ...eightHours,
      ...Array.from({ length: 14 }, (_, d) => ({ ...eightHours[1], minutes: (d + 1) * 1440 })),
    ];
    const qr = diaryQuestionnaireResponse(await chunk('en'), { entries: all });
    assert.equal(qr.status, 'completed');
    assert.deepEqual(fhirProblems(qr), []);
  });

  it('the validator rejects a response whose pain is text, so the checks above can fail', async () => {
    const qr = diaryQuestionnaireResponse(await chunk('en'), { entries: eightHours.slice(0, 1) });
    const broken = JSON.parse(JSON.stringify(qr));
    broken.item[0].item[2].answer[0] = { valueInteger: 'eight' };
    assert.notDeepEqual(fhirProblems(broken), []);
  });

  it('refuses a topic without a diary', async () => {
    const epidural = JSON.parse(await readFile('dist/data/en/epidural-steroid-injection.json', 'utf8')) as TopicChunk;
    await assert.rejects(diaryQuestionnaire(epidural), /has no pain diary/);
  });
});
