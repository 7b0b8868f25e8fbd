import { str } from '@lit/localize';
import type { Localizer } from '../../i18n/localizer.js';

export const checkTitleText = (t: Localizer, topic: string) =>
  t.msg(str`Check what you learned: ${topic}`, {
    id: 'check-title',
    desc: 'Title of a short teach-back quiz about a procedure; the placeholder is the procedure name. Friendly, not a test.',
  });

export const progressText = (t: Localizer, n: number, total: number) =>
  t.msg(str`Question ${n} of ${total}`, {
    id: 'check-progress',
    desc: 'Above each teach-back question: which question this is and how many there are.',
  });

export const checkAnswerText = (t: Localizer) =>
  t.msg('Check answer', { id: 'check-answer', desc: 'Button: see whether the chosen answer is right.' });

export const chooseFirstText = (t: Localizer) =>
  t.msg('Choose an answer first.', {
    id: 'check-choose-first',
    desc: 'Shown when the patient presses "Check answer" without choosing one.',
  });

export const rightText = (t: Localizer) =>
  t.msg('That’s right.', { id: 'check-right', desc: 'Feedback after a right answer to a teach-back question.' });

export const notQuiteText = (t: Localizer, answer: string) =>
  t.msg(str`Not quite. The answer is: ${answer}`, {
    id: 'check-not-quite',
    desc: 'Gentle feedback after a wrong answer (never shown as a failure); the placeholder is the right answer.',
  });

export const readMoreText = (t: Localizer, section: string) =>
  t.msg(str`Read more: ${section}`, {
    id: 'check-read-more',
    desc: 'Link to the section of the topic that covers the question; the placeholder is the section heading.',
  });

export const nextText = (t: Localizer) =>
  t.msg('Next question', { id: 'check-next', desc: 'Button: go on to the next teach-back question.' });

export const finishText = (t: Localizer) =>
  t.msg('Finish', { id: 'check-finish', desc: 'Button after the last teach-back question: see the summary.' });

export const doneTitleText = (t: Localizer) =>
  t.msg('You went through every question', {
    id: 'check-done-title',
    desc: 'Heading of the end screen of the teach-back questions. Not a grade.',
  });

export const askAboutText = (t: Localizer) =>
  t.msg('It is worth going over these parts again. Ask your care team about them at your next visit or call:', {
    id: 'check-ask-about',
    desc: 'End screen: introduces the list of topic sections the patient answered wrongly. Encouraging, not a grade.',
  });

export const allKnownText = (t: Localizer) =>
  t.msg('You knew every answer. If anything is still unclear, ask your care team.', {
    id: 'check-all-known',
    desc: 'End screen when every teach-back answer was right.',
  });

export const againText = (t: Localizer) =>
  t.msg('Start again', { id: 'check-again', desc: 'Button: answer the teach-back questions again from the first.' });

export const nothingStoredText = (t: Localizer) =>
  t.msg('Your answers are not saved or sent anywhere.', {
    id: 'check-nothing-stored',
    desc: 'Privacy note under the teach-back questions.',
  });

export const noQuestionsText = (t: Localizer) =>
  t.msg('This topic has no questions yet. Ask your care team to go over what you read with you.', {
    id: 'check-no-questions',
    desc: 'Shown when teach-back questions are asked for a topic that has none (a therapy or condition page).',
  });
