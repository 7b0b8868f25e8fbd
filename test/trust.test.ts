import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/pain-library.js';
import '../src/pain-plan.js';
import '../src/pain-procedure.js';
import '../src/pain-term.js';
import type { PainErrorEvent } from '../src/events.js';
import { configure } from '../src/configure.js';
import { isOwnContent } from '../src/content/content-base.js';
import { UNREACHABLE, silenceWarnings } from './helpers.js';
import {
  BENIGN,
  dangerousIn,
  deepText,
  letHandlersFire,
  linksIn,
  recordScripts,
  renderUntil,
  requested,
} from './hostile.js';

// In these tests painkit is loaded from /src/, so its own folder is /src/data/
// and every content folder below is someone else's.
const SETTLED = ['pain-topic-loaded', 'pain-plan-loaded', 'pain-error'];
const otherOrigin = fetch('/test/other-origin').then((response) => response.text());
const sanitizerRequested = () => requested().some((url) => url.includes('/node_modules/dompurify/'));

describe('fetches end where they were allowed', () => {
  silenceWarnings();

  /** Renders an element whose content redirects to another origin and expects it refused, showing nothing of it. */
  async function expectRefused(template: ReturnType<typeof html>, landed: string) {
    const ran = recordScripts();
    const { el, event } = await renderUntil(template, SETTLED);
    const { code, message } = (event as PainErrorEvent).detail;
    expect(code).to.equal('not-allowed');
    expect(message).to.include(`redirected to ${await otherOrigin}/${landed}`);
    expect(message).to.include(`configure({ allowOrigins: ["${await otherOrigin}"] })`);
    await letHandlersFire();
    expect(ran).to.deep.equal([]);
    expect(deepText(el)).not.to.include(BENIGN);
    expect(deepText(el)).not.to.include('Markdown served from another origin');
  }

  it('src: a clinic page that redirects to another origin is refused', async () => {
    await expectRefused(html`<pain-procedure src="/test/redirect/everything/clinic.md"></pain-procedure>`, 'clinic.md');
  });

  it('content-base: a manifest that redirects to another origin is refused', async () => {
    await expectRefused(
      html`<pain-procedure topic="hostile" content-base="/test/redirect/manifest/"></pain-procedure>`,
      'manifest.json',
    );
  });

  it('content-base: a topic chunk that redirects to another origin is refused', async () => {
    await expectRefused(
      html`<pain-procedure topic="hostile" content-base="/test/redirect/topic/"></pain-procedure>`,
      'en/hostile.json',
    );
  });

  it('content-base: a topic index that redirects to another origin is refused', async () => {
    await expectRefused(html`<pain-library content-base="/test/redirect/index/"></pain-library>`, 'en/index.json');
  });

  it('content-base: a plan template that redirects to another origin is refused', async () => {
    await expectRefused(
      html`<pain-plan condition="hostile" content-base="/test/redirect/plan/"></pain-plan>`,
      'en/plans/hostile.json',
    );
  });

  it('content-base: a glossary that redirects to another origin is refused', async () => {
    await expectRefused(
      html`<pain-term term="fluoroscopy" content-base="/test/redirect/glossary/">fluoroscopy</pain-term>`,
      'en/glossary.json',
    );
  });

  it('a redirect to an allowed origin is followed, and what it lands on is sanitized', async () => {
    configure({ allowOrigins: [UNREACHABLE, await otherOrigin] });
    try {
      const ran = recordScripts();
      const { el, event } = await renderUntil(
        html`<pain-procedure topic="hostile" content-base="/test/redirect/everything/"></pain-procedure>`,
        SETTLED,
      );
      expect(event.type).to.equal('pain-topic-loaded');
      await letHandlersFire();
      expect(ran).to.deep.equal([]);
      expect(deepText(el)).to.include(BENIGN);
      expect(dangerousIn(el)).to.deep.equal([]);
    } finally {
      configure({ allowOrigins: [UNREACHABLE] });
    }
  });
});

