import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/pain-term.js';
import type { PainTerm } from '../src/pain-term.js';
import type { PainErrorEvent } from '../src/events.js';
import { FIXTURES, SPACE, setViewportOrSkip } from './helpers.js';

/** Waits until the term has looked up its definition (or failed to). */
async function settled(term: PainTerm): Promise<void> {
  for (let i = 0; i < 50 && !term.shadowRoot!.querySelector('.term-word') && !term.dataset.failed; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await term.updateComplete;
}

const word = (term: PainTerm) => term.shadowRoot!.querySelector('.term-word') as HTMLElement;
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
    await sendKeys({ press: SPACE });
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

describe('<pain-term> where a reader meets it (WCAG 2.4.11, 1.4.10)', () => {
  const isOpen = (term: PainTerm) => word(term).getAttribute('aria-expanded') === 'true';

  it('closes when focus moves on, so the bubble never covers the next thing in tab order', async () => {
    const page = await fixture(
      html`<p>
        A <pain-term term="fluoroscopy" content-base=${FIXTURES}>X-ray video</pain-term> and then
        <button id="next">a button right below</button>
      </p>`,
    );
    const term = page.querySelector('pain-term')!;
    await settled(term);
    word(term).focus();
    await sendKeys({ press: 'Enter' });
    await term.updateComplete;
    expect(isOpen(term)).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await term.updateComplete;
    expect(document.activeElement).to.equal(page.querySelector('#next'));
    expect(isOpen(term)).to.equal(false);
    expect(term.shadowRoot!.querySelector('.bubble')).to.equal(null);
  });

  it('shows one definition at a time: Enter on four words leaves one bubble', async () => {
    const page = await fixture(
      html`<p>
        ${[1, 2, 3, 4].map((n) => html`<pain-term term="fluoroscopy" content-base=${FIXTURES}>word ${n}</pain-term> `)}
      </p>`,
    );
    const terms = [...page.querySelectorAll('pain-term')];
    for (const term of terms) await settled(term);
    for (const term of terms) {
      word(term).focus();
      await sendKeys({ press: 'Enter' });
      await term.updateComplete;
    }
    await Promise.all(terms.map((t) => t.updateComplete));
    expect(terms.map(isOpen)).to.deep.equal([false, false, false, true]);
    expect(terms.filter((t) => t.shadowRoot!.querySelector('.bubble'))).to.have.length(1);
  });

  it('keeps the whole bubble on a 320 px screen, also for a word at the end of a line', async function () {
    await setViewportOrSkip(this, { width: 320, height: 640 });
    try {
      const page = await fixture(
        html`<p style="margin: 0; text-align: end">
          Ends with <pain-term term="fluoroscopy" content-base=${FIXTURES}>X-ray video</pain-term>
        </p>`,
      );
      const term = page.querySelector('pain-term')!;
      await settled(term);
      word(term).click();
      await term.updateComplete;
      const box = term.shadowRoot!.querySelector('.bubble')!.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('takes the font and size of the sentence around it', async () => {
    const page = await fixture(
      html`<p style="font: 24px/1.4 Georgia, serif">
        A <pain-term term="fluoroscopy" content-base=${FIXTURES}>X-ray video</pain-term>
      </p>`,
    );
    const term = page.querySelector('pain-term')!;
    await settled(term);
    const style = getComputedStyle(word(term));
    expect(style.fontSize).to.equal('24px');
    expect(style.fontFamily).to.equal(getComputedStyle(page).fontFamily);
  });
});
