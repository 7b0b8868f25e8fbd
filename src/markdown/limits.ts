import { isFence } from './heading.js';

/** The largest content file painkit reads, in characters (build) or bytes (on disk): 256 KB. */
export const MAX_CONTENT_SIZE = 256 * 1024;

/**
 * How deep blockquotes, list items or emphasis may nest. Marked's lexer
 * recurses once per level and re-reads the rest at each one: 2,000 nested
 * `>` overflow its stack, 10,000 nested `*a` take 25 s and then overflow.
 * Real patient text never nests more than a few levels.
 */
export const MAX_NESTING = 16;

/** A limit a file goes over, with the 1-based line where it does. */
export interface LimitProblem {
  line: number;
  message: string;
}

/** `>` markers at the start of a line (spaces between them allowed). */
function quoteDepth(line: string): number {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '>') depth++;
    else if (c !== ' ' && c !== '\t') break;
  }
  return depth;
}

/** List nesting a line's list marker implies: two columns of indentation a level. */
function listDepth(line: string): number {
  const text = line.trimStart();
  const indent = line.length - text.length;
  const marker = /^(?:[-*+]|\d{1,9}[.)])(?:\s|$)/.test(text);
  return marker ? Math.floor(indent / 2) + 1 : 0;
}

const isSpace = (c: string | undefined) => c === undefined || c.trim() === '';

/**
 * Tracks emphasis in one paragraph: runs of `*`, `_` or `~` that can only
 * open (space before, text after) raise the depth, runs that can only close
 * lower it. Nesting is only possible where closers follow the openers.
 */
class EmphasisDepth {
  private open = 0;
  private closers = 0;
  deepest = 0;

  reset(): void {
    this.open = this.closers = this.deepest = 0;
  }

  /** Reads one line of a paragraph; returns whether emphasis is now nested too deep. */
  read(line: string): boolean {
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c !== '*' && c !== '_' && c !== '~') continue;
      const start = i;
      while (line[i + 1] === c) i++;
      const before = isSpace(line[start - 1]);
      const after = isSpace(line[i + 1]);
      if (before && !after) this.deepest = Math.max(this.deepest, ++this.open);
      else if (!before && after && this.open > 0) {
        this.open--;
        this.closers++;
      }
    }
    return this.deepest > MAX_NESTING && this.closers > MAX_NESTING;
  }
}

/** The problem with a file of `size` characters or bytes, if it is bigger than `MAX_CONTENT_SIZE`. */
export function checkSize(size: number): LimitProblem | undefined {
  if (size <= MAX_CONTENT_SIZE) return undefined;
  const message = `the file is ${Math.ceil(size / 1024)} KB; a content file may be at most ${MAX_CONTENT_SIZE / 1024} KB`;
  return { line: 1, message };
}

/**
 * The first limit a content file goes over: its size, or blockquotes, lists
 * or emphasis nested deeper than `MAX_NESTING`. One pass over the text, so
 * checking costs linear time; a file within these limits renders in linear
 * time too. `undefined` when the file is within every limit.
 */
export function checkLimits(text: string): LimitProblem | undefined {
  const big = checkSize(text.length);
  if (big) return big;
  const emphasis = new EmphasisDepth();
  let fenced = false;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isFence(line)) fenced = !fenced;
    if (fenced) continue;
    if (!line.trim()) emphasis.reset();
    if (quoteDepth(line) > MAX_NESTING || listDepth(line) > MAX_NESTING) {
      return { line: i + 1, message: `blockquotes or lists are nested more than ${MAX_NESTING} levels deep` };
    }
    if (emphasis.read(line)) {
      return { line: i + 1, message: `emphasis (* _ ~) is nested more than ${MAX_NESTING} levels deep` };
    }
  }
  return undefined;
}
