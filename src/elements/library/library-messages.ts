import { str } from '@lit/localize';
import type { Localizer } from '../../i18n/localizer.js';
import type { TopicKind } from '../../content/types.js';

/** Interface text of `<pain-library>`. Ids start with `library-`. */

export const searchLabelText = (t: Localizer) =>
  t.msg('Search topics', {
    id: 'library-search-label',
    desc: 'Label of the search box of the patient topic library. It searches topic titles and summaries.',
  });

export const conditionLabelText = (t: Localizer) =>
  t.msg('Condition', {
    id: 'library-condition-label',
    desc: 'Label of a drop-down list of health conditions that cause pain (e.g. sciatica), used to filter topics.',
  });

export const allConditionsText = (t: Localizer) =>
  t.msg('All conditions', {
    id: 'library-condition-all',
    desc: 'First choice of the condition drop-down list: do not filter topics by condition.',
  });

export const bodyAreaLabelText = (t: Localizer) =>
  t.msg('Where it hurts', {
    id: 'library-body-area-label',
    desc: 'Label of a drop-down list of body areas (neck, lower back, knee…), used to filter topics by where the patient has pain.',
  });

export const allBodyAreasText = (t: Localizer) =>
  t.msg('Anywhere', {
    id: 'library-body-area-all',
    desc: 'First choice of the "Where it hurts" drop-down list: do not filter topics by body area.',
  });

/** The name of a body area, for the "Where it hurts" list; an unknown slug reads as itself. */
export function bodyAreaText(t: Localizer, area: string): string {
  switch (area) {
    case 'neck':
      return t.msg('Neck', { id: 'library-body-area-neck', desc: 'Body area where a patient has pain.' });
    case 'upper-back':
      return t.msg('Upper back', {
        id: 'library-body-area-upper-back',
        desc: 'Body area where a patient has pain: the upper and middle back (thoracic spine).',
      });
    case 'lower-back':
      return t.msg('Lower back', {
        id: 'library-body-area-lower-back',
        desc: 'Body area where a patient has pain: the low back (lumbar spine).',
      });
    case 'buttock-hip':
      return t.msg('Buttock or hip', {
        id: 'library-body-area-buttock-hip',
        desc: 'Body area where a patient has pain.',
      });
    case 'arm':
      return t.msg('Arm', { id: 'library-body-area-arm', desc: 'Body area where a patient has pain (arm or hand).' });
    case 'leg':
      return t.msg('Leg', { id: 'library-body-area-leg', desc: 'Body area where a patient has pain (leg or foot).' });
    case 'knee':
      return t.msg('Knee', { id: 'library-body-area-knee', desc: 'Body area where a patient has pain.' });
    case 'abdomen':
      return t.msg('Belly', {
        id: 'library-body-area-abdomen',
        desc: 'Body area where a patient has pain: the abdomen, in plain words.',
      });
    case 'whole-body':
      return t.msg('All over the body', {
        id: 'library-body-area-whole-body',
        desc: 'Body area choice for pain that is widespread or not in one place.',
      });
    default:
      return area;
  }
}

/** The heading above each group of topics. */
export function groupTitleText(t: Localizer, kind: TopicKind): string {
  switch (kind) {
    case 'procedure':
      return t.msg('Procedures', {
        id: 'library-group-procedure',
        desc: 'Heading above the list of pain procedures (injections, nerve blocks, implanted devices).',
      });
    case 'therapy':
      return t.msg('Parts of a care plan', {
        id: 'library-group-therapy',
        desc: 'Heading above the list of treatments that go with procedures in a multidisciplinary pain plan: physical therapy, exercise, counseling, sleep, medicines.',
      });
    case 'condition':
      return t.msg('Conditions', {
        id: 'library-group-condition',
        desc: 'Heading above the list of health conditions that cause pain (e.g. sciatica, knee osteoarthritis).',
      });
  }
}

/** How many topics are shown; both numbers are already formatted for the reader's language. */
export const resultCountText = (t: Localizer, shown: string, total: string) =>
  t.msg(str`Showing ${shown} of ${total} topics`, {
    id: 'library-count',
    desc: 'Announced to screen readers and shown above the topic list whenever the search or filters change. Placeholders: topics shown, all topics.',
  });

export const noResultsTitleText = (t: Localizer) =>
  t.msg('No topics match your search.', {
    id: 'library-no-results-title',
    desc: 'Shown when the search words and filters leave no patient topics.',
  });

export const noResultsBodyText = (t: Localizer) =>
  t.msg('Try other words, or clear the search and the filters.', {
    id: 'library-no-results-body',
    desc: 'Advice when a search finds no topics.',
  });

export const clearText = (t: Localizer) =>
  t.msg('Clear search and filters', {
    id: 'library-clear',
    desc: 'Button that empties the search box and resets both drop-down filters, to show every topic again.',
  });

export const backText = (t: Localizer) =>
  t.msg('Back to all topics', {
    id: 'library-back',
    desc: 'Button above and below an opened topic that returns to the list of all topics.',
  });
