import { str } from '@lit/localize';
import type { Localizer } from '../../i18n/localizer.js';

export const recoveryTitleText = (t: Localizer, topic: string) =>
  t.msg(str`Recovery: ${topic}`, {
    id: 'recovery-title',
    desc: 'Title of a recovery timeline; the placeholder is the procedure name.',
  });

export const noTimelineText = (t: Localizer) =>
  t.msg('This topic has no recovery timeline. Ask your care team what to expect.', {
    id: 'no-timeline',
    desc: 'Shown when a recovery timeline is asked for a topic that has none (a therapy or condition page).',
  });
