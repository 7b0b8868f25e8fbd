/**
 * The XSS corpus (test/fixtures/xss-corpus.md) through the build-time path:
 * parsed and compiled in Node with the same renderer as `build-content`, the
 * HTML then read back by a DOM and held to the same rules as the browser
 * test (test/xss.test.ts).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { compileTopic, parseTopic } from 'painkit/markdown';
import { nodeRenderer } from '../../tooling/content/node-renderer.js';
import { dangerIn } from '../xss-checks.js';

const CORPUS = fileURLToPath(new URL('../fixtures/xss-corpus.md', import.meta.url));

describe('the XSS corpus compiled at build time', () => {
  it('leaves nothing dangerous in any section, shows raw-text markup as text, pollutes no prototype', async () => {
    const parsed = parseTopic(await readFile(CORPUS, 'utf8'));
    const chunk = compileTopic(parsed, nodeRenderer(), { slug: 'xss-corpus', locale: 'en' });
    assert.equal(chunk.sections.length, 67);
    const { document } = new JSDOM('').window;
    const sections = chunk.sections.map((section) => {
      const div = document.createElement('div');
      div.innerHTML = section.html;
      return div;
    });
    assert.deepEqual(dangerIn(sections), []);
    const text = (id: string) => sections[chunk.sections.findIndex((s) => s.id === id)].textContent;
    assert.equal(text('vector-39'), 'Vector 39:\nHi  <img/src/onerror=__xss()> \n');
    assert.equal(text('vector-67'), 'Vector 67: safe link\n');
    // Front matter keys named __proto__ and constructor stay plain data.
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(parsed.data), Object.prototype);
  });
});
