import { str } from '@lit/localize';
import type { Localizer } from '../../i18n/localizer.js';

export const diaryTitleText = (t: Localizer, topic: string) =>
  t.msg(str`Pain diary: ${topic}`, {
    id: 'diary-title',
    desc: 'Title of a pain log a patient keeps after a procedure; the placeholder is the procedure name.',
  });

export const noDiaryText = (t: Localizer) =>
  t.msg('This topic has no pain diary. Ask your care team how to keep track of your pain.', {
    id: 'diary-none',
    desc: 'Shown when a pain diary is asked for a topic that has none.',
  });

export const privacyText = (t: Localizer) =>
  t.msg('What you enter stays on this device. Nothing is sent anywhere.', {
    id: 'diary-privacy',
    desc: 'The privacy promise of the pain diary, shown above its controls.',
  });

export const keepText = (t: Localizer) =>
  t.msg('Keep on this device', {
    id: 'diary-keep',
    desc: 'Checkbox: store the pain ratings in this browser so they are still there next time.',
  });

export const keepHintText = (t: Localizer) =>
  t.msg('If you leave this off, your ratings are gone when you close the page. Print them first.', {
    id: 'diary-keep-hint',
    desc: 'Explains what happens when the patient does not keep the diary on the device.',
  });

export const noStorageText = (t: Localizer) =>
  t.msg('This browser cannot keep your diary. Print it before you close the page.', {
    id: 'diary-no-storage',
    desc: 'Shown when the browser does not allow storing data (for example in private browsing).',
  });

export const deleteText = (t: Localizer) =>
  t.msg('Delete everything', {
    id: 'diary-delete',
    desc: 'Button: erase every pain rating on this page and on this device.',
  });

export const deletedText = (t: Localizer) =>
  t.msg('Your ratings were deleted from this page and this device.', {
    id: 'diary-deleted',
    desc: 'Confirmation after the patient deleted the whole pain diary.',
  });

export const instructionsTitleText = (t: Localizer) =>
  t.msg('How to keep your diary', {
    id: 'diary-instructions-title',
    desc: 'Heading above what to rate and when.',
  });

export const phaseText = (t: Localizer, every: string, until: string) =>
  t.msg(str`Every ${every}, until ${until} after the start`, {
    id: 'diary-phase',
    desc: 'When to rate in one phase of the diary, e.g. "Every 15 minutes, until 1 hour after the start".',
  });

export const afterStartText = (t: Localizer, duration: string) =>
  t.msg(str`${duration} after the start`, {
    id: 'diary-after-start',
    desc: 'When a rating is due, when no start time was given, e.g. "15 minutes after the start".',
  });

export const noStartText = (t: Localizer) =>
  t.msg('Your care team tells you when to start. The times count from then.', {
    id: 'diary-no-start',
    desc: 'Shown when the page gives no start time for the diary.',
  });

export const beforeText = (t: Localizer) =>
  t.msg('Before', {
    id: 'diary-before',
    desc: 'Label of the first rating, taken before the procedure (the baseline).',
  });

export const dueNowText = (t: Localizer, when: string) =>
  t.msg(str`A rating is due now: ${when}`, {
    id: 'diary-due-now',
    desc: 'Tells the patient a pain rating is due; the placeholder is the time it was due.',
  });

export const nextDueText = (t: Localizer, when: string) =>
  t.msg(str`Next rating: ${when}`, {
    id: 'diary-next-due',
    desc: 'When the next pain rating is due; the placeholder is a date and time.',
  });

export const allDoneText = (t: Localizer) =>
  t.msg('Every rating is in. Bring or send your diary to your care team.', {
    id: 'diary-all-done',
    desc: 'Shown when every scheduled pain rating has been entered.',
  });

export const entryTitleText = (t: Localizer) =>
  t.msg('Add a rating', {
    id: 'diary-entry-title',
    desc: 'Heading of the form where the patient enters a pain rating.',
  });

