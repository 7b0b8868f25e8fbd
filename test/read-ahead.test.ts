import { expect, waitUntil } from '@open-wc/testing';
import { ContentError } from '../src/content/content-error.js';
import { loadTopic } from '../src/content/load-topic.js';
import { readAheadFor } from '../src/content/read-ahead.js';
import { DATA } from './helpers.js';

// What the CDN autoloader requests for a topic element before the element's
// code has loaded (src/content/read-ahead.ts), and how the element's own
// loadTopic takes those responses. The elements here are never defined:
// they stay the plain elements the autoloader sees.

/** An undefined element with these attributes (in the document, as the autoloader finds it). */
function element(attributes: Record<string, string>): Element {
  const el = document.createElement('pain-procedure');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  return el;
}

/** Every request made so far whose path ends with `suffix`. */
const requests = (suffix: string) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith(suffix));

describe('read-ahead (the CDN autoloader, for elements whose code is still loading)', () => {
  it('requests the manifest and the topic in the reader’s language; loadTopic then requests nothing more', async () => {
    readAheadFor(element({ topic: 'sleep', 'content-base': DATA, lang: 'es-MX' }));
    await waitUntil(() => requests('/dist/data/es/sleep.json').length === 1, 'the topic is requested');
    expect(requests('/dist/data/manifest.json')).to.have.length(1);

    const loaded = await loadTopic({ base: new URL(DATA, location.href).href, topic: 'sleep', locale: 'es-MX' });
    expect(loaded.chunk.locale).to.equal('es');
    expect(loaded.fallback).to.equal(false);
    // A second request would be listed once its body had arrived.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests('/dist/data/es/sleep.json')).to.have.length(1);
    expect(requests('/dist/data/manifest.json')).to.have.length(1);
  });

  it('requests nothing for an element with src, a server-rendered one, or one with neither topic nor code', async () => {
    const before = performance.getEntriesByType('resource').length;
    readAheadFor(element({ topic: 'medial-branch-block', src: '/clinic/own.md', 'content-base': '/nowhere-1/' }));
    const rendered = element({ topic: 'medial-branch-block', 'content-base': '/nowhere-2/' });
    rendered.attachShadow({ mode: 'open' });
    readAheadFor(rendered);
    readAheadFor(element({ 'content-base': '/nowhere-3/' }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(
      performance
        .getEntriesByType('resource')
        .slice(before)
        .map((entry) => entry.name),
    ).to.deep.equal([]);
  });

  it('a read-ahead that failed is forgotten: loadTopic requests the file again and reports the failure', async () => {
    const base = new URL('/test/faults/missing-chunk/', location.href).href;
    readAheadFor(element({ topic: 'sample', 'content-base': base, lang: 'en' }));
    await waitUntil(() => requests('/test/faults/missing-chunk/en/sample.json').length === 1, 'the topic is requested');
    // Let the 404 settle, so that nobody has taken the failed response.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const error = await loadTopic({ base, topic: 'sample', locale: 'en' }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ContentError);
    expect((error as ContentError).code).to.equal('network');
    // Resource Timing lists a request once its body has arrived, after the failure was reported.
    await waitUntil(
      () => requests('/test/faults/missing-chunk/en/sample.json').length >= 2,
      'the topic is requested again',
    );
    expect(requests('/test/faults/missing-chunk/manifest.json')).to.have.length(1);
  });
});
