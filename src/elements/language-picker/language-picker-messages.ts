import { str } from '@lit/localize';
import type { Localizer } from '../../i18n/localizer.js';

export const languageLabelText = (t: Localizer) =>
  t.msg('Language', {
    id: 'picker-label',
    desc: 'Label of the menu where a patient chooses the language of the health information.',
  });

export const languageChangedText = (t: Localizer, language: string) =>
  t.msg(str`Showing information in ${language}.`, {
    id: 'picker-changed',
    desc: 'Announced to screen readers after the patient picks a language; the placeholder is the language name in that language, e.g. "Español".',
  });

export const languagesUnavailableText = (t: Localizer) =>
  t.msg('The list of languages could not be loaded.', {
    id: 'picker-error',
    desc: 'Shown in place of the language menu when the list of available languages failed to download.',
  });
