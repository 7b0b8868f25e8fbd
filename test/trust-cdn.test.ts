import { expect, fixture, html } from '@open-wc/testing';
import { BENIGN, dangerousIn, deepText, letHandlersFire, recordScripts, requested } from './hostile.js';

// painkit on a shared CDN origin, the way jsDelivr or unpkg serve every npm
// package from one origin: web-test-runner.config.js serves painkit's build
// (dist/) at /cdn/painkit@1/ and another package's content at
// /cdn/other-pkg@1/data/. This page loads painkit's real CDN bundle from
// there, so painkit's own folder is /cdn/painkit@1/data/ and nothing else.
const CDN = '/cdn/painkit@1/';
const SETTLED = ['pain-topic-loaded', 'pain-error'];

/** The CDN bundle's chunks that hold DOMPurify, as this page would request them (from rollup's bundle report). */
async function sanitizerChunks(): Promise<string[]> {
  const report: Record<string, { modules: string[] }> = await (await fetch('/dist/cdn/bundle-report.json')).json();
  return Object.entries(report)
    .filter(([, chunk]) => chunk.modules.some((id) => id.includes('node_modules/dompurify/')))
    .map(([file]) => new URL(`${CDN}cdn/${file}`, location.href).href);
}

/** Puts one element (markup) on the page and waits until it has loaded its topic or failed. */
async function show(markup: string): Promise<{ el: HTMLElement; event: Event }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const settled = new Promise<Event>((resolve) => {
    for (const type of SETTLED) wrapper.addEventListener(type, resolve, { once: true });
  });
  wrapper.innerHTML = markup;
  const event = await settled;
  return { el: wrapper.firstElementChild as HTMLElement, event };
}

describe('painkit on a shared CDN origin', () => {
  let sanitizer: string[];
  before(async () => {
    const bundle = `${CDN}cdn/painkit.js`;
    await import(bundle);
    sanitizer = await sanitizerChunks();
  });

  it('shows its own content as it is, without loading the sanitizer; another package’s content is sanitized', async () => {
    expect(sanitizer, 'the bundle has a sanitizer chunk').to.have.length.greaterThan(0);
    const own = await show('<pain-procedure topic="radiofrequency-ablation"></pain-procedure>');
    expect(own.event.type).to.equal('pain-topic-loaded');
    expect(own.el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(
      'Radiofrequency ablation (RFA) for back and neck pain',
    );
    expect(own.el.shadowRoot!.querySelectorAll('section p').length).to.be.greaterThan(5);
    expect(requested()).to.include(new URL(`${CDN}data/en/radiofrequency-ablation.json`, location.href).href);
    expect(requested().filter((url) => sanitizer.includes(url))).to.deep.equal([]);

    const ran = recordScripts();
    const other = await show('<pain-procedure topic="hostile" content-base="/cdn/other-pkg@1/data/"></pain-procedure>');
    expect(other.event.type).to.equal('pain-topic-loaded');
    await letHandlersFire();
    expect(ran).to.deep.equal([]);
    expect(dangerousIn(other.el)).to.deep.equal([]);
    expect(deepText(other.el)).to.include(BENIGN);
    expect(requested().filter((url) => sanitizer.includes(url))).to.have.length.greaterThan(0);
  });

  it('a content-base inside painkit’s folder that redirects out of it is sanitized', async () => {
    const ran = recordScripts();
    const { el, event } = await show(
      '<pain-procedure topic="hostile" content-base="/cdn/painkit@1/data/moved/"></pain-procedure>',
    );
    expect(event.type).to.equal('pain-topic-loaded');
    await letHandlersFire();
    expect(ran).to.deep.equal([]);
    expect(dangerousIn(el)).to.deep.equal([]);
    expect(deepText(el)).to.include(BENIGN);
  });
});
