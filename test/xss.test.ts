import { expect, html } from '@open-wc/testing';
import '../src/pain-procedure.js';
import type { PainProcedure } from '../src/pain-procedure.js';
import { dangerIn } from './xss-checks.js';
import { renderSettled } from './helpers.js';

// test/fixtures/xss-corpus.md holds 67 XSS vectors, each calling
// window.__xss() if it ever runs: script and event-handler tags,
// javascript:/vbscript:/data: links in HTML and Markdown with mixed case,
// entities and tabs, attribute breaking inside Markdown link and image syntax,
// mXSS through <math>, <svg> and <noscript>, forms, iframes, objects, <style>,
// <base>, <meta refresh>, custom elements and <template> (1–38); markup
// between inline raw-text tags (<kbd>, <code>, <pre>, <script>, <textarea>,
// <xmp>, <plaintext> …), also in tables and lists, unterminated <script and
// <img forms, entity-encoded schemes (&#x6A;…, &colon;, &Tab;, &NewLine;, in
// links and reference definitions), prototype-pollution-shaped front matter
// keys, link titles and reference names (__proto__, constructor.prototype),
// and markup in heading ids (39–66). Raw HTML is dropped, the text between
// raw-text tags is escaped, and DOMPurify checks everything Markdown produces.
// test/tooling/xss-corpus.test.ts runs the same corpus through the build.
describe('clinic Markdown (src) is sanitized', () => {
  it('runs none of the vectors and leaves nothing dangerous in the DOM', async function () {
    this.timeout(30_000); // 67 sections, then axe over all of them, on a shared machine
    let calls = 0;
    (window as unknown as { __xss: () => void }).__xss = () => calls++;
    const { el } = await renderSettled<PainProcedure>(
      html`<pain-procedure src="/test/fixtures/xss-corpus.md"></pain-procedure>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 500)); // let any onerror/onload fire
    expect(calls).to.equal(0);

    const root = el.shadowRoot!;
    const text = root.textContent!;
    expect(root.querySelectorAll('section')).to.have.length(67);
    expect(text).to.include('Vector 67: safe link');
    // Markup between inline raw-text tags is shown as the text it is.
    expect(text).to.include('Hi  <img/src/onerror=__xss()> ');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(dangerIn(root.querySelectorAll('section'))).to.deep.equal([]);
    const links = [...root.querySelectorAll('section a[href]')].map((a) => a.getAttribute('href'));
    expect(links).to.include('https://ok.example/');
    await expect(el).to.be.accessible();
  });
});
