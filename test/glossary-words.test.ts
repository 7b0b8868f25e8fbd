import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/pain-procedure.js';
import type { PainProcedure } from '../src/pain-procedure.js';
import type { PainErrorEvent } from '../src/events.js';
import { DATA, SPACE, renderSettled, setViewportOrSkip, silenceWarnings } from './helpers.js';

// Glossary words inside a content element: spans in its shadow root, answered by one controller.

const words = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="button"][data-term]')];
const wordFor = (el: Element, id: string) => words(el).find((w) => w.dataset.term === id)!;
const tipOf = (word: HTMLElement) => word.nextElementSibling as HTMLElement;
const isOpen = (word: HTMLElement) => word.getAttribute('aria-expanded') === 'true';
const glossaryRequests = () =>
  performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/glossary.json')).length;

/** Waits for an open word's bubble to be filled (the glossary may still be on its way). */
async function bubbleOf(word: HTMLElement): Promise<HTMLElement> {
  for (let i = 0; i < 100 && !tipOf(word).querySelector('.bubble'); i++) await new Promise((r) => setTimeout(r, 20));
  return tipOf(word).querySelector<HTMLElement>('.bubble')!;
}

const rfa = (lang = 'en') =>
  renderSettled<PainProcedure>(
    html`<pain-procedure topic="radiofrequency-ablation" lang=${lang} content-base=${DATA}></pain-procedure>`,
  );

