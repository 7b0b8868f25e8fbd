/** A request's start and end on one clock (ms). */
export interface Timed {
  start: number;
  end: number;
}
export function criticalPath<T extends Timed>(requests: T[]): T[];
export function median(values: number[]): number;
export function medianRatio<K extends string>(
  roundsA: Record<K, number>[],
  roundsB: Record<K, number>[],
  figure: K,
): number;
