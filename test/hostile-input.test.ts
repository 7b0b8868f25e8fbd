import { expect, html } from '@open-wc/testing';
import '../src/pain-procedure.js';
import type { PainProcedure } from '../src/pain-procedure.js';
import type { PainErrorEvent } from '../src/events.js';
import { headings, renderSettled } from './helpers.js';

/** Renders a clinic page through `src` and measures the time until it is shown. */
async function timedSrc(src: string): Promise<{ el: PainProcedure; type: string; ms: number }> {
  const start = performance.now();
  const { el, event } = await renderSettled<PainProcedure>(html`<pain-procedure src=${src}></pain-procedure>`);
  return { el, type: event.type, ms: performance.now() - start };
}

// The test server makes each /test/generated/*.md (about 249 KB) on request:
// see GENERATED in web-test-runner.config.js. The old heading patterns froze
// the main thread on lines like these for over a minute.
describe('a 249 KB heading line in a clinic page (src) takes linear time', () => {
  before(async () => {
    // Loads marked and DOMPurify once, so the timings measure the input only.
    await timedSrc('/test/fixtures/clinic-note.md');
  });

  it('shows "## What it is<240,000 spaces>{#what-it-is}" with the title "What it is" in under a second', async () => {
    const { el, type, ms } = await timedSrc('/test/generated/spaces-before-id.md');
    expect(type).to.equal('pain-topic-loaded');
    expect(headings(el)).to.include('h3:What it is');
    expect(ms, `${ms.toFixed(0)} ms`).to.be.below(1000);
  });

  it('shows a page with a "###<240,000 spaces>" line in under a second', async () => {
    const { el, type, ms } = await timedSrc('/test/generated/subsection-spaces.md');
    expect(type).to.equal('pain-topic-loaded');
    expect(el.shadowRoot!.textContent).to.include('More.');
    expect(ms, `${ms.toFixed(0)} ms`).to.be.below(1000);
  });

  it('shows a page whose heading id never closes ("{#" after 240,000 spaces) in under a second', async () => {
    const { el, type, ms } = await timedSrc('/test/generated/open-id.md');
    expect(type).to.equal('pain-topic-loaded');
    expect(el.shadowRoot!.textContent).to.include('More.');
    expect(ms, `${ms.toFixed(0)} ms`).to.be.below(1000);
  });
});

describe('a clinic page (src) nested deeper than 16 levels', () => {
  for (const [name, what, line] of [
    ['nested-quotes.md', 'blockquotes or lists are nested more than 16 levels deep', 3],
    ['nested-emphasis.md', 'emphasis (* _ ~) is nested more than 16 levels deep', 3],
  ] as const) {
    it(`${name}: is refused with the line and the reason, in under a second`, async () => {
      const start = performance.now();
      const { event } = await renderSettled<PainProcedure>(
        html`<pain-procedure src=${`/test/generated/${name}`}></pain-procedure>`,
      );
      const ms = performance.now() - start;
      expect(event.type).to.equal('pain-error');
      expect((event as PainErrorEvent).detail.code).to.equal('malformed');
      expect((event as PainErrorEvent).detail.message).to.include(`cannot be shown: line ${line}: ${what}`);
      expect(ms, `${ms.toFixed(0)} ms`).to.be.below(1000);
    });
  }
});
