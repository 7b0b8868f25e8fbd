import type { DiarySchedule } from '../../content/types.js';
import { parseDay } from '../shared/timeline.js';
import type { DiaryEntry } from './diary-entry.js';

/** One scheduled rating: `minutes` after the start (0 is the rating before), in a phase (none for the baseline). */
export interface Slot {
  minutes: number;
  phase?: string;
}

/**
 * Every rating a diary asks for, in order: the rating before (0), then each
 * phase's multiples of its `every` after the end of the phase above it, up
 * to its `until`.
 */
export function diarySlots(schedule: DiarySchedule): Slot[] {
  const slots: Slot[] = [{ minutes: 0 }];
  let previous = 0;
  for (const phase of schedule.phases) {
    const first = (Math.floor(previous / phase.everyMinutes) + 1) * phase.everyMinutes;
    for (let m = first; m <= phase.untilMinutes; m += phase.everyMinutes) slots.push({ minutes: m, phase: phase.id });
    previous = Math.max(previous, phase.untilMinutes);
  }
  return slots;
}

/** `YYYY-MM-DDTHH:MM` (the reader's local time) → a Date, or undefined when it is not a real moment. */
export function parseStart(value: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  const day = match ? parseDay(match[1]) : undefined;
  if (!match || day === undefined || Number(match[2]) > 23 || Number(match[3]) > 59) return undefined;
  const utc = new Date(day);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), Number(match[2]), Number(match[3]));
}

const DAY_MINUTES = 1440;

/** When a slot is due. Whole days keep the clock time across a daylight-saving change. */
export function slotTime(start: Date, minutes: number): Date {
  const time = new Date(start);
  time.setDate(time.getDate() + Math.floor(minutes / DAY_MINUTES));
  time.setMinutes(time.getMinutes() + (minutes % DAY_MINUTES));
  return time;
}

/** Where the reader is in the diary: the rating due now, or the next one, or neither when all are in. */
export interface DiaryStatus {
  due?: Slot;
  next?: Slot;
}

/**
 * The rating due now is the latest one whose time has come, if it is not in
 * yet and nothing later is; otherwise the next one is the first whose time
 * has not come. The rating before is due until it is in.
 */
export function diaryStatus(slots: Slot[], entries: DiaryEntry[], start: Date | undefined, now: Date): DiaryStatus {
  const done = new Set(entries.map((e) => e.minutes));
  const latestDone = Math.max(-1, ...done);
  if (!done.has(0)) return { due: slots[0] };
  if (!start) return { next: slots.find((s) => !done.has(s.minutes)) };
  const come = slots.filter((s) => slotTime(start, s.minutes) <= now);
  const latest = come.at(-1);
  const next = slots.find((s) => slotTime(start, s.minutes) > now && !done.has(s.minutes));
  if (latest && !done.has(latest.minutes) && latest.minutes > latestDone) return { due: latest, next };
  return { next };
}
