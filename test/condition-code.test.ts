/**
 * ICD-10-CM diagnosis codes in `<pain-library condition-code>` and
 * `<pain-plan condition-code>`: a code (also a more specific one, or one
 * without its dot) leads to its condition; a code no condition has shows a
 * localized message and fires `pain-error` with `unknown-code`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/pain-library.js';
import '../src/pain-plan.js';
import type { PainLibrary } from '../src/pain-library.js';
import type { PainPlan } from '../src/pain-plan.js';
import type { PainErrorEvent, PainPlanLoadedEvent } from '../src/events.js';
import { DATA, FIXTURES, captureWarnings } from './helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const conditionCards = (el: PainLibrary) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="group-condition"] [part~="card-button"]')].map(
    (b) => b.dataset.topic,
  );

/** Renders a template with one painkit element; resolves with it and every `pain-error` it fires. */
async function render<E extends HTMLElement>(template: TemplateResult, tag: string) {
  const errors: PainErrorEvent[] = [];
  const wrapper = await fixture<HTMLElement>(
    html`<div @pain-error=${(e: PainErrorEvent) => errors.push(e)}>${template}</div>`,
  );
  return { el: wrapper.querySelector(tag) as E, errors };
}

describe('<pain-library condition-code>', () => {
  for (const [lang, title] of [
    ['en', 'Spinal stenosis'],
    ['es', 'Estenosis espinal'],
  ] as const) {
    it(`pre-selects the condition of a billable code under the listed one, M48.061 → spinal stenosis (${lang})`, async () => {
      const { el, errors } = await render<PainLibrary>(
        html`<pain-library lang=${lang} condition-code="M48.061" content-base=${DATA}></pain-library>`,
        'pain-library',
      );
      await waitUntil(() => conditionCards(el).length === 1, 'the condition filter was never applied');
      const select = part(el, 'condition-select') as HTMLSelectElement;
      expect(select.value).to.equal('spinal-stenosis');
      expect(select.selectedOptions[0]!.textContent!.trim()).to.equal(title);
      expect(conditionCards(el)).to.deep.equal(['spinal-stenosis']);
      expect(part(el, 'error')).to.equal(null);
      expect(errors).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }

  it('wins over condition, and the reader can still choose another condition', async () => {
    const { el } = await render<PainLibrary>(
      html`<pain-library condition="sciatica" condition-code="G89.3" content-base=${DATA}></pain-library>`,
      'pain-library',
    );
    await waitUntil(() => el.condition === 'cancer-pain' && conditionCards(el).length === 1);
    expect(conditionCards(el)).to.deep.equal(['cancer-pain']);
    const select = part(el, 'condition-select') as HTMLSelectElement;
    select.value = 'sciatica';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(conditionCards(el)).to.deep.equal(['sciatica']);
  });

  for (const [lang, message] of [
    ['en', 'We could not find this information. We have no information for this diagnosis code yet.'],
    ['es', 'No encontramos esta información. Todavía no tenemos información para este código de diagnóstico.'],
  ] as const) {
    it(`shows a message above the whole list for a code no condition has (${lang})`, async () => {
      let shown!: { el: PainLibrary; errors: PainErrorEvent[] };
      const warnings = await captureWarnings(async () => {
        shown = await render<PainLibrary>(
          html`<pain-library lang=${lang} condition-code="M54.16" content-base=${DATA}></pain-library>`,
          'pain-library',
        );
        await waitUntil(() => part(shown.el, 'error') && part(shown.el, 'status'), 'no message');
      });
      const { el, errors } = shown;
      expect(text(part(el, 'error'))).to.include(message);
      expect(part(el, 'error')!.getAttribute('lang')).to.equal(lang);
      expect(conditionCards(el).length).to.be.greaterThan(10);
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['unknown-code']);
      expect(warnings).to.include('no condition has the ICD-10-CM code "M54.16"');
      await expect(el).to.be.accessible();
    });
  }
});

describe('<pain-plan condition-code>', () => {
  /** Renders a plan and waits for its first `pain-plan-loaded` or `pain-error`. */
  async function renderPlan(template: TemplateResult) {
    let settle!: (event: CustomEvent) => void;
    const settled = new Promise<CustomEvent>((resolve) => (settle = resolve));
    const wrapper = await fixture<HTMLElement>(
      html`<div @pain-plan-loaded=${settle} @pain-error=${settle}>${template}</div>`,
    );
    const el = wrapper.querySelector('pain-plan') as PainPlan;
    const event = await settled;
    await el.updateComplete;
    return { el, event };
  }

  it('shows the plan of the condition of a code written without its dot (M5441 → sciatica)', async () => {
    const { el, event } = await renderPlan(html`<pain-plan condition-code="M5441" content-base=${DATA}></pain-plan>`);
    expect((event as PainPlanLoadedEvent).detail.condition).to.equal('sciatica');
    expect(text(part(el, 'title'))).to.equal('A typical plan for sciatica');
    await expect(el).to.be.accessible();
  });

  it('in Spanish, and condition wins over condition-code', async () => {
    const { el } = await renderPlan(
      html`<pain-plan lang="es" condition="sciatica" condition-code="M17.11" content-base=${DATA}></pain-plan>`,
    );
    expect(text(part(el, 'title'))).to.equal('Un plan típico para la ciática');
    el.condition = '';
    await waitUntil(
      () => text(part(el, 'title')).includes('rodilla'),
      'the code was not used once condition was cleared',
    );
    expect(part(el, 'article')!.getAttribute('lang')).to.equal('es');
  });

  for (const [lang, base, message] of [
    ['en', DATA, 'We have no information for this diagnosis code yet. Your care team can give you this information.'],
    ['es', DATA, 'Todavía no tenemos información para este código de diagnóstico.'],
    // Content built before painkit knew ICD-10-CM codes: its manifest has no conditionCodes.
    ['en', FIXTURES, 'We have no information for this diagnosis code yet.'],
  ] as const) {
    it(`explains a code no condition has (${lang}, ${base})`, async () => {
      let shown!: { el: PainPlan; event: CustomEvent };
      await captureWarnings(async () => {
        shown = await renderPlan(
          html`<pain-plan lang=${lang} condition-code="Z99.89" content-base=${base}></pain-plan>`,
        );
      });
      expect((shown.event as PainErrorEvent).detail.code).to.equal('unknown-code');
      expect(text(part(shown.el, 'error'))).to.include(message);
      await expect(shown.el).to.be.accessible();
    });
  }
});
