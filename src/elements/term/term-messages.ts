import { msg } from '@lit/localize';

export const definitionLabelText = () =>
  msg('What this word means', {
    id: 'term-definition-label',
    desc: 'Accessible name of the bubble that explains a medical word in plain language.',
  });
