import { asEntry, type DiaryEntry } from './diary-entry.js';

/** The localStorage key of one diary: one per topic and start. */
export const storageKey = (topic: string, start: string): string => `painkit-diary:${topic}:${start}`;

/** localStorage, or undefined where the browser refuses it (private modes, blocked storage). */
function storage(): Storage | undefined {
  try {
    const probe = '__painkit-diary-probe__';
    localStorage.setItem(probe, probe);
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return undefined;
  }
}

/** Whether this browser lets the diary keep ratings. */
export const canStore = (): boolean => storage() !== undefined;

/** The entries kept on this device under `key`, or undefined when none are (or they are unreadable). */
export function readKept(key: string): DiaryEntry[] | undefined {
  const raw = storage()?.getItem(key);
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as { version?: number; entries?: unknown };
    if (parsed.version !== 1 || !Array.isArray(parsed.entries)) return undefined;
    return parsed.entries.map(asEntry).filter((e): e is DiaryEntry => !!e);
  } catch {
    return undefined;
  }
}

/** Keeps the entries on this device. Returns false when the browser refused. */
export function writeKept(key: string, entries: DiaryEntry[]): boolean {
  try {
    storage()?.setItem(key, JSON.stringify({ version: 1, entries }));
    return !!storage();
  } catch {
    return false;
  }
}

/** Removes the diary from this device. */
export function removeKept(key: string): void {
  storage()?.removeItem(key);
}
