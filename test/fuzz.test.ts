import { expect, html } from '@open-wc/testing';
import '../src/pain-procedure.js';
import type { PainProcedure } from '../src/pain-procedure.js';
import { renderSettled } from './helpers.js';
import { dangerIn } from './xss-checks.js';

// A seeded, bounded fuzz run of hostile clinic Markdown through `src`: the
// test server makes /test/generated/fuzz/<seed>.md with the same generator
// as the Node fuzz test (test/fuzz/hostile-markdown.js). Each page either
// shows its safe text or a clear message; nothing runs, nothing dangerous
// stays in the DOM.
const SEED = 20261201;
const RUNS = 30;

/** Every shadow root under (and including) an element's. */
function shadowRoots(el: Element): ShadowRoot[] {
  const roots = el.shadowRoot ? [el.shadowRoot] : [];
  for (const root of [...roots]) for (const child of root.querySelectorAll('*')) roots.push(...shadowRoots(child));
  return roots;
}

describe(`fuzz: ${RUNS} hostile clinic pages through src (seed ${SEED})`, () => {
  let calls: string[] = [];
  before(() => {
    (window as unknown as { __pwned: (why?: string) => void }).__pwned = (why = '?') => calls.push(why);
  });

  it('never runs script or leaves anything dangerous; shows the safe text or a clear message', async function () {
    this.timeout(120_000); // 30 pages in one test
    let shown = 0;
    for (let run = 0; run < RUNS; run++) {
      calls = [];
      const seed = SEED + run;
      const { el, event } = await renderSettled<PainProcedure>(
        html`<pain-procedure src=${`/test/generated/fuzz/${seed}.md`}></pain-procedure>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(calls, `seed ${seed}: script ran`).to.deep.equal([]);
      expect(dangerIn(shadowRoots(el)), `seed ${seed}`).to.deep.equal([]);
      const text = el.shadowRoot!.textContent ?? '';
      if (event.type === 'pain-topic-loaded') {
        shown++;
        expect(text, `seed ${seed}`).to.include('The last paragraph.');
      } else {
        expect(el.shadowRoot!.querySelector('[part="error"]'), `seed ${seed}: a clear message`).not.to.equal(null);
      }
      el.remove();
    }
    expect(shown).to.be.greaterThan(RUNS / 2);
  });
});
