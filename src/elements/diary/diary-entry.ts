/** One rating in a pain diary. Holds what the patient entered: it never leaves the device unless the page sends it. */
export interface DiaryEntry {
  /** Minutes after the start the rating was due: 0 for the rating before (the baseline). */
  minutes: number;
  /** When it was entered, ISO 8601. */
  recorded: string;
  /** Pain from 0 (no pain) to 10 (the worst pain you can imagine). */
  rating: number;
  /** Relief compared with before, in percent (0–100), when the patient gave it. */
  relief?: number;
  /** What the patient was doing. */
  activity?: string;
  /** The patient's note. */
  note?: string;
}

const isRating = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10;
const optionalText = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** An entry read back from storage or a page, or `undefined` when it is not one. */
export function asEntry(value: unknown): DiaryEntry | undefined {
  const e = value as Partial<DiaryEntry> | null;
  if (!e || typeof e !== 'object' || !isRating(e.rating)) return undefined;
  if (typeof e.minutes !== 'number' || !Number.isInteger(e.minutes) || e.minutes < 0) return undefined;
  if (typeof e.recorded !== 'string' || Number.isNaN(Date.parse(e.recorded))) return undefined;
  const relief = typeof e.relief === 'number' && e.relief >= 0 && e.relief <= 100 ? e.relief : undefined;
  return {
    minutes: e.minutes,
    recorded: e.recorded,
    rating: e.rating,
    ...(relief !== undefined && { relief }),
    ...(optionalText(e.activity) && { activity: optionalText(e.activity) }),
    ...(optionalText(e.note) && { note: optionalText(e.note) }),
  };
}
