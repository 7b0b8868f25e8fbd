/**
 * Just enough of a PDF content-stream reader (ISO 32000-1, 7.8.2) to find
 * each operator and where its operands start, so that content Chromium drew
 * outside any marked-content sequence (the running header and footer, rules
 * and box drawings) can be marked as an artifact without touching the rest.
 * pdf-lib writes content streams but does not read them back.
 */

/** One operator with its operands: `bytes.subarray(start, end)` is e.g. `0 0 1 rg` or `(Hi) Tj`. */
export interface ContentOperation {
  operator: string;
  start: number;
  end: number;
}

const isWhite = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
/** `( ) < > [ ] { } / %` */
const isDelimiter = (c: number) =>
  c === 0x28 ||
  c === 0x29 ||
  c === 0x3c ||
  c === 0x3e ||
  c === 0x5b ||
  c === 0x5d ||
  c === 0x7b ||
  c === 0x7d ||
  c === 0x2f ||
  c === 0x25;
const isRegular = (c: number) => !isWhite(c) && !isDelimiter(c);

/** The offset after a literal string starting at `at` (`(`), with nested parentheses and escapes. */
function skipLiteralString(bytes: Uint8Array, at: number): number {
  let depth = 0;
  for (let i = at; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === 0x5c) i++;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i + 1;
  }
  throw new Error(`content stream: unterminated string at byte ${at}`);
}

/** The offset after inline image data (`ID` … `EI`), starting just after `ID`. */
function skipInlineImage(bytes: Uint8Array, at: number): number {
  for (let i = at + 1; i + 1 < bytes.length; i++) {
    if (bytes[i] === 0x45 && bytes[i + 1] === 0x49 && isWhite(bytes[i - 1]!) && !isRegular(bytes[i + 2] ?? 0x20)) {
      return i + 2;
    }
  }
  throw new Error(`content stream: inline image at byte ${at} has no EI`);
}

/** Every operator of a (decoded) content stream, in order. */
export function readOperations(bytes: Uint8Array): ContentOperation[] {
  const operations: ContentOperation[] = [];
  let start = -1;
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i]!;
    if (isWhite(c)) {
      i++;
      continue;
    }
    if (c === 0x25) {
      while (i < bytes.length && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
      continue;
    }
    if (start < 0) start = i;
    if (c === 0x28) i = skipLiteralString(bytes, i);
    else if (c === 0x3c && bytes[i + 1] === 0x3c) i += 2;
    else if (c === 0x3e && bytes[i + 1] === 0x3e) i += 2;
    else if (c === 0x3c) {
      const close = bytes.indexOf(0x3e, i);
      if (close < 0) throw new Error(`content stream: unterminated hex string at byte ${i}`);
      i = close + 1;
    } else if (c === 0x2f) {
      i++;
      while (i < bytes.length && isRegular(bytes[i]!)) i++;
    } else if (isDelimiter(c)) i++;
    else {
      const from = i;
      while (i < bytes.length && isRegular(bytes[i]!)) i++;
      const word = String.fromCharCode(...bytes.subarray(from, i));
      // Numbers and the keywords true, false, null are operands; any other word is an operator.
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) || word === 'true' || word === 'false' || word === 'null') continue;
      // An inline image, `BI` … `ID` data `EI`, is one operation (EI), from BI on.
      if (word === 'BI') continue;
      if (word === 'ID') i = skipInlineImage(bytes, i);
      operations.push({ operator: word === 'ID' ? 'EI' : word, start, end: i });
      start = -1;
    }
  }
  return operations;
}

/** Operators that put marks on the page (text showing, path painting except `n`, shadings, XObjects, inline images). */
const PAINTS = new Set(['Tj', 'TJ', "'", '"', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do', 'EI']);
/** Path construction: a painted path is marked from its first construction operator. */
const PATH = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
/** Operators a marked-content sequence must not cut through (`n` ends a path that only clips). */
const BOUNDARIES = new Set(['q', 'Q', 'BT', 'ET', 'BMC', 'BDC', 'EMC', 'n']);

/**
 * The content stream with everything painted outside a marked-content
 * sequence wrapped in `/Artifact BMC … EMC` (ISO 14289-1, 7.1: content is
 * either tagged or an artifact). Runs of such painting are wrapped together
 * as long as no `q`/`Q`, `BT`/`ET`, clip or marked-content operator lies in
 * between, so the result nests properly. Returns the count of artifacts too.
 */
export function markUntaggedAsArtifacts(bytes: Uint8Array): { bytes: Uint8Array; artifacts: number } {
  const operations = readOperations(bytes);
  const runs: Array<{ from: number; to: number }> = [];
  let depth = 0;
  let pathFrom = -1;
  let open: { from: number; to: number } | undefined;
  for (const [index, op] of operations.entries()) {
    const { operator } = op;
    if (operator === 'BMC' || operator === 'BDC') depth++;
    else if (operator === 'EMC') depth = Math.max(0, depth - 1);
    if (depth > 0 || operator === 'EMC') {
      open = undefined;
      pathFrom = -1;
      continue;
    }
    if (PATH.has(operator)) {
      if (pathFrom < 0) pathFrom = index;
    } else if (PAINTS.has(operator)) {
      const from = pathFrom >= 0 ? pathFrom : index;
      pathFrom = -1;
      if (open) open.to = index;
      else runs.push((open = { from, to: index }));
    } else if (BOUNDARIES.has(operator)) {
      open = undefined;
      pathFrom = -1;
    }
  }
  if (!runs.length) return { bytes, artifacts: 0 };
  const encoder = new TextEncoder();
  const begin = encoder.encode('/Artifact BMC\n');
  const finish = encoder.encode('\nEMC');
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const { from, to } of runs) {
    const start = operations[from]!.start;
    const end = operations[to]!.end;
    parts.push(bytes.subarray(at, start), begin, bytes.subarray(start, end), finish);
    at = end;
  }
  parts.push(bytes.subarray(at));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return { bytes: out, artifacts: runs.length };
}