describe('only painkit’s own files are trusted as HTML', () => {
  it('painkit’s own folder is the one beside the module, not its origin', () => {
    const own = new URL('/src/data/', location.href);
    expect(isOwnContent(new URL('en/sample.json', own).href)).to.equal(true);
    expect(isOwnContent(new URL('/src/data-other/en/sample.json', own).href)).to.equal(false);
    expect(isOwnContent(new URL('/dist/data/en/sample.json', own).href)).to.equal(false);
    expect(isOwnContent(new URL('/src/data/en/..%2F..%2F..%2Fdist/data/x.json', own).href)).to.equal(false);
    expect(isOwnContent(new URL('/src/data/en/..%5C..%5Cx.json', own).href)).to.equal(false);
    expect(isOwnContent(`http://127.0.0.1:9/src/data/en/sample.json`)).to.equal(false);
  });

  it('a hostile topic on the same origin at another path runs nothing, keeps nothing dangerous, shows its text', async () => {
    const ran = recordScripts();
    const { el, event } = await renderUntil(
      html`<pain-procedure topic="hostile" content-base="/test/fixtures/hostile/"></pain-procedure>`,
      SETTLED,
    );
    expect(event.type).to.equal('pain-topic-loaded');
    await letHandlersFire();
    expect(ran).to.deep.equal([]);
    expect(dangerousIn(el)).to.deep.equal([]);
    const text = deepText(el);
    expect(text).to.include(BENIGN);
    expect(text).to.include('A subheading');
    expect(text).to.include('You cannot breathe (hostile list).');
    // The title is text, never HTML: its markup shows as characters.
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(
      `Hostile topic <img src=x onerror="__pwned('title')">`,
    );
    const links = linksIn(el);
    expect(links).to.deep.include(['https://ok.example/', 'a safe link']);
    expect(links).to.deep.include(['https://ok.example/source', 'A safe source']);
    expect(text).to.include('A source with a javascript: link');
    // Compiled content's glossary marks stay as glossary words, with their term and nothing else; painkit elements go.
    const marks = [...el.shadowRoot!.querySelectorAll('section .term-word')];
    expect(marks.map((t) => [t.getAttribute('data-term'), t.textContent, t.getAttribute('onclick')])).to.deep.equal([
      ['fluoroscopy', 'fluoroscopy', null],
    ]);
    expect(el.shadowRoot!.querySelectorAll('section pain-term')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('section pain-procedure')).to.have.length(0);
    expect(sanitizerRequested()).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a hostile plan template, and the topic it opens, run nothing and keep nothing dangerous', async () => {
    const ran = recordScripts();
    const { el, event } = await renderUntil(
      html`<pain-plan condition="hostile" content-base="/test/fixtures/hostile/"></pain-plan>`,
      SETTLED,
    );
    expect(event.type).to.equal('pain-plan-loaded');
    const opened = oneEvent(el, 'pain-topic-loaded');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="open-button"]')!.click();
    await opened;
    await letHandlersFire();
    expect(ran).to.deep.equal([]);
    expect(dangerousIn(el)).to.deep.equal([]);
    const text = deepText(el);
    expect(text).to.include('Which step comes first?');
    expect(text.split(BENIGN)).to.have.length(3, 'the plan overview and the opened topic both show the benign text');
  });

  it('a hostile glossary definition is shown as text', async () => {
    const ran = recordScripts();
    const el = await fixture<HTMLElement>(
      html`<pain-term term="fluoroscopy" content-base="/test/fixtures/hostile/">fluoroscopy</pain-term>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="word"]'), 'the term never loaded');
    el.shadowRoot!.querySelector<HTMLElement>('[part="word"]')!.click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await letHandlersFire();
    expect(ran).to.deep.equal([]);
    expect(dangerousIn(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="definition"]')!.textContent).to.include(
      `An X-ray video. <img src=x onerror="__pwned('definition')">`,
    );
  });
});
