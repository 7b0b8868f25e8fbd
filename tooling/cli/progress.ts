/** `42 s`, `2 min 05 s`. */
export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** A progress line for a batch: `[3/70] name · 12 s elapsed · about 4 min 10 s left`. */
export function progressLine(done: number, total: number, label: string, elapsedMs: number): string {
  const left = done < total ? ` · about ${duration((elapsedMs / done) * (total - done))} left` : '';
  return `[${done}/${total}] ${label} · ${duration(elapsedMs)} elapsed${left}`;
}

/**
 * Reports a batch's progress on `stream` (stderr, so stdout stays the list of
 * files): one line rewritten in place on a terminal, a line per item otherwise.
 */
export function progress(total: number, stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  let done = 0;
  return {
    /** One more item finished. */
    tick(label: string): void {
      const line = progressLine(++done, total, label, performance.now() - started);
      stream.write(stream.isTTY ? `\r\x1b[K${line}${done === total ? '\n' : ''}` : `${line}\n`);
    },
  };
}
