import { html, nothing } from 'lit';
import { clinicDetails, type Clinic } from '../../clinic/clinic-config.js';
import { RED_FLAG_SECTION, type RED_FLAG_GROUPS, type SectionGroup, type TopicChunk } from '../../content/types.js';
import { contentHtml } from '../../markdown/content-html.js';
import type { Localizer } from '../../i18n/localizer.js';
import { heading } from './heading.js';
import { afterHoursText, callClinicText, websiteText } from './messages.js';

/** A sentence that gives the US crisis line, 988. */
const CRISIS_SENTENCE = /\s*[^.!?]*\b988\b[^.!?]*[.!?]/g;

/**
 * The content says "911" and "988"; a clinic elsewhere sets its own emergency
 * number and crisis line (digits, spaces and hyphens only, so HTML stays
 * safe). Without a crisis line, the sentences that give 988 are left out.
 */
export const localEmergency = (text: string, clinic: Clinic): string => {
  const emergency = clinic.emergencyNumber === '911' ? text : text.replace(/\b911\b/g, clinic.emergencyNumber);
  if (clinic.crisisLine === '988') return emergency;
  return clinic.crisisLine ? emergency.replace(/\b988\b/g, clinic.crisisLine) : emergency.replace(CRISIS_SENTENCE, '');
};

/** The clinic's phone numbers and website, when the clinic configured them. */
function contact(clinic: Clinic, t: Localizer) {
  if (!clinic.phone && !clinic.afterHoursPhone && !clinic.website) return nothing;
  return html`<p class="clinic-contact" part="clinic-contact">
    ${clinic.phone ? html`<span>${callClinicText(t, clinic.name)} <a href=${clinic.phone.href}>${clinic.phone.text}</a></span>` : nothing}
    ${
      clinic.afterHoursPhone
        ? html`<span
            >${afterHoursText(t)} <a href=${clinic.afterHoursPhone.href}>${clinic.afterHoursPhone.text}</a></span
          >`
        : nothing
    }
    ${clinic.website ? html`<span><a href=${clinic.website}>${websiteText(t, clinic.name)}</a></span>` : nothing}
  </p>`;
}

/** The part of each red-flag box besides `red-flags`, by group id: clinics style the two boxes apart. */
type RedFlagGroup = (typeof RED_FLAG_GROUPS)[number];
const BOX_PARTS: Record<RedFlagGroup, string> = {
  emergency: 'red-flags red-flags-emergency',
  'call-care-team': 'red-flags red-flags-care-team',
};
const boxPart = (id: string): string => BOX_PARTS[id as RedFlagGroup] ?? 'red-flags';

/**
 * The red-flag lists ("call 911 if", "call your care team if"), each in its
 * own box (parts `red-flags` and `red-flags-emergency` or
 * `red-flags-care-team`), never collapsed. The care-team box shows the clinic's phone
 * numbers when configured; "911" becomes the clinic's emergency number and
 * "988" its crisis line.
 */
export function redFlags(groups: SectionGroup[], level: number, t: Localizer) {
  const clinic = clinicDetails();
  return groups.map(
    (group) =>
      html`<div part=${boxPart(group.id)} class="red-flags red-flags-${group.id} box">
        ${heading(level, localEmergency(group.title, clinic), { kind: 'group-title' })}
        <ul>
          ${group.items.map((item) => html`<li>${contentHtml(localEmergency(item, clinic))}</li>`)}
        </ul>
        ${group.id === 'call-care-team' ? contact(clinic, t) : nothing}
      </div>`,
  );
}

/**
 * A topic's "When to get help" section on its own (below a timeline or a
 * diary): its title and the red-flag boxes, or nothing when it has none.
 */
export function redFlagSection(chunk: Pick<TopicChunk, 'sections'>, level: number, t: Localizer) {
  const warnings = chunk.sections.find((s) => s.id === RED_FLAG_SECTION);
  if (!warnings) return nothing;
  return html`<section part="section section-when-to-call">
    ${heading(level, warnings.title, { kind: 'section-title' })} ${redFlags(warnings.groups ?? [], level + 1, t)}
  </section>`;
}
