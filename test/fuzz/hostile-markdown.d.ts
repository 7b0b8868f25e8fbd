/** A seeded pseudo-random generator: numbers in [0, 1). */
export function random(seed: number): () => number;
/** One hostile variant of a valid topic file. */
export function hostileTopic(good: string, seed: number): string;
/** Hostile clinic Markdown for `src`. */
export function hostileClinicPage(seed: number): string;
