import { css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { configureClinic } from '../../clinic/clinic-config.js';
import { ContentError } from '../../content/content-error.js';
import type { Approval } from '../../content/types.js';
import { PainElement } from '../shared/pain-element.js';

/**
 * The clinic's details, without writing JavaScript: put one anywhere on the
 * page. Every painkit element then shows the clinic's name and phone numbers
 * (as `tel:` links) where the content says "call your care team", and the
 * local emergency number and crisis line where it says "call 911" and "988".
 * It shows nothing itself.
 * With `approvals` (from `painkit approve`), topics show the clinic's
 * sign-off; with `approved-only`, only approved topics are shown.
 * `content-base` and `allow-origins` are page-wide settings for pages that
 * cannot run `configure()` (pasted HTML): they apply to every painkit
 * element without its own `content-base`, read from the first
 * `<pain-clinic>` that has them, whenever content is requested.
 * A value that is not a phone number or a web address is left out, with a
 * console warning and `pain-error` (code `invalid-attribute`).
 *
 * @tagname pain-clinic
 * @summary Clinic name, phone numbers, website, emergency number and crisis line for every painkit element.
 *
 * @fires pain-error - A phone number, website or emergency number was left out. `detail`: `{ code: 'invalid-attribute', locale, message }`.
 */
export class PainClinic extends PainElement {
  static override styles = css`
    :host {
      display: none;
    }
  `;

  /**
   * URL of a folder made by `painkit build-content`: the default content base
   * for every painkit element on the page (an element's own `content-base`
   * wins; so does `configure({ contentBase })`).
   */
  @property({ attribute: 'content-base', reflect: true }) override contentBase = '';

  /**
   * Other origins painkit may fetch content and `src` Markdown from,
   * separated by spaces, e.g. `https://content.clinic.example` (the same as
   * `configure({ allowOrigins })`; the page's own and painkit's own are always allowed).
   */
  @property({ attribute: 'allow-origins', reflect: true }) allowOrigins = '';

  /** The clinic's name, as patients know it. */
  @property({ reflect: true }) name = '';

  /** Phone number during opening hours. */
  @property({ reflect: true }) phone = '';

  /** Phone number after hours. */
  @property({ attribute: 'after-hours-phone', reflect: true }) afterHoursPhone = '';

  /** The clinic's website (http or https). */
  @property({ reflect: true }) website = '';

  /** The local emergency number (2 to 4 digits); the content's "911" becomes this number. */
  @property({ attribute: 'emergency-number', reflect: true }) emergencyNumber = '911';

  /**
   * The crisis line patients can call or text; the content's "988" becomes
   * this number. Empty: 988 where the emergency number is 911, otherwise no
   * crisis number is shown.
   */
  @property({ attribute: 'crisis-line', reflect: true }) crisisLine = '';

  /**
   * The clinic's approvals: the file `painkit approve` writes (parsed), or
   * its `approvals` list. A topic shows "Approved for patients of …" while
   * its approval covers the text shown (same fingerprint). A property only.
   */
  @property({ attribute: false }) approvals?: readonly Approval[] | { approvals: readonly Approval[] };

  /**
   * Show only topics with a current approval: any other topic shows a
   * message that it is not available here, and fires `pain-error` with code `not-approved`.
   */
  @property({ attribute: 'approved-only', type: Boolean, reflect: true }) approvedOnly = false;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const problems = configureClinic({
      name: this.name,
      phone: this.phone,
      afterHoursPhone: this.afterHoursPhone,
      website: this.website,
      emergencyNumber: this.emergencyNumber,
      crisisLine: this.crisisLine,
      approvals: this.approvals,
      approvedOnly: this.approvedOnly,
    });
    for (const problem of problems) this.reportError(new ContentError('invalid-attribute', problem));
  }
}
