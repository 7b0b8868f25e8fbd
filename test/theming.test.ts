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
