/**
 * Printed handouts from the same content and the same elements as the
 * website: `import { renderHandout, openHandoutRenderer } from 'painkit-cli/handout'`.
 */
import { openHandoutRenderer, type Handout, type HandoutRequest } from './render-handout.js';

export { openHandoutRenderer, type Handout, type HandoutRenderer, type HandoutRequest } from './render-handout.js';
export type { ClinicDetails } from './handout-page.js';

/** Makes one handout (starts and stops Chromium; for many, use `openHandoutRenderer`). */
export async function renderHandout(request: HandoutRequest): Promise<Handout> {
  const renderer = await openHandoutRenderer();
  try {
    return await renderer.render(request);
  } finally {
    await renderer.close();
  }
}