describe('glossary words inside <pain-procedure>', () => {
  // First in this file: nothing else has asked for the glossary yet.
  it('cost no element, no shadow root and no request until a reader reaches for one', async () => {
    const { el } = await rfa();
    expect(el.shadowRoot!.querySelectorAll('pain-term')).to.have.length(0);
    expect([...el.shadowRoot!.querySelectorAll('*')].filter((n) => n.shadowRoot)).to.have.length(0);
    expect(words(el).length).to.be.greaterThan(5);
    expect(glossaryRequests()).to.equal(0, 'the glossary is not loaded with the topic');
    wordFor(el, 'fluoroscopy').click();
    expect((await bubbleOf(wordFor(el, 'fluoroscopy'))).textContent).to.include('X-ray');
    expect(glossaryRequests()).to.equal(1);
  });

  it('mark only the first use of each word, so repeats do not crowd the tab order', async () => {
    const { el } = await rfa();
    const ids = words(el).map((w) => w.dataset.term);
    expect(ids.length).to.equal(new Set(ids).size);
    // The compiled content marks a word's first use in every section; the reader meets one button per word.
    const chunk = await (await fetch(`${DATA}en/radiofrequency-ablation.json`)).text();
    const marks = [...chunk.matchAll(/<pain-term term=\\"([a-z0-9-]+)\\"/g)].map((m) => m[1]);
    const repeated = [...new Set(marks)].filter((id) => marks.filter((m) => m === id).length > 1);
    expect(repeated.length).to.be.greaterThan(0);
    for (const id of repeated) expect(ids.filter((i) => i === id)).to.have.length(1, id);
    expect(words(el).every((w) => w.tabIndex === 0 && w.getAttribute('aria-expanded') === 'false')).to.equal(true);
  });

  it('work from the keyboard: Enter opens, Escape closes, focus stays, Space opens, Tab on closes', async () => {
    const { el } = await rfa();
    const [first, second] = words(el);
    first!.focus();
    await sendKeys({ press: 'Enter' });
    expect(isOpen(first!)).to.equal(true);
    expect((await bubbleOf(first!)).textContent!.length).to.be.greaterThan(10);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(isOpen(first!)).to.equal(false);
    expect(tipOf(first!).textContent).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(first);
    await sendKeys({ press: SPACE });
    expect(isOpen(first!)).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(isOpen(first!)).to.equal(false, 'the definition never stays over what focus moved on to');
    expect(el.shadowRoot!.activeElement).to.equal(second);
  });

  it('show one definition at a time, and close on a click elsewhere', async () => {
    const { el } = await rfa();
    const some = words(el).slice(0, 4);
    for (const word of some) {
      word.focus();
      await sendKeys({ press: 'Enter' });
    }
    expect(some.map(isOpen)).to.deep.equal([false, false, false, true]);
    await bubbleOf(some[3]!);
    expect(el.shadowRoot!.querySelectorAll('.bubble')).to.have.length(1);
    document.body.click();
    expect(isOpen(some[3]!)).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('.bubble')).to.have.length(0);
  });

  it('define the words in Spanish for a Spanish reader', async () => {
    const { el } = await rfa('es');
    const word = wordFor(el, 'fluoroscopy');
    word.click();
    const bubble = await bubbleOf(word);
    expect(bubble.lang).to.equal('es');
    expect(bubble.textContent).to.match(/^fluoroscopia: .*rayos X/);
    expect(tipOf(word).getAttribute('aria-label')).to.equal('Qué significa esta palabra');
  });

  it('keep the whole bubble on a 320 px screen and take the size of the text around them', async function () {
    await setViewportOrSkip(this, { width: 320, height: 640 });
    try {
      const { el } = await rfa();
      el.style.fontSize = '20px';
      for (const word of [words(el)[0]!, words(el).at(-1)!]) {
        word.scrollIntoView();
        word.click();
        const box = (await bubbleOf(word)).getBoundingClientRect();
        expect(box.left).to.be.at.least(0);
        expect(box.right).to.be.at.most(320);
        expect(getComputedStyle(word).fontSize).to.equal(getComputedStyle(word.parentElement!.parentElement!).fontSize);
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('show the whole bubble where it reaches below its section (sections are laid out only near the screen, and clip)', async () => {
    const { el } = await rfa();
    const sectionOf = (word: HTMLElement) => word.closest('section')!;
    // A word in the last lines of its section: its bubble (several lines) ends below the section.
    const word = words(el).find(
      (w) => sectionOf(w).getBoundingClientRect().bottom - w.getBoundingClientRect().bottom < 30,
    )!;
    expect(word, 'a glossary word in the last line of a section').to.not.equal(undefined);
    word.scrollIntoView({ block: 'center' });
    word.click();
    const bubble = await bubbleOf(word);
    const box = bubble.getBoundingClientRect();
    expect(box.bottom).to.be.greaterThan(sectionOf(word).getBoundingClientRect().bottom);
    // What a reader sees (and can point at) just above the bubble's bottom edge, below the section.
    const seen = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.bottom - 4);
    expect(seen && bubble.contains(seen), `at the bubble's bottom: ${seen?.outerHTML.slice(0, 60)}`).to.equal(true);
  });

  describe('when the glossary cannot be loaded', () => {
    silenceWarnings();

    it('say so in the bubble, in words, and fire pain-error', async () => {
      // This folder's topic loads; its glossary redirects to an origin the page does not allow.
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="hostile" content-base="/test/redirect/glossary/"></pain-procedure>`,
      );
      const word = wordFor(el, 'fluoroscopy');
      const failed = oneEvent(el, 'pain-error') as Promise<PainErrorEvent>;
      word.click();
      const { detail } = await failed;
      expect(detail.topic).to.equal('fluoroscopy');
      expect((await bubbleOf(word)).textContent).to.include('could not be loaded. Ask your care team');
      await expect(el).to.be.accessible();
    });
  });
});

describe('a page with its own <pain-term> and a procedure', () => {
  it('still shows one definition at a time', async () => {
    await import('../src/pain-term.js');
    const page = await fixture(
      html`<div>
        <p>Ask about <pain-term term="fluoroscopy" content-base=${DATA}>X-ray video</pain-term>.</p>
        <pain-procedure topic="radiofrequency-ablation" content-base=${DATA}></pain-procedure>
      </div>`,
    );
    const el = page.querySelector('pain-procedure')!;
    for (let i = 0; i < 200 && !words(el).length; i++) await new Promise((r) => setTimeout(r, 20));
    const term = page.querySelector('pain-term')!;
    let own: HTMLElement | null = null;
    for (let i = 0; i < 100 && !own; i++) {
      await new Promise((r) => setTimeout(r, 20));
      own = term.shadowRoot!.querySelector<HTMLElement>('[role="button"]');
    }
    const inside = words(el)[0]!;
    inside.click();
    expect(isOpen(inside)).to.equal(true);
    // Opened from the keyboard: no click elsewhere, no focus leaving the procedure's word.
    own!.focus();
    await sendKeys({ press: 'Enter' });
    await (term as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(own!.getAttribute('aria-expanded')).to.equal('true');
    expect(isOpen(inside)).to.equal(false);
  });
});
