/**
 * Runs `work` on every item, at most `concurrency` at a time, and hands each
 * result to `done` in the items' order, as soon as it and every result before
 * it are finished (so output stays the same whatever finishes first). Stops
 * taking new items after a failure and rejects with the first error once the
 * items under way have settled.
 */
export async function mapInOrder<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
  done: (result: R, index: number) => void,
): Promise<void> {
  const finished = new Map<number, R>();
  let next = 0;
  let emitted = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        finished.set(index, await work(items[index]!, index));
      } catch (error) {
        failure ??= { error };
        return;
      }
      for (; finished.has(emitted); emitted++) {
        done(finished.get(emitted)!, emitted);
        finished.delete(emitted);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  if (failure) throw failure.error;
}
