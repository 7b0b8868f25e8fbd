/**
 * `painkit handout <clinic-slug> --overlay DIR`: painkit's shipped content
 * with a clinic's overlay, compiled on the fly and printed; the PDF text
 * read back with pdftotext shows the clinic's topic and the clinic's text of
 * the topic it replaces.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { findChromium } from '../../scripts/chromium.js';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const missing = !findChromium()
  ? 'no Chromium (set CHROME_PATH or apt-get install chromium)'
  : spawnSync('pdftotext', ['-v']).error
    ? 'no pdftotext (apt-get install poppler-utils)'
    : '';

const pdfText = (path: string) => spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');

describe('painkit handout --overlay', { skip: missing || false }, () => {
  let out = '';
  let result: ReturnType<typeof spawnSync>;
  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'painkit-overlay-handout-'));
    result = spawnSync(
      process.execPath,
      [
        'tooling/dist/cli.js',
        'handout',
        'occipital-nerve-block',
        'sleep',
        '--overlay',
        'test/fixtures/overlay',
        '--out',
        out,
      ],
      { encoding: 'utf8' },
    );
  });
  after(() => rm(out, { recursive: true, force: true }));

  it('prints the clinic topic, found by its slug in the overlay', () => {
    assert.equal(result.status, 0, String(result.stderr));
    const text = pdfText(join(out, 'occipital-nerve-block.en.pdf'));
    assert.match(text, /Occipital nerve block/);
    assert.match(text, /At Riverside Pain Clinic, an occipital nerve block is a shot of numbing medicine/);
  });

  it('prints the clinic text of the shipped topic it replaces', () => {
    const text = pdfText(join(out, 'sleep.en.pdf'));
    assert.match(text, /Riverside Pain Clinic runs a sleep class every Tuesday evening/);
  });
});
