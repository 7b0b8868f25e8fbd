import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/pain-library.js';
import '../src/pain-plan.js';
import '../src/pain-procedure.js';
import type { PainLibrary } from '../src/pain-library.js';
import type { PainPlan } from '../src/pain-plan.js';
import type { PainProcedure } from '../src/pain-procedure.js';
import type { PainErrorEvent, PainTopicLoadedEvent } from '../src/events.js';
import { headings, renderSettled } from './helpers.js';

// The shipped content with test/fixtures/overlay layered over it, built by
// `npm run build:content` (build-content content --overlay test/fixtures/overlay).
const OVERLAY_DATA = '/test/dist/overlay-data/';

const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A `<pain-library>` on the overlay content, once its list shows. */
async function library(lang = 'en'): Promise<PainLibrary> {
  const el = await fixture<PainLibrary>(html`<pain-library lang=${lang} content-base=${OVERLAY_DATA}></pain-library>`);
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="card-button"]'), 'the library never listed a topic');
  await el.updateComplete;
  return el;
}

const cards = (el: PainLibrary) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="card-button"]')].map((b) => b.dataset.topic);

describe('a clinic overlay, built into the content', () => {
  for (const lang of ['en', 'es']) {
    it(`<pain-library lang="${lang}"> lists the clinic topic and offers the clinic condition`, async () => {
      const el = await library(lang);
      expect(cards(el)).to.include.members(['occipital-nerve-block', 'occipital-neuralgia', 'exercise']);
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="condition-select"]')!;
      const option = [...select.options].find((o) => o.value === 'occipital-neuralgia');
      expect(option?.textContent?.trim()).to.equal('Occipital neuralgia');
      // The clinic's condition filters to its page and the topics that help it.
      select.value = 'occipital-neuralgia';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(cards(el)).to.have.members([
        'occipital-nerve-block',
        'occipital-neuralgia',
        'physical-therapy',
        'medication-management',
      ]);
    });
  }

  it('<pain-library> finds the clinic topic by search', async () => {
    const el = await library();
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
    input.value = 'occipital nerve';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(cards(el)).to.include('occipital-nerve-block');
    expect(cards(el)).not.to.include('sleep');
  });

  it('code="64405" (the clinic topic’s CPT code) opens the clinic topic', async () => {
    const { el, event } = await renderSettled<PainProcedure>(
      html`<pain-procedure code="64405" content-base=${OVERLAY_DATA}></pain-procedure>`,
    );
    expect((event as PainTopicLoadedEvent).detail).to.include({ topic: 'occipital-nerve-block', locale: 'en' });
    expect(headings(el)[0]).to.equal('h2:Occipital nerve block');
    expect(words(el.shadowRoot!.querySelector('[part~="section-what-it-is"]'))).to.include(
      'At Riverside Pain Clinic, an occipital nerve block',
    );
    await expect(el).to.be.accessible();
  });

  it('the replaced topic shows the clinic text, and Spanish readers get it in English (the shipped translation is set aside)', async () => {
    for (const lang of ['en', 'es']) {
      const { el, event } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="sleep" lang=${lang} content-base=${OVERLAY_DATA}></pain-procedure>`,
      );
      expect((event as PainTopicLoadedEvent).detail).to.include({
        topic: 'sleep',
        locale: 'en',
        fallback: lang !== 'en',
      });
      expect(words(el.shadowRoot!.querySelector('[part~="section-what-it-is"]'))).to.include(
        'Riverside Pain Clinic runs a sleep class every Tuesday evening.',
      );
    }
  });

  it('<pain-plan> shows the clinic plan template for the clinic condition, with the clinic topic as a step', async () => {
    const el = await fixture<PainPlan>(
      html`<pain-plan condition="occipital-neuralgia" content-base=${OVERLAY_DATA}></pain-plan>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="step"]'), 'the plan never showed its steps');
    expect(words(el.shadowRoot!.querySelector('[part="title"]'))).to.equal("Riverside's plan for occipital neuralgia");
    const steps = [...el.shadowRoot!.querySelectorAll('[part~="step"]')].map(words);
    expect(steps.some((step) => step.includes('Occipital nerve block'))).to.equal(true);
  });

  it('<pain-plan> names the conditions of the manifest, the clinic’s among them, for a condition the content lacks', async () => {
    const settled = new Promise<CustomEvent>((resolve) =>
      addEventListener('pain-error', resolve as EventListener, { once: true }),
    );
    await fixture<PainPlan>(html`<pain-plan condition="gout" content-base=${OVERLAY_DATA}></pain-plan>`);
    const { detail } = (await settled) as PainErrorEvent;
    expect(detail.code).to.equal('unknown-topic');
    expect(detail.message).to.match(
      /^"gout" is not a condition in this content \(conditions: .*occipital-neuralgia.*\)$/,
    );
  });
});
