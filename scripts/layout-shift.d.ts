import type { Browser, Page } from 'playwright-core';

/** One layout shift the browser reported, and the elements it moved. */
export interface LayoutShift {
  value: number;
  moved: string;
}

/** The init script (page.addInitScript) that records every layout shift of the page. */
export function recordShifts(): void;

/** The cumulative layout shift recorded so far in a page with recordShifts() installed, and what moved most. */
export function layoutShiftOf(page: Page): Promise<{ cls: number; largest: string; shifts: LayoutShift[] }>;

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
