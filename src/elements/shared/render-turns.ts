/**
 * Longest a task spends rendering painkit elements, in ms, before the next
 * waits for a new task. One topic renders in about 15–25 ms here, so a task
 * stays near or under the 50 ms a long task starts at.
 */
export const TASK_BUDGET_MS = 20;

/** When the current task began rendering painkit elements (performance.now()), if it has. */
let started: number | undefined;
/** Renders waiting for a task of their own, first come first served. */
const waiting: Array<() => void> = [];
/** A message to our own port starts a new task at once (a timeout may wait 4 ms or more). */
let channel: MessageChannel | undefined;

function newTask(then: () => void): void {
  channel ??= new MessageChannel();
  channel.port1.onmessage = then;
  channel.port2.postMessage(undefined);
}

/** Marks this task as rendering; the mark is cleared when it ends. */
function markTask(): void {
  if (started !== undefined) return;
  started = performance.now();
  newTask(runWaiting);
}

/** In a new task: renders waiting elements while the budget lasts, and leaves the rest for the next task. */
function runWaiting(): void {
  started = undefined;
  if (!waiting.length) return;
  markTask();
  do waiting.shift()!();
  while (waiting.length && performance.now() - started! < TASK_BUDGET_MS);
}

/**
 * Runs `render` (an element's `performUpdate`) now when this task has rendered
 * painkit elements for less than `TASK_BUDGET_MS`, else in a later task, in
 * order. So 50 topics whose content arrives at once render over many short
 * tasks instead of one long one, and the page keeps answering input. The
 * returned promise (when deferred) settles once `render` has run: Lit's
 * `updateComplete` waits for it.
 */
export function renderInTurn(render: () => void | Promise<unknown>): void | Promise<unknown> {
  if (!waiting.length && (started === undefined || performance.now() - started < TASK_BUDGET_MS)) {
    markTask();
    return render();
  }
  return new Promise((resolve, reject) => {
    waiting.push(() => {
      try {
        resolve(render());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    markTask();
  });
}
