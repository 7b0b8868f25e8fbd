import type { Localizer } from '../../i18n/localizer.js';

export const definitionLabelText = (t: Localizer) =>
  t.msg('What this word means', {
    id: 'term-definition-label',
    desc: 'Accessible name of the bubble that explains a medical word in plain language.',
  });

export const definitionUnavailableText = (t: Localizer) =>
  t.msg('The meaning of this word could not be loaded. Ask your care team what it means.', {
    id: 'term-definition-unavailable',
    desc: 'Shown in the bubble of a medical word when its plain-language definition could not be downloaded.',
  });
