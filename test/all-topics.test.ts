import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/pain-procedure.js';
import type { PainProcedure } from '../src/pain-procedure.js';
import type { PainTopicLoadedEvent } from '../src/events.js';
import type { ContentManifest, TopicChunk } from '../src/content/types.js';
import { DATA, headings, renderSettled } from './helpers.js';

// Every topic of the real content, in every locale: it loads in its own
// language, shows its title, every section and its red flags, and axe finds
// nothing. Not a sample: the list comes from the compiled manifest.
const manifest: ContentManifest = await (await fetch(`${DATA}manifest.json`)).json();

describe('every topic in every locale', () => {
  for (const locale of manifest.locales) {
    describe(locale.code, () => {
      for (const slug of locale.topics) {
        it(slug, async () => {
          const chunk: TopicChunk = await (await fetch(`${DATA}${locale.code}/${slug}.json`)).json();
          const { el, event } = await renderSettled<PainProcedure>(
            html`<pain-procedure topic=${slug} lang=${locale.code} content-base=${DATA}></pain-procedure>`,
          );
          expect((event as PainTopicLoadedEvent).detail).to.include({
            topic: slug,
            locale: locale.code,
            fallback: false,
          });
          const shown = headings(el);
          expect(shown[0]).to.equal(`h2:${chunk.title}`);
          for (const section of chunk.sections) expect(shown).to.include(`h3:${section.title}`);
          expect(el.shadowRoot!.querySelectorAll('[part~="red-flags"] li').length).to.be.greaterThan(1);
          await expect(el).to.be.accessible();
        });
      }
    });
  }
});
