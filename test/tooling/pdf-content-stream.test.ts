import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { markUntaggedAsArtifacts, readOperations } from '../../tooling/handout/pdf/content-stream.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder('latin1').decode(data);

describe('handout PDF content streams', () => {
  it('reads operators with their operands: strings with parentheses, hex strings, dictionaries, inline images', () => {
    const ops = readOperations(
      bytes('/P <</MCID 0>> BDC (a \\) EMC (b)) Tj <45 4D 43> Tj BI /W 1 /H 1 ID \x00EI\x01 EI EMC % EMC\nQ'),
    );
    assert.deepEqual(
      ops.map((o) => o.operator),
      ['BDC', 'Tj', 'Tj', 'EI', 'EMC', 'Q'],
    );
    const source = '/P <</MCID 0>> BDC (a \\) EMC (b)) Tj';
    assert.equal(text(bytes(source).subarray(ops[1]!.start, ops[1]!.end)), '(a \\) EMC (b)) Tj');
  });

  it('wraps painting outside marked content in /Artifact, never across BT/ET, q/Q or a clip, and leaves tagged content alone', () => {
    const stream = [
      'q 1 0 0 1 0 0 cm',
      '/P <</MCID 0>> BDC BT /F1 12 Tf (Tagged) Tj ET EMC',
      'BT /F1 8 Tf 0 0 Td (Page 1 of 2) Tj 10 0 Td <41> Tj ET',
      '0 0 m 10 10 l S 0 0 5 5 re f',
      '0 0 10 10 re W n',
      'Q',
    ].join('\n');
    const marked = markUntaggedAsArtifacts(bytes(stream));
    assert.equal(marked.artifacts, 2);
    assert.equal(
      text(marked.bytes),
      [
        'q 1 0 0 1 0 0 cm',
        '/P <</MCID 0>> BDC BT /F1 12 Tf (Tagged) Tj ET EMC',
        'BT /F1 8 Tf 0 0 Td /Artifact BMC\n(Page 1 of 2) Tj 10 0 Td <41> Tj\nEMC ET',
        '/Artifact BMC\n0 0 m 10 10 l S 0 0 5 5 re f\nEMC',
        '0 0 10 10 re W n',
        'Q',
      ].join('\n'),
    );
  });

  it('gives a stream with nothing untagged back unchanged', () => {
    const stream = bytes('/Artifact BMC BT (x) Tj ET EMC /Span <</MCID 3>> BDC 0 0 1 1 re f EMC');
    assert.equal(markUntaggedAsArtifacts(stream).bytes, stream);
  });

  it('names the byte of a broken string instead of looping or crashing', () => {
    assert.throws(() => readOperations(bytes('BT (never closed Tj ET')), /unterminated string at byte 3/);
  });
});
