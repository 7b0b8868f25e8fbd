import { str } from '@lit/localize';
import type { Localizer } from '../i18n/localizer.js';

/** The page's title (the browser tab, and what a screen reader announces first). */
export const pageTitleText = (t: Localizer) =>
  t.msg('Patient information', {
    id: 'infobutton-title',
    desc: 'Title of the page a health record (EHR) or patient portal opens when the reader asks for information about a procedure or diagnosis code in the record.',
  });

/** The request named no code at all. */
export const noCodeText = (t: Localizer) => ({
  title: t.msg('No code was given.', {
    id: 'infobutton-no-code-title',
    desc: 'Shown when a link from a health record opened the patient-information page without saying which procedure or diagnosis it is about.',
  }),
  body: t.msg(
    'The link from the health record did not say which procedure or condition to explain. Your care team can give you this information.',
    {
      id: 'infobutton-no-code-body',
      desc: 'Explains that the link from the health record is missing its code.',
    },
  ),
});

/** The request's code system is not one painkit looks codes up in. */
export const unsupportedSystemText = (t: Localizer) => ({
  title: t.msg('We could not find this information.', {
    id: 'error-unknown-title',
    desc: 'Shown when the requested patient topic does not exist.',
  }),
  body: t.msg(
    'The link from the health record uses a kind of code we cannot look up. We can look up procedure codes (CPT, SNOMED CT) and diagnosis codes (ICD-10-CM).',
    {
      id: 'infobutton-unsupported-system-body',
      desc: 'The health record sent a code from a coding system painkit does not know (for example a drug or lab code). CPT, SNOMED CT and ICD-10-CM are names of coding systems: keep them as they are.',
    },
  ),
});

/** Under a message: what the record asked about, e.g. "Low back pain (M54.50)". */
export const askedAboutText = (t: Localizer, what: string) =>
  t.msg(str`From the health record: ${what}`, {
    id: 'infobutton-asked-about',
    desc: 'Under a message on the patient-information page: the name and code the health record sent, e.g. "Low back pain (M54.50)", shown as the record wrote it.',
  });

/** Above the answer when a clinician asked (`informationRecipient=PROV`). */
export const forClinicianText = (t: Localizer) =>
  t.msg('This is the information we give patients about this code.', {
    id: 'infobutton-for-clinician',
    desc: 'Shown above patient information when a clinician, not the patient, opened it from the health record.',
  });
