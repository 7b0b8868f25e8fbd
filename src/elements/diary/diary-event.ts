import type { DiaryEntry } from './diary-entry.js';

/** Detail of `pain-diary-change`: the patient's ratings. painkit itself never sends them anywhere. */
export interface PainDiaryChangeDetail {
  topic: string;
  /** The diary's `start` attribute, `YYYY-MM-DDTHH:MM` (empty when not given). */
  start: string;
  /** The locale of the diary's content. */
  locale: string;
  /** Every rating, in the order of the schedule. */
  entries: DiaryEntry[];
  /** Whether the patient chose to keep the diary on this device. */
  kept: boolean;
}

/** Fired when the patient saves a rating, deletes the diary or changes "keep on this device". Bubbles and is composed. */
export class PainDiaryChangeEvent extends CustomEvent<PainDiaryChangeDetail> {
  constructor(detail: PainDiaryChangeDetail) {
    super('pain-diary-change', { detail, bubbles: true, composed: true });
  }
}
