import { expect, html } from '@open-wc/testing';
import '../src/pain-procedure.js';
import type { PainProcedure } from '../src/pain-procedure.js';
import { renderSettled } from './helpers.js';

// test/fixtures/xss-corpus.md holds 39 well-known XSS vectors (script and
// event-handler tags, javascript:/vbscript:/data: links in HTML and Markdown
// with mixed case, entities and tabs, attribute breaking inside Markdown
// link and image syntax, mXSS through <math>, <svg> and <noscript>, forms,
// iframes, objects, <style>, <base>, <meta refresh>, custom elements and
// <template>). Each one calls window.__xss() if it ever runs. Raw HTML is
// dropped before sanitizing; DOMPurify checks everything Markdown produces.
describe('clinic Markdown (src) is sanitized', () => {
  it('runs none of the vectors and leaves nothing dangerous in the DOM', async () => {
    let calls = 0;
    (window as unknown as { __xss: () => void }).__xss = () => calls++;
    const { el } = await renderSettled<PainProcedure>(
      html`<pain-procedure src="/test/fixtures/xss-corpus.md"></pain-procedure>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 500)); // let any onerror/onload fire
    expect(calls).to.equal(0);

    const root = el.shadowRoot!;
    const text = root.textContent!;
    expect(root.querySelectorAll('section')).to.have.length(39);
    expect(text).to.include('Vector 39: safe link');
    const dangerous = root.querySelectorAll(
      'script, iframe, object, embed, form, input, style:not(:host style), svg, math, noscript, base, meta, template, my-element, details, marquee, video, audio, img, body',
    );
    expect([...dangerous].map((e) => e.localName)).to.deep.equal([]);
    for (const node of root.querySelectorAll('*')) {
      for (const { name, value } of [...node.attributes]) {
        expect(name.startsWith('on'), `${node.localName}[${name}]`).to.equal(false);
        expect(name, `${node.localName}[style]`).not.to.equal('style');
        expect(
          /^\s*(javascript|vbscript|data):/i.test([...value].filter((c) => c.charCodeAt(0) > 32).join('')),
          `${name}="${value}"`,
        ).to.equal(false);
      }
    }
    const links = [...root.querySelectorAll('a[href]')].map((a) => [a.getAttribute('href'), a.getAttribute('rel')]);
    expect(links).to.deep.include(['https://ok.example/', 'noopener noreferrer']);
    for (const [href] of links) expect(href).to.match(/^https?:|^mailto:|^tel:|^#|^\//);
    await expect(el).to.be.accessible();
  });
});
