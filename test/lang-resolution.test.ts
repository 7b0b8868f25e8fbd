import { expect, fixture, html } from '@open-wc/testing';
import '../src/pain-procedure.js';
import type { PainProcedure } from '../src/pain-procedure.js';
import { DATA, nextSettled, renderSettled, shown } from './helpers.js';

const EN_TITLE = 'Radiofrequency ablation (RFA) for back and neck pain';
const ES_TITLE = 'Ablación por radiofrecuencia para el dolor de espalda y cuello';

const title = (el: PainProcedure) => el.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim();

/** Counts how often an element renders. */
function countRenders(el: PainProcedure): { count: number } {
  const counter = { count: 0 };
  const update = (el as unknown as { update(changed: unknown): void }).update;
  Object.assign(el, {
    update(this: PainProcedure, changed: unknown) {
      counter.count++;
      update.call(this, changed);
    },
  });
  return counter;
}

/** Another library's component that puts a painkit element in its own shadow root, under a `lang` of its own. */
class ShadowCard extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = `<section lang="en">
      <pain-procedure topic="radiofrequency-ablation" content-base="${DATA}"></pain-procedure>
    </section>`;
  }
}
customElements.define('shadow-card', ShadowCard);

describe('the language an element speaks', () => {
  it('inside another component’s shadow root, follows its ancestors there and its own lang', async () => {
    const card = await fixture<ShadowCard>(html`<shadow-card lang="es"></shadow-card>`);
    const section = card.shadowRoot!.querySelector('section')!;
    const el = card.shadowRoot!.querySelector<PainProcedure>('pain-procedure')!;
    // It starts loading as the card is made: from a warm cache (Firefox's run
    // shares one) it can be done before a listener could be attached.
    await shown(el);
    expect(title(el)).to.equal(EN_TITLE);

    let loaded = nextSettled(el);
    section.lang = 'es';
    expect((await loaded).detail.locale).to.equal('es');
    expect(title(el)).to.equal(ES_TITLE);

    loaded = nextSettled(el);
    el.setAttribute('lang', 'en');
    expect((await loaded).detail.locale).to.equal('en');

    loaded = nextSettled(el);
    el.removeAttribute('lang');
    section.removeAttribute('lang');
    // Nothing in the shadow tree says: the card's own lang (outside it) counts.
    expect((await loaded).detail.locale).to.equal('es');
  });

  it('changing one element’s language re-renders that element, not the others on the page', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <pain-procedure id="a" topic="radiofrequency-ablation" lang="en" content-base=${DATA}></pain-procedure>
        <section id="around-b" lang="en">
          <pain-procedure id="b" topic="radiofrequency-ablation" content-base=${DATA}></pain-procedure>
        </section>
      </div>`,
    );
    const a = page.querySelector<PainProcedure>('#a')!;
    const b = page.querySelector<PainProcedure>('#b')!;
    await Promise.all([shown(a), shown(b)]);
    const renders = countRenders(a);

    let loaded = nextSettled(b);
    b.lang = 'es';
    expect((await loaded).detail.locale).to.equal('es');
    loaded = nextSettled(b);
    b.removeAttribute('lang');
    expect((await loaded).detail.locale).to.equal('en');
    loaded = nextSettled(b);
    page.querySelector('#around-b')!.setAttribute('lang', 'es-MX');
    expect((await loaded).detail.requestedLocale).to.equal('es-MX');
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(renders.count).to.equal(0);
    expect(title(a)).to.equal(EN_TITLE);
  });

  it('side by side in two languages, each keeps its own', async () => {
    const { el: en } = await renderSettled<PainProcedure>(
      html`<pain-procedure topic="radiofrequency-ablation" lang="en" content-base=${DATA}></pain-procedure>`,
    );
    const { el: es } = await renderSettled<PainProcedure>(
      html`<pain-procedure topic="radiofrequency-ablation" lang="es" content-base=${DATA}></pain-procedure>`,
    );
    expect(title(en)).to.equal(EN_TITLE);
    expect(title(es)).to.equal(ES_TITLE);
    expect(en.shadowRoot!.querySelector('[part="print-button"]')!.textContent!.trim()).to.equal('Print');
    expect(es.shadowRoot!.querySelector('[part="print-button"]')!.textContent!.trim()).to.equal('Imprimir');
  });
});
