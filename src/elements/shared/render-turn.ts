/**
 * Renders of content that has just arrived, a few milliseconds of them per
 * task. When the content of many elements arrives at once (one topic for a
 * page of elements, the topics of a new language), the renders go on in
 * later tasks once this one has rendered for `TASK_BUDGET_MS`, so that the
 * page gets short tasks the browser can draw and answer input between, not
 * one long one. A render that fits in the task runs at once.
 */
const TASK_BUDGET_MS = 10;
const queue: Array<() => void> = [];
/** When this task's first render began; `undefined` when none has rendered in this task. */
let since: number | undefined;
let channel: MessageChannel | undefined;

/** Ends this task's turn at the next task: a message (browsers hold nested timeouts back by 4 ms each). */
function post(): void {
  if (!channel) {
    // Made on first use, so that importing this in Node (painkit/ssr) leaves no open port behind.
    channel = new MessageChannel();
    channel.port1.onmessage = () => {
      since = undefined;
      if (!queue.length) return;
      since = performance.now();
      post();
      do queue.shift()!();
      while (queue.length && performance.now() - since < TASK_BUDGET_MS);
    };
  }
  channel.port2.postMessage(undefined);
}

/**
 * Runs `render` now when this task has time left for it (and no earlier
 * render waits); else in a later task, settling the promise returned once
 * it has run (rejected with what it threw, and the renders after it still
 * run).
 */
export function renderInTurn(render: () => void): Promise<void> | undefined {
  if (since === undefined) {
    since = performance.now();
    post();
  }
  if (!queue.length && performance.now() - since < TASK_BUDGET_MS) {
    render();
    return undefined;
  }
  return new Promise((resolve, reject) =>
    queue.push(() => {
      try {
        render();
        resolve();
      } catch (error) {
        reject(error);
      }
    }),
  );
}
