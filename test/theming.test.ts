import { expect, html } from '@open-wc/testing';
import '../src/pain-procedure.js';
import type { PainProcedure } from '../src/pain-procedure.js';
import { DATA, emulateMediaOrSkip, renderSettled, resetMedia } from './helpers.js';

const render = (attrs: { theme?: string; textSize?: string }) =>
  renderSettled<PainProcedure>(
    html`<pain-procedure
      topic="epidural-steroid-injection"
      theme=${attrs.theme ?? ''}
      text-size=${attrs.textSize ?? ''}
      content-base=${DATA}
    ></pain-procedure>`,
  );

describe('themes and text size', () => {
  afterEach(() => resetMedia({ colorScheme: 'light' }));

  it('is light by default, even when the system is dark', async function () {
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    const { el } = await render({});
    expect(getComputedStyle(el).color).to.equal('rgb(31, 41, 51)');
  });

  it('turns dark with theme="dark", keeping contrast (axe)', async () => {
    const { el } = await render({ theme: 'dark' });
    expect(getComputedStyle(el).color).to.equal('rgb(228, 231, 235)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 27, 32)');
    await expect(el).to.be.accessible();
  });

  it('follows the system with theme="auto"', async function () {
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    const { el } = await render({ theme: 'auto' });
    expect(getComputedStyle(el).color).to.equal('rgb(228, 231, 235)');
    await emulateMediaOrSkip(this, { colorScheme: 'light' });
    expect(getComputedStyle(el).color).to.equal('rgb(31, 41, 51)');
  });

  it('makes text larger with text-size="large"', async () => {
    const { el } = await render({ textSize: 'large' });
    expect(getComputedStyle(el).fontSize).to.equal('20px');
    await expect(el).to.be.accessible();
  });

  it('lets a clinic theme through custom properties and parts', async () => {
    const style = document.createElement('style');
    style.textContent = `pain-procedure.themed { --pain-color-text: rgb(1, 2, 3); }
      pain-procedure.themed::part(title) { text-transform: uppercase; }`;
    document.head.append(style);
    try {
      const { el } = await render({});
      el.classList.add('themed');
      expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
      const title = el.shadowRoot!.querySelector('[part="title"]')!;
      expect(getComputedStyle(title).textTransform).to.equal('uppercase');
    } finally {
      style.remove();
    }
  });
});

/** A clinic page's own look (Georgia at 20px, set on the body as a host site would), and any `css` of its own. */
async function onHostPage(body: () => Promise<void>, css = '') {
  const style = document.createElement('style');
  style.textContent = `body { font-family: Georgia, serif; font-size: 20px; } ${css}`;
  document.head.append(style);
  try {
    await body();
  } finally {
    style.remove();
  }
}

const part = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)];
const bodyText = (el: Element) => el.shadowRoot!.querySelector('[part~="section"] p')!;

describe("the host page's look", () => {
  it("takes the page's font family and size by default", () =>
    onHostPage(async () => {
      const { el } = await render({});
      const text = getComputedStyle(bodyText(el));
      expect(text.fontFamily).to.equal('Georgia, serif');
      expect(text.fontSize).to.equal('20px');
      const title = getComputedStyle(part(el, 'title')[0]!);
      expect(title.fontFamily, 'the title too').to.equal('Georgia, serif');
      expect(title.fontSize, 'the title keeps its size relative to the text').to.equal('35px');
    }));

  it('lets the tokens override the page', () =>
    onHostPage(async () => {
      const { el } = await render({});
      el.style.setProperty('--pain-font-family', 'Verdana, sans-serif');
      el.style.setProperty('--pain-font-size', '18px');
      const text = getComputedStyle(bodyText(el));
      expect(text.fontFamily).to.equal('Verdana, sans-serif');
      expect(text.fontSize).to.equal('18px');
    }));

  it('makes text-size="large" a quarter bigger than the page\'s text', () =>
    onHostPage(async () => {
      const { el } = await render({ textSize: 'large' });
      expect(getComputedStyle(bodyText(el)).fontSize).to.equal('25px');
    }));

  it('styles section headings through ::part(section-title) and the heading tokens', () =>
    onHostPage(
      async () => {
        const { el } = await render({});
        el.classList.add('styled');
        const headings = part(el, 'section-title');
        expect(headings.length, 'every section title, "Key points" included').to.be.greaterThan(5);
        for (const heading of headings) {
          const look = getComputedStyle(heading);
          expect(look.textTransform, heading.textContent!).to.equal('uppercase');
          expect(look.color).to.equal('rgb(1, 2, 3)');
          expect(look.fontFamily).to.equal('"Courier New", monospace');
          expect(look.fontWeight).to.equal('400');
        }
        const title = getComputedStyle(part(el, 'title')[0]!);
        expect(title.color, 'the title follows the heading tokens').to.equal('rgb(1, 2, 3)');
        expect(title.textTransform, 'but is not a section title').to.equal('none');
        const text = getComputedStyle(bodyText(el));
        expect(text.fontFamily, 'body text keeps the page font').to.equal('Georgia, serif');
        expect(text.color).to.equal('rgb(31, 41, 51)');
      },
      `pain-procedure.styled { --pain-heading-color: rgb(1, 2, 3); --pain-heading-font-family: 'Courier New', monospace; --pain-heading-font-weight: 400; }
       pain-procedure.styled::part(section-title) { text-transform: uppercase; }`,
    ));

  it('keeps headings bold in the element color without the heading tokens', async () => {
    const { el } = await render({});
    const heading = getComputedStyle(part(el, 'section-title')[0]!);
    expect(heading.fontWeight).to.equal('700');
    expect(heading.color).to.equal('rgb(31, 41, 51)');
  });

  it('styles the emergency box and the care-team box apart, both still part red-flags', () =>
    onHostPage(
      async () => {
        const { el } = await render({});
        el.classList.add('styled');
        const emergency = part(el, 'red-flags-emergency');
        const careTeam = part(el, 'red-flags-care-team');
        expect(emergency).to.have.length(1);
        expect(careTeam).to.have.length(1);
        expect(part(el, 'red-flags')).to.have.members([...emergency, ...careTeam]);
        expect(emergency[0]!.textContent).to.include('911');
        expect(getComputedStyle(emergency[0]!).borderTopWidth).to.equal('7px');
        expect(getComputedStyle(careTeam[0]!).borderTopWidth).to.equal('9px');
        expect(getComputedStyle(emergency[0]!).outlineStyle, 'red-flags reaches both').to.equal('dotted');
        expect(getComputedStyle(careTeam[0]!).outlineStyle).to.equal('dotted');
      },
      `pain-procedure.styled::part(red-flags) { outline: 1px dotted; }
       pain-procedure.styled::part(red-flags-emergency) { border-top-width: 7px; }
       pain-procedure.styled::part(red-flags-care-team) { border-top-width: 9px; }`,
    ));
});
