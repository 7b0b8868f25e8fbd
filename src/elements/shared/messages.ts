import { str } from '@lit/localize';
import type { Localizer } from '../../i18n/localizer.js';
import type { ContentErrorCode } from '../../content/content-error.js';

/** What the reader sees for each kind of failure: a title and what to do. */
export function errorText(t: Localizer, code: ContentErrorCode): { title: string; body: string } {
  switch (code) {
    case 'network':
      return {
        title: t.msg('This information could not be loaded.', {
          id: 'error-network-title',
          desc: 'Shown when patient information failed to download.',
        }),
        body: t.msg('Check your internet connection, then try again.', {
          id: 'error-network-body',
          desc: 'Advice after a download failure.',
        }),
      };
    case 'malformed':
    case 'invalid-attribute':
      return {
        title: t.msg('This information could not be shown.', {
          id: 'error-malformed-title',
          desc: 'Shown when a content file is damaged.',
        }),
        body: t.msg("The content file has a problem. Please let the website's team know.", {
          id: 'error-malformed-body',
          desc: 'Advice when a content file is damaged.',
        }),
      };
    case 'not-approved':
      return {
        title: t.msg('This information is not available here yet.', {
          id: 'error-not-approved-title',
          desc: 'Shown instead of a patient topic that the clinic has not approved (or whose text changed since it was approved).',
        }),
        body: t.msg(
          'Your clinic has not approved this version for its patients. Ask your care team for information about it.',
          {
            id: 'error-not-approved-body',
            desc: 'Explains why the topic is not shown: the clinic shows only topics its medical director approved.',
          },
        ),
      };
    case 'no-topic':
      return {
        title: t.msg('No topic was chosen.', {
          id: 'error-no-topic-title',
          desc: 'Shown when the web page did not say which patient topic to show.',
        }),
        body: t.msg('The website needs to say which topic to show.', {
          id: 'error-no-topic-body',
          desc: 'Explains that the page setup is missing a topic.',
        }),
      };
    case 'not-allowed':
      return {
        title: t.msg('This information could not be shown.', {
          id: 'error-malformed-title',
          desc: 'Shown when a content file is damaged.',
        }),
        body: t.msg(
          'This website is not set up to show information from that address. Please let the website’s team know.',
          {
            id: 'error-not-allowed-body',
            desc: 'The page asked for content from another website that painkit is not allowed to fetch from.',
          },
        ),
      };
    case 'unknown-term':
      return {
        title: t.msg('We could not find this information.', {
          id: 'error-unknown-title',
          desc: 'Shown when the requested patient topic does not exist.',
        }),
        body: t.msg('This word has no explanation yet. Your care team can explain it.', {
          id: 'error-unknown-term-body',
          desc: 'A medical word has no entry in the glossary.',
        }),
      };
    case 'unknown-code':
      return {
        title: t.msg('We could not find this information.', {
          id: 'error-unknown-title',
          desc: 'Shown when the requested patient topic does not exist.',
        }),
        body: t.msg('No topic matches this procedure code. Your care team can give you this information.', {
          id: 'error-unknown-code-body',
          desc: 'A procedure code (CPT or SNOMED CT) did not match any topic.',
        }),
      };
    case 'unknown-topic':
      return {
        title: t.msg('We could not find this information.', {
          id: 'error-unknown-title',
          desc: 'Shown when the requested patient topic does not exist.',
        }),
        body: t.msg('The topic name may be wrong. Your care team can give you this information.', {
          id: 'error-unknown-topic-body',
          desc: 'The page asked for a topic that painkit does not have.',
        }),
      };
  }
}

/** What the reader sees when no condition has the diagnosis code (ICD-10-CM) a page or EHR link gave. */
export const unknownConditionCodeText = (t: Localizer): { title: string; body: string } => ({
  title: t.msg('We could not find this information.', {
    id: 'error-unknown-title',
    desc: 'Shown when the requested patient topic does not exist.',
  }),
  body: t.msg('We have no information for this diagnosis code yet. Your care team can give you this information.', {
    id: 'error-unknown-condition-code-body',
    desc: "A diagnosis code (ICD-10-CM) from the patient's record or the web page did not match any health condition painkit has information about.",
  }),
});

export const loadingText = (t: Localizer) =>
  t.msg('Loading patient information…', { id: 'loading', desc: 'Shown while a patient education topic downloads.' });

export const retryText = (t: Localizer) =>
  t.msg('Try again', { id: 'retry', desc: 'Button that retries a failed download.' });

/** Notice shown above English content when the reader's language has no translation. */
export const fallbackText = (t: Localizer, language: string, source: string) =>
  t.msg(str`This information is not available in ${language} yet. It is shown in ${source}.`, {
    id: 'fallback-notice',
    desc: 'The first placeholder is the language the reader asked for, the second is the language shown instead (English). Language names come from the browser.',
  });

