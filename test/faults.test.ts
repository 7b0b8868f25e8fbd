import { expect, fixture, html } from '@open-wc/testing';
import '../src/pain-procedure.js';
import type { PainProcedure } from '../src/pain-procedure.js';
import type { PainErrorEvent } from '../src/events.js';
import { DATA, renderSettled, shadowText, silenceWarnings } from './helpers.js';

// Each fault ends in the right message, a pain-error with the right code and
// no uncaught exception (the runner fails a test on one).
const FAULTS: Array<[string, string, string]> = [
  ['http-500', 'network', 'This information could not be loaded.'],
  ['empty-manifest', 'malformed', 'This information could not be shown.'],
  ['html-instead-of-json', 'malformed', 'This information could not be shown.'],
  ['truncated-chunk', 'malformed', 'This information could not be shown.'],
  ['wrong-topic', 'malformed', 'This information could not be shown.'],
  ['missing-chunk', 'network', 'This information could not be loaded.'],
];

describe('faults', () => {
  silenceWarnings();

  for (const [name, code, message] of FAULTS) {
    it(`${name}: "${message}"`, async () => {
      const { el, event } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="sample" content-base=${`/test/faults/${name}/`}></pain-procedure>`,
      );
      expect((event as PainErrorEvent).detail.code).to.equal(code);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include(message);
      await expect(el).to.be.accessible();
    });
  }

  it('a very long topic name gets the unknown-topic message', async () => {
    const { el, event } = await renderSettled<PainProcedure>(
      html`<pain-procedure topic=${'x'.repeat(5000)} content-base=${DATA}></pain-procedure>`,
    );
    expect((event as PainErrorEvent).detail.code).to.equal('unknown-topic');
    expect(shadowText(el)).to.include('We could not find this information.');
  });

  it('100 elements on one page all load, fetching each file once', async () => {
    const before = performance.getEntriesByType('resource').length;
    const page = await fixture(
      html`<div>
        ${Array.from({ length: 100 }, () => html`<pain-procedure topic="medial-branch-block" sections="what-it-is" content-base=${DATA}></pain-procedure>`)}
      </div>`,
    );
    const elements = [...page.querySelectorAll('pain-procedure')];
    for (let i = 0; i < 100 && !elements.every((el) => el.shadowRoot!.querySelector('article')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(elements.filter((el) => el.shadowRoot!.querySelector('article'))).to.have.length(100);
    const fetched = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((e) => e.name)
      .filter((name) => name.includes('/dist/data/en/medial-branch-block.json'));
    expect(fetched.length).to.be.at.most(1);
  });

  it('50 fast switches of topic and language end on the right content', async () => {
    const el = await fixture<PainProcedure>(
      html`<pain-procedure topic="epidural-steroid-injection" lang="en" content-base=${DATA}></pain-procedure>`,
    );
    const topics = ['epidural-steroid-injection', 'radiofrequency-ablation', 'sleep', 'nope'];
    for (let i = 0; i < 50; i++) {
      el.topic = topics[i % topics.length];
      el.setAttribute('lang', i % 2 ? 'es' : 'en');
      await new Promise((resolve) => setTimeout(resolve, i % 5));
    }
    el.topic = 'radiofrequency-ablation';
    el.setAttribute('lang', 'es');
    for (let i = 0; i < 100; i++) {
      const title = el.shadowRoot!.querySelector('[part="title"]')?.textContent;
      if (title === 'Ablación por radiofrecuencia para el dolor de espalda y cuello') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(
      'Ablación por radiofrecuencia para el dolor de espalda y cuello',
    );
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});
