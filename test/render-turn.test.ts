import { expect } from '@open-wc/testing';
import '../src/pain-procedure.js';
import { renderInTurn } from '../src/elements/shared/render-turn.js';
import { headings, manyProcedures } from './helpers.js';

/** Keeps the main thread busy for `ms`, as a large render does. */
const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

/** Resolves in a later task (a message, as render turns are passed on). */
const nextMessage = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });

describe('render turns (content that arrives for many elements at once)', () => {
  it('runs renders at once while the task has time, then the rest in later tasks, in order', async () => {
    await nextMessage();
    const ran: string[] = [];
    const first = renderInTurn(() => (busy(6), ran.push('a')));
    const second = renderInTurn(() => (busy(6), ran.push('b')));
    const third = renderInTurn(() => ran.push('c'));
    const fourth = renderInTurn(() => ran.push('d'));
    expect(first).to.equal(undefined);
    expect(second).to.equal(undefined);
    expect(ran).to.deep.equal(['a', 'b']);
    expect(third).to.be.an.instanceOf(Promise);
    expect(fourth).to.be.an.instanceOf(Promise);
    await Promise.all([third, fourth]);
    expect(ran).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('a render that throws in a later task rejects its own promise, and the renders after it still run', async () => {
    await nextMessage();
    const ran: string[] = [];
    renderInTurn(() => busy(12));
    const failing = renderInTurn(() => {
      throw new Error('broken render');
    });
    const after = renderInTurn(() => ran.push('after'));
    let failure: unknown;
    await failing?.catch((error: unknown) => (failure = error));
    await after;
    expect(String(failure)).to.equal('Error: broken render');
    expect(ran).to.deep.equal(['after']);
  });

  it('a page of elements whose topic arrives at once renders it over several tasks, so the page can answer between them', async () => {
    const count = 20;
    let latest = 0;
    let loadedWhenAnswered = -1;
    const { done, elements } = await manyProcedures(count, (loaded) => {
      latest = loaded;
      // The page's own work, posted when the first element shows its topic: it runs before the last does.
      if (loaded === 1) void nextMessage().then(() => (loadedWhenAnswered = latest));
    });
    await done;
    expect(loadedWhenAnswered).to.be.greaterThan(0);
    expect(loadedWhenAnswered).to.be.lessThan(count);
    for (const el of elements) expect(headings(el)[0]).to.match(/^h2:Radiofrequency ablation/);
  });
});
