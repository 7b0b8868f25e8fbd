import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/pain-term.js';
import '../src/pain-procedure.js';
import type { PainProcedure } from '../src/pain-procedure.js';
import type { PainTerm } from '../src/pain-term.js';
import type { PainErrorEvent } from '../src/events.js';
import { DATA, FIXTURES, renderSettled } from './helpers.js';

/** Waits until the term has looked up its definition (or failed to). */
async function settled(term: PainTerm): Promise<void> {
  for (let i = 0; i < 50 && !term.shadowRoot!.querySelector('.word') && !term.dataset.failed; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await term.updateComplete;
}

const word = (term: PainTerm) => term.shadowRoot!.querySelector('.word') as HTMLElement;
const bubble = (term: PainTerm) => term.shadowRoot!.querySelector('[role="status"]')!;

describe('<pain-term>', () => {
  it('is a button (role) that shows and hides the plain-language definition', async () => {
    const term = await fixture<PainTerm>(
      html`<pain-term term="fluoroscopy" content-base=${FIXTURES}>X-ray video</pain-term>`,
    );
    await settled(term);
    // The word stays inside the sentence.
    expect(getComputedStyle(term).display).to.equal('inline');
    expect(word(term).getAttribute('aria-expanded')).to.equal('false');
    expect(bubble(term).textContent!.trim()).to.equal('');
    await expect(term).to.be.accessible();

    word(term).click();
    await term.updateComplete;
    expect(word(term).getAttribute('aria-expanded')).to.equal('true');
    expect(bubble(term).textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'fluoroscopy: A kind of X-ray that shows moving pictures. It helps the doctor guide the needle.',
    );
    await expect(term).to.be.accessible();

    word(term).click();
    await term.updateComplete;
    expect(bubble(term).textContent!.trim()).to.equal('');
  });

  it('works from the keyboard: Enter opens, Escape closes, focus stays on the word, Space opens', async () => {
    const page = await fixture(
      html`<p>
        <button>before</button> Your doctor uses
        <pain-term term="fluoroscopy" content-base=${FIXTURES}>X-ray video</pain-term>.
      </p>`,
    );
    const term = page.querySelector('pain-term')!;
    await settled(term);
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(term.shadowRoot!.activeElement).to.equal(word(term));
    await sendKeys({ press: 'Enter' });
    await term.updateComplete;
    expect(word(term).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await term.updateComplete;
    expect(word(term).getAttribute('aria-expanded')).to.equal('false');
    expect(term.shadowRoot!.activeElement).to.equal(word(term));
    await sendKeys({ press: 'Space' });
    await term.updateComplete;
    expect(word(term).getAttribute('aria-expanded')).to.equal('true');
  });

  it('closes when the reader clicks elsewhere', async () => {
    const page = await fixture(
      html`<div>
        <pain-term term="fluoroscopy" content-base=${FIXTURES}>X-ray video</pain-term>
        <p id="elsewhere">Elsewhere</p>
      </div>`,
    );
    const term = page.querySelector('pain-term')!;
    await settled(term);
    word(term).click();
    await term.updateComplete;
    (page.querySelector('#elsewhere') as HTMLElement).click();
    await term.updateComplete;
    expect(word(term).getAttribute('aria-expanded')).to.equal('false');
  });

  it('defines the word in Spanish for a Spanish reader', async () => {
    const term = await fixture<PainTerm>(
      html`<pain-term term="fluoroscopy" lang="es" content-base=${FIXTURES}>radiografía en video</pain-term>`,
    );
    await settled(term);
    word(term).click();
    await term.updateComplete;
    expect(bubble(term).textContent).to.include('Un tipo de radiografía que muestra imágenes en movimiento.');
    expect(bubble(term).querySelector('[lang]')!.getAttribute('lang')).to.equal('es');
    await expect(term).to.be.accessible();
  });

  it('shows the word alone, warns and fires pain-error for an unknown term', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const errored = oneEvent(document, 'pain-error') as Promise<PainErrorEvent>;
      const term = await fixture<PainTerm>(html`<pain-term term="nope" content-base=${FIXTURES}>some word</pain-term>`);
      const event = await errored;
      await term.updateComplete;
      expect(event.detail).to.include({ code: 'unknown-term', topic: 'nope' });
      expect(word(term)).to.equal(null);
      expect(term.textContent).to.equal('some word');
      expect(warnings.join('\n')).to.include('the glossary has no term "nope"');
    } finally {
      console.warn = warn;
    }
  });
});

describe('glossary words inside <pain-procedure>', () => {
  it('are marked in the compiled content and explain themselves', async () => {
    const { el } = await renderSettled<PainProcedure>(
      html`<pain-procedure topic="radiofrequency-ablation" content-base=${DATA}></pain-procedure>`,
    );
    const terms = [...el.shadowRoot!.querySelectorAll('pain-term')];
    expect(terms.length).to.be.greaterThan(5);
    const fluoroscopy = terms.find((t) => t.getAttribute('term') === 'fluoroscopy')!;
    await settled(fluoroscopy);
    word(fluoroscopy).click();
    await fluoroscopy.updateComplete;
    expect(bubble(fluoroscopy).textContent).to.include('X-ray');
    await expect(el).to.be.accessible();
  });
});

describe('<pain-term> in running text', () => {
  it('adds no space around the word', async () => {
    const p = await fixture(
      html`<p>(<pain-term term="fluoroscopy" content-base=${FIXTURES}>X-ray video</pain-term>)</p>`,
    );
    const term = p.querySelector('pain-term')!;
    await settled(term);
    const text = [...word(term).childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent);
    expect(text.join('')).to.equal('');
  });
});
