/** Space kept between a definition bubble and the edges of the screen, in px. */
const EDGE = 8;

/** A definition bubble that another one opening closes. */
export interface OpenBubble {
  close(): void;
}

/** The one definition open on the page, whichever element shows it. */
let current: OpenBubble | undefined;

/** Makes `next` the page's one open definition, closing the one before (one bubble at a time). */
export function claimOpen(next: OpenBubble): void {
  if (current && current !== next) current.close();
  current = next;
}

/** Forgets `closed` as the open definition, if it was. */
export function releaseOpen(closed: OpenBubble): void {
  if (current === closed) current = undefined;
}

/** Moves an open bubble sideways, if it has to, so all of it is on the screen (also at 320 px). */
export function keepOnScreen(bubble: HTMLElement): void {
  bubble.style.translate = '';
  // Screen coordinates, whatever the writing direction: x is where the box starts from the screen's edge.
  const { x, width: size } = bubble.getBoundingClientRect();
  const screen = document.documentElement.clientWidth;
  const shift = x + size > screen - EDGE ? screen - EDGE - (x + size) : 0;
  const fixed = x + shift < EDGE ? EDGE - x : shift;
  if (fixed) bubble.style.translate = `${Math.round(fixed)}px 0`;
}