export const slotLabelText = (t: Localizer) =>
  t.msg('Which rating is this?', {
    id: 'diary-slot-label',
    desc: 'Label of a list of the scheduled rating times, to choose the one being entered.',
  });

export const ratingLegendText = (t: Localizer) =>
  t.msg('How bad is your pain right now?', {
    id: 'diary-rating-legend',
    desc: 'Question above the 0 to 10 pain scale.',
  });

/** The words for each level of the 0–10 scale, by level. */
export function levelWords(t: Localizer): string[] {
  const none = t.msg('No pain', { id: 'diary-level-none', desc: 'Pain scale 0.' });
  const mild = t.msg('Mild', { id: 'diary-level-mild', desc: 'Pain scale 1 to 3.' });
  const moderate = t.msg('Moderate', { id: 'diary-level-moderate', desc: 'Pain scale 4 to 6.' });
  const severe = t.msg('Severe', { id: 'diary-level-severe', desc: 'Pain scale 7 to 9.' });
  const worst = t.msg('Worst pain you can imagine', { id: 'diary-level-worst', desc: 'Pain scale 10.' });
  return [none, mild, mild, mild, moderate, moderate, moderate, severe, severe, severe, worst];
}

export const yourRatingText = (t: Localizer, level: number, words: string) =>
  t.msg(str`Your rating: ${level} out of 10 (${words})`, {
    id: 'diary-your-rating',
    desc: 'Shows the chosen pain rating, e.g. "Your rating: 6 out of 10 (Moderate)".',
  });

export const reliefLabelText = (t: Localizer) =>
  t.msg('Relief compared with before (%)', {
    id: 'diary-relief-label',
    desc: 'Label of a number field: how much the pain has eased since before the procedure, in percent.',
  });

export const activityLabelText = (t: Localizer) =>
  t.msg('What were you doing?', {
    id: 'diary-activity-label',
    desc: 'Label of a text field: the activity during the pain rating, e.g. walking.',
  });

export const noteLabelText = (t: Localizer) =>
  t.msg('Note', { id: 'diary-note-label', desc: 'Label of a free-text note with a pain rating.' });

export const saveText = (t: Localizer) =>
  t.msg('Save rating', { id: 'diary-save', desc: 'Button: add the pain rating to the diary.' });

export const chooseRatingText = (t: Localizer) =>
  t.msg('Choose a number from 0 to 10.', {
    id: 'diary-choose-rating',
    desc: 'Shown when the patient saves without choosing a pain rating.',
  });

export const savedText = (t: Localizer, when: string) =>
  t.msg(str`Saved your rating for ${when}.`, {
    id: 'diary-saved',
    desc: 'Confirmation after saving a rating; the placeholder is the time it was for.',
  });

export const ratingsTitleText = (t: Localizer) =>
  t.msg('Your ratings', { id: 'diary-ratings-title', desc: 'Heading of the table of every scheduled rating.' });

export const chartLabelText = (t: Localizer) =>
  t.msg('Your pain ratings over time. The dashed line is your rating before. The table has the same ratings.', {
    id: 'diary-chart-label',
    desc: 'Accessible description of the chart of pain ratings.',
  });

/** The table's column headings. */
export const columnTexts = (t: Localizer) => ({
  time: t.msg('Time', { id: 'diary-column-time', desc: 'Table column: when the rating is due.' }),
  rating: t.msg('Pain (0–10)', { id: 'diary-column-rating', desc: 'Table column: the pain rating.' }),
  relief: t.msg('Relief', { id: 'diary-column-relief', desc: 'Table column: relief in percent.' }),
  activity: t.msg('Activity', { id: 'diary-column-activity', desc: 'Table column: what the patient was doing.' }),
  note: t.msg('Note', { id: 'diary-column-note', desc: 'Table column: the patient’s note.' }),
  recorded: t.msg('Entered', {
    id: 'diary-column-recorded',
    desc: 'When the patient entered a rating (a date and time).',
  }),
  minutes: t.msg('Minutes after the start', {
    id: 'diary-column-minutes',
    desc: 'When a rating was due, counted in minutes from the start of the diary.',
  }),
});