export const unreviewedText = (t: Localizer) =>
  t.msg(
    'This translation has not been checked by a medical reviewer yet. If anything is unclear, ask your care team.',
    {
      id: 'unreviewed-notice',
      desc: 'Shown above a translation that no qualified human reviewer has checked.',
    },
  );

export const disclaimerText = (t: Localizer) =>
  t.msg('This information does not replace advice from your care team. Always follow the instructions they give you.', {
    id: 'disclaimer',
    desc: 'Short medical disclaimer shown with every topic.',
  });

export const sourcesText = (t: Localizer) =>
  t.msg('Sources', { id: 'sources', desc: 'Heading above the list of medical sources a topic was checked against.' });

export const updatedText = (t: Localizer, date: string) =>
  t.msg(str`Last updated ${date}.`, {
    id: 'updated-on',
    desc: 'When the text was last changed (not a medical review). The placeholder is a date, e.g. "November 28, 2026".',
  });

export const sameCodeText = (t: Localizer, code: string) =>
  t.msg(str`Procedure code ${code} is also used for:`, {
    id: 'same-code',
    desc: 'Above buttons naming other topics that share the procedure code a page asked for; each button shows that topic instead. The placeholder is a code, e.g. "64493".',
  });

export const clinicalReviewText = (t: Localizer, name: string, credentials: string, date: string) =>
  t.msg(str`Reviewed by ${name}, ${credentials}, on ${date}.`, {
    id: 'clinical-review-on',
    desc: 'Shown only when a named clinician reviewed this version. Placeholders: the name, their credentials (e.g. "MD") and a date, e.g. "November 28, 2026".',
  });

export const approvedText = (t: Localizer, clinic: string, name: string, role: string, date: string) =>
  t.msg(str`Approved for patients of ${clinic} by ${name} (${role}) on ${date}.`, {
    id: 'approved-for-clinic',
    desc: 'The clinic\'s sign-off of this exact text. Placeholders: the clinic\'s name, who approved it, their role as they wrote it (e.g. "Medical director") and a date, e.g. "November 28, 2026".',
  });

export const approvedNoClinicText = (t: Localizer, name: string, role: string, date: string) =>
  t.msg(str`Approved for this clinic's patients by ${name} (${role}) on ${date}.`, {
    id: 'approved-no-clinic-name',
    desc: 'The clinic\'s sign-off of this exact text, when the page did not give the clinic\'s name. Placeholders: who approved it, their role (e.g. "Medical director") and a date.',
  });

export const milestoneLabels = (t: Localizer) => ({
  expect: t.msg('What to expect', {
    id: 'milestone-expect',
    desc: 'Recovery timeline: what the patient may feel at this stage.',
  }),
  do: t.msg('What you can do', {
    id: 'milestone-do',
    desc: 'Recovery timeline: activities and self-care allowed at this stage.',
  }),
  avoid: t.msg('What to avoid', { id: 'milestone-avoid', desc: 'Recovery timeline: things not to do at this stage.' }),
  call: t.msg('Call your care team if', {
    id: 'milestone-call',
    desc: 'Recovery timeline: warning signs at this stage; a list of conditions follows.',
  }),
});

export const todayText = (t: Localizer) =>
  t.msg('Today', { id: 'milestone-today', desc: 'Badge on the recovery milestone that includes today’s date.' });

export const fromDateText = (t: Localizer, date: string) =>
  t.msg(str`From ${date}`, {
    id: 'milestone-from',
    desc: 'An open-ended recovery milestone; the placeholder is a date such as "Monday, February 16".',
  });

export const callClinicText = (t: Localizer, name: string) =>
  name
    ? t.msg(str`Call ${name}:`, {
        id: 'clinic-call',
        desc: 'Before the clinic phone number in the "call your care team" box; the placeholder is the clinic name.',
      })
    : t.msg('Call your care team:', {
        id: 'clinic-call-unnamed',
        desc: 'Before the clinic phone number when the clinic gave no name.',
      });

export const afterHoursText = (t: Localizer) =>
  t.msg('After hours:', {
    id: 'clinic-after-hours',
    desc: 'Before the clinic phone number to use when the clinic is closed (nights, weekends).',
  });

export const websiteText = (t: Localizer, name: string) =>
  name
    ? t.msg(str`${name} website`, {
        id: 'clinic-website',
        desc: 'Link text to the clinic website; the placeholder is the clinic name.',
      })
    : t.msg('Clinic website', {
        id: 'clinic-website-unnamed',
        desc: 'Link text to the clinic website when the clinic gave no name.',
      });

export const clinicNoteText = (t: Localizer) =>
  t.msg('Note from your clinic', {
    id: 'clinic-note',
    desc: "Label of a note that the patient's own clinic added (not part of the standard information).",
  });

export const keyPointsText = (t: Localizer) =>
  t.msg('Key points', {
    id: 'key-points',
    desc: 'Heading of the 3 to 5 most important sentences of a patient topic, shown first (what it is, how to prepare, when to call 911).',
  });

export const printText = (t: Localizer) =>
  t.msg('Print', { id: 'print', desc: 'Button that prints this patient information on its own, as a handout.' });
