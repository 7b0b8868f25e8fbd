import type { Browser } from 'playwright-core';

/** One layout shift the browser reported, and the elements it moved. */
export interface LayoutShift {
  value: number;
  moved: string;
}

/**
 * Loads `url` in a fresh context at `width` × `height` px with a layout-shift
 * observer installed before the page's scripts; waits for `ready(readyArg)`
 * if given, then `settle` ms (default 4000), and returns the cumulative
 * layout shift and what moved most.
 */
export function measureLayoutShift<A>(
  browser: Browser,
  url: string,
  options: { width: number; height?: number; settle?: number; ready?: (arg: A) => unknown; readyArg?: A },
): Promise<{ cls: number; largest: string; shifts: LayoutShift[] }>;
