import type { Localizer } from '../../i18n/localizer.js';

export const definitionLabelText = (t: Localizer) =>
  t.msg('What this word means', {
    id: 'term-definition-label',
    desc: 'Accessible name of the bubble that explains a medical word in plain language.',
  });
