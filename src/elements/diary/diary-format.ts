import type { Localizer } from '../../i18n/localizer.js';
import { afterStartText, beforeText } from './diary-messages.js';
import { slotTime, type Slot } from './schedule.js';

/** Minutes as "15 minutes", "8 hours" or "14 days" (or "15 min" with `short`) in the reader's language. */
export function durationText(locale: string, minutes: number, display: 'long' | 'short' = 'long'): string {
  const [unit, amount] =
    minutes % 1440 === 0 ? ['day', minutes / 1440] : minutes % 60 === 0 ? ['hour', minutes / 60] : ['minute', minutes];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: display }).format(amount);
}

/** When a slot is due, in words: a date and time with a start, otherwise the time after the start. */
export function slotText(t: Localizer, slot: Slot, start: Date | undefined): string {
  if (!start) return slot.minutes ? afterStartText(t, durationText(t.locale, slot.minutes)) : beforeText(t);
  const when = new Intl.DateTimeFormat(t.locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(slotTime(start, slot.minutes));
  return slot.minutes ? when : `${beforeText(t)} (${when})`;
}

/** A short chart label for a slot: a time of day or a date with a start, otherwise "+15 min". */
export function slotShortText(t: Localizer, slot: Slot, start: Date | undefined): string {
  if (!start) return `+${durationText(t.locale, slot.minutes, 'short')}`;
  const options: Intl.DateTimeFormatOptions =
    slot.minutes >= 1440 ? { month: 'short', day: 'numeric' } : { hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat(t.locale, options).format(slotTime(start, slot.minutes));
}
