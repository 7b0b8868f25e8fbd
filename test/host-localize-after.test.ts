import { expect } from '@open-wc/testing';
import '../src/pain-procedure.js';
import { startHostLocalization } from './fixtures/host-app/host-app.js';
import { nextSettled } from './helpers.js';
import { expectOwnStrings, renderHostWithPainkit } from './host-localize.js';

// A host app that configures @lit/localize after painkit has rendered.
describe('a host app that configures @lit/localize after painkit renders', () => {
  it('keeps its own strings, and painkit keeps painkit’s, even with the same message ids', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const page = await renderHostWithPainkit();
    await startHostLocalization();
    await page.host.updateComplete;
    expectOwnStrings(page);
    // A painkit element that renders again after the host's configuration still speaks painkit's words.
    const reloaded = nextSettled(page.es);
    page.es.topic = 'epidural-steroid-injection';
    await reloaded;
    await page.es.updateComplete;
    expectOwnStrings(page);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });
});
