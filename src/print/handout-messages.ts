import { str } from '@lit/localize';
import type { Localizer } from '../i18n/localizer.js';

/*
 * The few words a printed handout (`painkit handout`) adds around the
 * content: the page footer Chromium draws, the QR caption and the notes
 * area. They live here, in the interface catalog, so translators see them
 * in the XLIFF with everything else.
 */

export const pageOfText = (t: Localizer, page: string, total: string) =>
  t.msg(str`Page ${page} of ${total}`, {
    id: 'handout-page',
    desc: 'Printed handout footer: page number and page count, e.g. "Page 2 of 5".',
  });

export const handoutUpdatedText = (t: Localizer, date: string) =>
  t.msg(str`Updated ${date}`, {
    id: 'handout-updated',
    desc: 'Printed handout footer: the date the text was last changed (not a medical review), e.g. "Updated November 28, 2026".',
  });

export const scanText = (t: Localizer) =>
  t.msg('Scan to read this online', {
    id: 'handout-scan',
    desc: 'Caption under the QR code on a printed handout that opens the same topic on the clinic website.',
  });

export const glossaryTitleText = (t: Localizer) =>
  t.msg('Words used in this handout', {
    id: 'handout-glossary',
    desc: 'Heading of the short list of medical words, with their plain meanings, at the end of a printed handout.',
  });

export const notesText = (t: Localizer) =>
  t.msg('Notes', {
    id: 'handout-notes',
    desc: 'Heading of the lined area on a printed handout where the patient writes notes.',
  });

export const moreInfoText = (t: Localizer) =>
  t.msg('More information', {
    id: 'handout-more-info',
    desc: 'Heading of the last lines of a short (2-page) printed handout, which say where the full version is.',
  });

export const shortOnlineText = (t: Localizer, address: string) =>
  t.msg(
    str`This is the short version. The full version, with its sources and the meanings of medical words, is at ${address}`,
    {
      id: 'handout-short-online',
      desc: 'Short (2-page) printed handout: where the full version of the same topic is online; the placeholder is a web address.',
    },
  );

export const shortAskText = (t: Localizer) =>
  t.msg(
    'This is the short version. Ask your care team for the full version, with its sources and the meanings of medical words.',
    {
      id: 'handout-short-ask',
      desc: 'Short (2-page) printed handout without a web address: the patient asks the clinic for the full version.',
    },
  );
