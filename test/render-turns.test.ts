import { expect, fixture, html } from '@open-wc/testing';
import '../src/pain-procedure.js';
import type { PainProcedure } from '../src/pain-procedure.js';
import { TASK_BUDGET_MS, renderInTurn } from '../src/elements/shared/render-turns.js';
import { DATA } from './helpers.js';

/** Keeps the main thread busy for `ms`, as rendering a topic does. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

/** Resolves in a later task (after every microtask of this one). */
const laterTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('renderInTurn', () => {
  beforeEach(laterTask);

  it('renders at once while the task is under budget, and the rest in later tasks, in order', async () => {
    const order: number[] = [];
    const renderTime = TASK_BUDGET_MS * 0.6;
    const results = [0, 1, 2, 3, 4].map((i) =>
      renderInTurn(() => {
        busy(renderTime);
        order.push(i);
      }),
    );
    // Two renders fit in the budget; the third would start after it.
    expect(order).to.deep.equal([0, 1]);
    expect(results.slice(0, 2)).to.deep.equal([undefined, undefined]);
    await Promise.resolve();
    expect(order, 'not within the same task').to.deep.equal([0, 1]);
    await Promise.all(results);
    expect(order).to.deep.equal([0, 1, 2, 3, 4]);
  });

  it('passes a render error on to the one waiting for that render', async () => {
    renderInTurn(() => busy(TASK_BUDGET_MS));
    const failing = renderInTurn(() => {
      throw new Error('render failed');
    });
    expect(failing).to.be.instanceOf(Promise);
    let error: unknown;
    await (failing as Promise<unknown>).catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('render failed');
  });
});

describe('many <pain-procedure> elements on one page', () => {
  it('all show their topic, and updateComplete waits for each render', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        ${Array.from(
          { length: 12 },
          () => html`<pain-procedure topic="radiofrequency-ablation" lang="en" content-base=${DATA}></pain-procedure>`,
        )}
      </div>`,
    );
    const elements = [...wrapper.querySelectorAll<PainProcedure>('pain-procedure')];
    await Promise.all(
      elements.map(
        (el) =>
          new Promise<void>((resolve, reject) => {
            el.addEventListener('pain-topic-loaded', () => resolve(), { once: true });
            el.addEventListener('pain-error', () => reject(new Error('pain-error')), { once: true });
          }),
      ),
    );
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const el of elements) {
      expect(el.shadowRoot!.querySelector('[part~="title"]')?.textContent).to.contain('Radiofrequency ablation');
      expect(el.shadowRoot!.querySelectorAll('[part~="section"]').length).to.be.greaterThan(5);
    }
  });
});
