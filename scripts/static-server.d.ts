/** Starts on `port`, or on any free port when that one is taken (or 0). */
export function serveRoot(port?: number): Promise<{ origin: string; stop: () => Promise<void> }>;
