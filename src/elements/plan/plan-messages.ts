import { str } from '@lit/localize';
import type { Localizer } from '../../i18n/localizer.js';
import { InvalidPlanError } from '../../content/load-plan.js';
import { asContentError } from '../shared/pain-element.js';
import { UnknownConditionCodeError } from '../../content/condition-code.js';
import { errorText, unknownConditionCodeText } from '../shared/messages.js';

/** Interface text of `<pain-plan>`. */

export const defaultTitleText = (t: Localizer) =>
  t.msg('Your care plan', {
    id: 'plan-title',
    desc: 'Title of a pain-treatment plan that a clinic or patient portal made for the patient, when it has no title of its own.',
  });

export const stepsLabelText = (t: Localizer) =>
  t.msg('Steps of your plan', {
    id: 'plan-steps-label',
    desc: 'Name of the ordered list of plan steps, read by screen readers only.',
  });

export const stepNumberText = (t: Localizer, n: number) =>
  t.msg(str`Step ${n}`, {
    id: 'plan-step-number',
    desc: 'Number of a step in a pain-treatment plan, shown above its name (e.g. "Step 2: Physical therapy").',
  });

export const timingLabelText = (t: Localizer) =>
  t.msg('When', {
    id: 'plan-timing',
    desc: 'Label before the rough timing of a plan step, e.g. "Weeks 1 to 6" or "If pain stays after 6 weeks".',
  });

export const teamLabelText = (t: Localizer) =>
  t.msg('Who is involved', {
    id: 'plan-team',
    desc: 'Label before the list of care-team members for a plan step (e.g. physical therapist, nurse, pain medicine doctor).',
  });

export const whyLabelText = (t: Localizer) =>
  t.msg('Why this step', {
    id: 'plan-why',
    desc: 'Label before a short explanation of why this treatment step is part of the plan.',
  });

export const openTopicText = (t: Localizer) =>
  t.msg('Read about this', {
    id: 'plan-open-topic',
    desc: 'Button on a plan step: shows the full patient information about that treatment below the step. The treatment name follows for screen readers.',
  });

export const closeTopicText = (t: Localizer) =>
  t.msg('Close this topic', {
    id: 'plan-close-topic',
    desc: 'Button after the full information about a treatment, opened from a plan step: hides it again.',
  });

export const careTeamTitleText = (t: Localizer) =>
  t.msg('Your care team', {
    id: 'plan-care-team',
    desc: 'Heading above the list of everyone who helps with the plan (doctors, nurses, therapists, psychologists).',
  });

export const unknownStepText = (t: Localizer) => ({
  title: t.msg('Information not found', {
    id: 'plan-step-unknown-title',
    desc: 'Name shown for a plan step whose treatment painkit has no information about.',
  }),
  body: t.msg('We could not find information for this step. Ask your care team about it.', {
    id: 'plan-step-unknown-body',
    desc: 'Shown in place of a plan step whose treatment painkit has no information about.',
  }),
});

/** What the reader sees when no plan can be shown: plan wording where it says more than the general wording. */
export function planErrorText(t: Localizer, error: unknown): { title: string; body: string } {
  const { code } = asContentError(error);
  if (error instanceof InvalidPlanError) {
    return {
      title: t.msg('This care plan could not be shown.', {
        id: 'plan-error-invalid-title',
        desc: 'Shown when the plan a web page or patient portal gave is damaged (not readable).',
      }),
      body: t.msg("The plan on this page has a mistake. Please let the website's team know.", {
        id: 'plan-error-invalid-body',
        desc: 'Advice when the plan a web page gave is damaged.',
      }),
    };
  }
  if (error instanceof UnknownConditionCodeError) return unknownConditionCodeText(t);
  if (code === 'no-topic') {
    return {
      title: t.msg('No care plan was chosen.', {
        id: 'plan-error-no-plan-title',
        desc: 'Shown when the web page did not say which pain-treatment plan to show.',
      }),
      body: t.msg('The website needs to say which plan to show.', {
        id: 'plan-error-no-plan-body',
        desc: 'Explains that the page setup is missing a plan.',
      }),
    };
  }
  if (code === 'unknown-topic') {
    return {
      title: t.msg('We could not find this care plan.', {
        id: 'plan-error-unknown-title',
        desc: 'Shown when the page asked for the plan of a condition that has no plan.',
      }),
      body: t.msg('There is no plan for this condition yet. Your care team can tell you about your plan.', {
        id: 'plan-error-unknown-body',
        desc: 'Explains that painkit has no plan template for the condition the page named.',
      }),
    };
  }
  return errorText(t, code);
}
