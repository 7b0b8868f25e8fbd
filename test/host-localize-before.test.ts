import { expect } from '@open-wc/testing';
import { startHostLocalization } from './fixtures/host-app/host-app.js';
import { nextSettled } from './helpers.js';
import { expectOwnStrings, renderHostWithPainkit } from './host-localize.js';

// A host app that uses @lit/localize itself (the same module instance as
// painkit's, as in a portal's bundle) and configures it before painkit loads.
describe('a host app that configures @lit/localize before painkit renders', () => {
  let errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('keeps its own strings, and painkit keeps painkit’s, even with the same message ids', async () => {
    errors = [];
    await startHostLocalization();
    await import('../src/pain-procedure.js');
    const page = await renderHostWithPainkit();
    expectOwnStrings(page);
    const reloaded = Promise.all([nextSettled(page.es), nextSettled(page.en)]);
    page.es.lang = 'en';
    page.en.lang = 'es';
    await reloaded;
    [page.es, page.en] = [page.en, page.es];
    expectOwnStrings(page);
    expect(errors).to.deep.equal([]);
  });
});
