import { msg, str } from '@lit/localize';

export const languageLabelText = () =>
  msg('Language', {
    id: 'picker-label',
    desc: 'Label of the menu where a patient chooses the language of the health information.',
  });

export const languageChangedText = (language: string) =>
  msg(str`Showing information in ${language}.`, {
    id: 'picker-changed',
    desc: 'Announced to screen readers after the patient picks a language; the placeholder is the language name in that language, e.g. "Español".',
  });

export const languagesUnavailableText = () =>
  msg('The list of languages could not be loaded.', {
    id: 'picker-error',
    desc: 'Shown in place of the language menu when the list of available languages failed to download.',
  });
