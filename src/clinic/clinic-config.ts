import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Approval, ClinicDetails } from '../content/types.js';

export type { ClinicDetails } from '../content/types.js';

/** Clinic details checked and ready to show. */
export interface Clinic {
  name: string;
  phone?: { text: string; href: string };
  afterHoursPhone?: { text: string; href: string };
  website?: string;
  emergencyNumber: string;
  /** The crisis line, or undefined where no crisis number should be shown. */
  crisisLine?: string;
  /** The clinic's approvals given in its configuration (well-formed ones only). */
  approvals: readonly Approval[];
  /** Show only topics with a current approval. */
  approvedOnly: boolean;
}

const PHONE = /^\+?[0-9(][0-9 ().-]{2,24}$/;
const EMERGENCY = /^[0-9]{2,4}$/;
const CRISIS = /^[0-9](?:[0-9 -]{0,14}[0-9])?$/;
/** The US crisis line, shown by default beside the US emergency number. */
const US_CRISIS_LINE = '988';

/** The crisis line to show: the clinic's own, else 988 where the emergency number is 911, else none. */
function crisisLine(value: string | undefined, emergencyNumber: string, problems: string[]): string | undefined {
  const text = value?.trim();
  if (text && CRISIS.test(text)) return text;
  if (text) problems.push(`clinic crisis line "${text}" is not a phone number (digits, spaces, -); it is not shown.`);
  return emergencyNumber === '911' ? US_CRISIS_LINE : undefined;
}

function phone(value: string | undefined, field: string, problems: string[]): Clinic['phone'] {
  const text = value?.trim();
  if (!text) return undefined;
  if (!PHONE.test(text) || text.replace(/\D/g, '').length < 3) {
    problems.push(`clinic ${field} "${text}" is not a phone number (digits, spaces, + ( ) . -); it is not shown.`);
    return undefined;
  }
  return { text, href: `tel:${text.startsWith('+') ? '+' : ''}${text.replace(/\D/g, '')}` };
}

function website(value: string | undefined, problems: string[]): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  try {
    const url = new URL(text);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // reported below
  }
  problems.push(`clinic website "${text}" is not an http(s) address; it is not shown.`);
  return undefined;
}

const FINGERPRINT = /^[0-9a-f]{16}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An approval with its topic, locale, 16-hex-digit fingerprint, who approved it, their role and the date. */
export function isApproval(value: unknown): value is Approval {
  const a = value as Record<string, unknown> | undefined;
  const text = (key: string) => typeof a?.[key] === 'string' && (a[key] as string).trim() !== '';
  return (
    ['topic', 'locale', 'by', 'role'].every(text) &&
    FINGERPRINT.test(String(a?.fingerprint)) &&
    DATE.test(String(a?.date))
  );
}

/** The well-formed approvals; each one that is not is reported and left out. */
function approvals(value: unknown, problems: string[]): readonly Approval[] {
  if (value === undefined || value === null) return [];
  // The approvals file as a whole (`{ format, approvals }`) or its list.
  const list: unknown = Array.isArray(value) ? value : (value as { approvals?: unknown }).approvals;
  if (!Array.isArray(list)) {
    problems.push('clinic approvals must be the list (or the file) painkit approve writes; none are used.');
    return [];
  }
  return list.filter((entry, i) => {
    if (isApproval(entry)) return true;
    problems.push(
      `clinic approval ${i + 1} needs topic, locale, a 16-hex-digit fingerprint, by, role and a YYYY-MM-DD date; it is not used.`,
    );
    return false;
  });
}

let clinic: Clinic = {
  name: '',
  emergencyNumber: '911',
  crisisLine: US_CRISIS_LINE,
  approvals: [],
  approvedOnly: false,
};
const hosts = new Set<ReactiveControllerHost>();

/**
 * Sets the clinic's details for every painkit element on the page. Values
 * that are not a phone number or a web address are left out; what was left
 * out, and why, is returned for the caller to report. Called by
 * `<pain-clinic>` and by `configure()`.
 */
export function configureClinic(details: ClinicDetails): string[] {
  const problems: string[] = [];
  const emergency = details.emergencyNumber?.trim();
  if (emergency && !EMERGENCY.test(emergency)) {
    problems.push(`clinic emergency number "${emergency}" is not 2 to 4 digits; 911 is shown.`);
  }
  clinic = {
    name: details.name?.trim() ?? '',
    phone: phone(details.phone, 'phone', problems),
    afterHoursPhone: phone(details.afterHoursPhone, 'after-hours phone', problems),
    website: website(details.website, problems),
    emergencyNumber: emergency && EMERGENCY.test(emergency) ? emergency : '911',
    approvals: approvals(details.approvals, problems),
    approvedOnly: details.approvedOnly === true,
  };
  clinic.crisisLine = crisisLine(details.crisisLine, clinic.emergencyNumber, problems);
  hosts.forEach((host) => host.requestUpdate());
  return problems;
}

/** The clinic's details as configured (empty without configuration). */
export const clinicDetails = (): Clinic => clinic;

/** Re-renders its element whenever the clinic's details change. */
export class ClinicController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }
}
