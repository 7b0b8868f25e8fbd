import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/pain-library.js';
import type { PainLibrary } from '../src/pain-library.js';
import type { PainProcedure } from '../src/pain-procedure.js';
import type { PainErrorEvent, PainTopicLoadedEvent, PainTopicOpenEvent } from '../src/events.js';
import type { LocaleIndex, TopicKind } from '../src/content/types.js';
import { foldForSearch } from '../src/elements/library/library.js';
import {
  DATA,
  captureWarnings,
  emulateMediaOrSkip,
  headings,
  nextSettled,
  renderSettled,
  resetMedia,
} from './helpers.js';

const index = async (locale: string): Promise<LocaleIndex> => (await fetch(`${DATA}${locale}/index.json`)).json();

const root = (el: PainLibrary) => el.shadowRoot!;
const part = (el: PainLibrary, name: string) => root(el).querySelector(`[part~="${name}"]`);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cardButtons = (el: PainLibrary, kind?: TopicKind) => [
  ...root(el).querySelectorAll<HTMLButtonElement>(`${kind ? `[part~="group-${kind}"] ` : ''}[part~="card-button"]`),
];
const shownSlugs = (el: PainLibrary, kind?: TopicKind) => cardButtons(el, kind).map((b) => b.dataset.topic!);
const procedure = (el: PainLibrary) => root(el).querySelector('pain-procedure') as PainProcedure | null;

/** Renders a template holding one `<pain-library>` and waits until its list or its error shows. */
async function renderLibrary(template: TemplateResult): Promise<PainLibrary> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('pain-library')!;
  await waitUntil(() => part(el, 'status') || part(el, 'error') || part(el, 'topic'), 'the library never settled');
  await el.updateComplete;
  return el;
}

async function search(el: PainLibrary, words: string): Promise<void> {
  const input = part(el, 'search') as HTMLInputElement;
  input.value = words;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function choose(el: PainLibrary, select: 'condition-select' | 'body-area-select', value: string): Promise<void> {
  const field = part(el, select) as HTMLSelectElement;
  field.value = value;
  field.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** Topics a condition filter must show: its page, topics that name it, topics its page names. */
const helpsCondition = (all: LocaleIndex, condition: string) => {
  const page = all.topics.find((t) => t.slug === condition)!;
  return all.topics
    .filter((t) => t.slug === condition || t.conditions.includes(condition) || page.topics.includes(t.slug))
    .map((t) => t.slug)
    .sort();
};

const KINDS: TopicKind[] = ['procedure', 'therapy', 'condition'];

describe('<pain-library>', () => {
  const startUrl = location.href;
  afterEach(() => history.replaceState(null, '', startUrl));

  describe('the list', () => {
    for (const lang of ['en', 'es']) {
      it(`groups every topic of the ${lang} index by kind, sorted by title`, async () => {
        const expected = await index(lang);
        const el = await renderLibrary(html`<pain-library lang=${lang} content-base=${DATA}></pain-library>`);
        const groups = [...root(el).querySelectorAll('[part~="group"]')].map((g) => g.getAttribute('part'));
        expect(groups).to.deep.equal(['group group-procedure', 'group group-therapy', 'group group-condition']);
        const collator = new Intl.Collator(lang);
        for (const kind of KINDS) {
          const titles = expected.topics
            .filter((t) => t.kind === kind)
            .map((t) => t.title)
            .sort(collator.compare);
          expect(cardButtons(el, kind).map(text)).to.deep.equal(titles);
        }
        expect(cardButtons(el)).to.have.length(expected.topics.length);
        const summary = expected.topics.find((t) => t.slug === 'sciatica')!.summary;
        expect(text(root(el).querySelector('[part~="group-condition"]'))).to.include(summary);
        const n = expected.topics.length;
        expect(text(part(el, 'status'))).to.equal(
          lang === 'es' ? `Se muestran ${n} de ${n} temas` : `Showing ${n} of ${n} topics`,
        );
        expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
        expect(root(el).querySelector('.cards')!.getAttribute('lang')).to.equal(lang);
        await expect(el).to.be.accessible();
      });
    }

    it('puts group headings at heading-level and topic titles one below', async () => {
      const el = await renderLibrary(html`<pain-library heading-level="3" content-base=${DATA}></pain-library>`);
      const found = headings(el);
      expect(found.slice(0, 2)).to.deep.equal(['h3:Procedures', `h4:${text(cardButtons(el, 'procedure')[0])}`]);
      expect(found).to.include.members(['h3:Parts of a care plan', 'h3:Conditions']);
      expect(found.filter((h) => h.startsWith('h4:'))).to.have.length(cardButtons(el).length);
      await expect(el).to.be.accessible();
    });

    it('tells a Spanish reader that the translations are unreviewed', async () => {
      const el = await renderLibrary(html`<pain-library lang="es" content-base=${DATA}></pain-library>`);
      expect(text(part(el, 'notice'))).to.include('Ningún revisor médico ha revisado todavía esta traducción.');
    });

    it('lists English topics with a notice for a language without content (lang="fr")', async () => {
      const expected = await index('en');
      const el = await renderLibrary(html`<pain-library lang="fr" content-base=${DATA}></pain-library>`);
      expect(text(part(el, 'notice'))).to.equal(
        'This information is not available in French yet. It is shown in English.',
      );
      expect(cardButtons(el)).to.have.length(expected.topics.length);
      expect(root(el).querySelector('.cards')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('takes its language from the nearest ancestor with lang', async () => {
      const expected = await index('es');
      const el = await renderLibrary(
        html`<section lang="es-MX"><pain-library content-base=${DATA}></pain-library></section>`,
      );
      expect(cardButtons(el).map(text)).to.include(expected.topics.find((t) => t.slug === 'sciatica')!.title);
      expect(part(el, 'notice')).to.not.equal(null);
    });
  });

  describe('search', () => {
    it('folds case and accents', () => {
      expect(foldForSearch('  Inyección   EPIDURAL ')).to.equal('inyeccion epidural');
      expect(foldForSearch('Niño')).to.equal('nino');
    });

    it('finds "Inyección epidural" from "epidural" and from "inyeccion" in Spanish', async () => {
      const expected = await index('es');
      const el = await renderLibrary(html`<pain-library lang="es" content-base=${DATA}></pain-library>`);
      for (const words of ['epidural', 'inyeccion', 'INYECCIÓN epidural']) {
        await search(el, words);
        const titles = cardButtons(el).map(text);
        expect(titles, words).to.include('Inyección epidural de esteroides');
        const terms = foldForSearch(words).split(' ');
        const matching = expected.topics.filter((t) =>
          terms.every((term) => foldForSearch(`${t.title} ${t.summary}`).includes(term)),
        );
        expect(titles, words).to.have.length(matching.length);
        expect(text(part(el, 'status'))).to.include(`${matching.length} `);
      }
      await expect(el).to.be.accessible();
    });

    it('searches summaries too, in the language shown', async () => {
      const el = await renderLibrary(html`<pain-library content-base=${DATA}></pain-library>`);
      await search(el, 'numbing');
      const shown = shownSlugs(el);
      expect(shown).to.include('epidural-steroid-injection');
      expect(shown).to.not.include('exercise');
      await search(el, 'adormecer');
      expect(part(el, 'no-results')).to.not.equal(null);
    });

    for (const lang of ['en', 'es']) {
      it(`says clearly when nothing matches, and clears everything with one button (${lang})`, async () => {
        const expected = await index(lang);
        const el = await renderLibrary(
          html`<pain-library lang=${lang} condition="sciatica" content-base=${DATA}></pain-library>`,
        );
        await search(el, 'zzqx');
        expect(part(el, 'groups')).to.equal(null);
        const n = expected.topics.length;
        expect(text(part(el, 'status'))).to.equal(
          lang === 'es' ? `Se muestran 0 de ${n} temas` : `Showing 0 of ${n} topics`,
        );
        expect(text(part(el, 'no-results'))).to.include(
          lang === 'es' ? 'Ningún tema coincide con su búsqueda.' : 'No topics match your search.',
        );
        await expect(el).to.be.accessible();
        (part(el, 'clear-button') as HTMLButtonElement).click();
        await el.updateComplete;
        await waitUntil(() => root(el).activeElement === part(el, 'search'), 'focus did not return to the search box');
        expect(cardButtons(el)).to.have.length(expected.topics.length);
        expect((part(el, 'search') as HTMLInputElement).value).to.equal('');
        expect((part(el, 'condition-select') as HTMLSelectElement).value).to.equal('');
        expect(el.condition).to.equal('');
      });
    }
  });

  describe('filters', () => {
    for (const lang of ['en', 'es']) {
      it(`filters by condition, with condition pages as the choices (${lang})`, async () => {
        const expected = await index(lang);
        const el = await renderLibrary(html`<pain-library lang=${lang} content-base=${DATA}></pain-library>`);
        const select = part(el, 'condition-select') as HTMLSelectElement;
        const conditions = expected.topics.filter((t) => t.kind === 'condition');
        expect(select.options).to.have.length(conditions.length + 1);
        expect([...select.options].map((o) => o.textContent!.trim())).to.include.members(
          conditions.map((t) => t.title),
        );
        await choose(el, 'condition-select', 'sciatica');
        expect(el.condition).to.equal('sciatica');
        expect(shownSlugs(el).sort()).to.deep.equal(helpsCondition(expected, 'sciatica'));
        expect(shownSlugs(el, 'condition')).to.deep.equal(['sciatica']);
        expect(text(part(el, 'status'))).to.include(`${helpsCondition(expected, 'sciatica').length} `);
        await expect(el).to.be.accessible();
      });
    }

    it('filters by where it hurts', async () => {
      const expected = await index('en');
      const el = await renderLibrary(html`<pain-library content-base=${DATA}></pain-library>`);
      await choose(el, 'body-area-select', 'knee');
      const knee = expected.topics.filter((t) => t.bodyAreas.includes('knee')).map((t) => t.slug);
      expect(shownSlugs(el).sort()).to.deep.equal(knee.sort());
      expect(shownSlugs(el)).to.include('genicular-nerve-ablation');
      await expect(el).to.be.accessible();
    });

    it('combines filters and search, pre-selected by attributes', async () => {
      const expected = await index('en');
      const el = await renderLibrary(
        html`<pain-library condition="knee-osteoarthritis" body-area="knee" content-base=${DATA}></pain-library>`,
      );
      expect((part(el, 'condition-select') as HTMLSelectElement).value).to.equal('knee-osteoarthritis');
      expect((part(el, 'body-area-select') as HTMLSelectElement).value).to.equal('knee');
      const both = helpsCondition(expected, 'knee-osteoarthritis').filter((slug) =>
        expected.topics.find((t) => t.slug === slug)!.bodyAreas.includes('knee'),
      );
      expect(shownSlugs(el).sort()).to.deep.equal(both);
      await search(el, 'nerve');
      expect(shownSlugs(el)).to.deep.equal(
        ['genicular-nerve-ablation', 'peripheral-nerve-block'].filter((s) => both.includes(s)),
      );
    });

    it('lists body areas in plain words, head to toe', async () => {
      const el = await renderLibrary(html`<pain-library content-base=${DATA}></pain-library>`);
      const options = [...(part(el, 'body-area-select') as HTMLSelectElement).options].map((o) =>
        o.textContent!.trim(),
      );
      expect(options.slice(0, 4)).to.deep.equal(['Anywhere', 'Neck', 'Upper back', 'Lower back']);
      expect(options).to.include('All over the body');
    });

    it('ignores an unknown condition or body area, with a console warning', async () => {
      let el!: PainLibrary;
      const warnings = await captureWarnings(async () => {
        el = await renderLibrary(
          html`<pain-library condition="gout" body-area="elbow" content-base=${DATA}></pain-library>`,
        );
      });
      expect(warnings).to.include('[painkit] <pain-library>: condition "gout" is not a condition');
      expect(warnings).to.include('body-area "elbow" is not a body area');
      expect(cardButtons(el)).to.have.length((await index('en')).topics.length);
    });
  });

  describe('opening a topic', () => {
    it('works from the keyboard: search, Tab to a result, Enter opens it, Back returns to the card', async () => {
      const el = await renderLibrary(html`<pain-library content-base=${DATA}></pain-library>`);
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(part(el, 'search'));
      await sendKeys({ type: 'facet' });
      await el.updateComplete;
      const first = cardButtons(el)[0];
      expect(shownSlugs(el)).to.include('facet-joint-injection');
      // Search box, condition, where it hurts, then the first result.
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(first);

      const opened = oneEvent(el, 'pain-topic-open');
      const loaded = nextSettled(el);
      await sendKeys({ press: 'Enter' });
      const openEvent = (await opened) as PainTopicOpenEvent;
      expect(openEvent.detail).to.deep.equal({ topic: first.dataset.topic, locale: 'en' });
      expect(openEvent.bubbles && openEvent.composed).to.equal(true);
      const loadedEvent = (await loaded) as PainTopicLoadedEvent;
      expect(loadedEvent.detail.topic).to.equal(first.dataset.topic);
      await el.updateComplete;
      expect(part(el, 'groups')).to.equal(null);
      expect(root(el).activeElement).to.equal(part(el, 'back-button'));
      expect(text(part(el, 'back-button'))).to.equal('← Back to all topics');
      const inner = procedure(el)!;
      await inner.updateComplete;
      expect(headings(inner)[0]).to.equal(`h2:${text(first)}`);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await waitUntil(() => root(el).activeElement?.getAttribute('data-topic') === first.dataset.topic);
      expect((part(el, 'search') as HTMLInputElement).value).to.equal('facet');
      expect(procedure(el)).to.equal(null);
    });

    for (const lang of ['en', 'es']) {
      it(`opens condition pages and procedures in place, accessibly (${lang})`, async () => {
        const el = await renderLibrary(html`<pain-library lang=${lang} content-base=${DATA}></pain-library>`);
        for (const slug of ['sciatica', 'epidural-steroid-injection']) {
          const card = cardButtons(el).find((b) => b.dataset.topic === slug)!;
          const loaded = nextSettled(el);
          card.click();
          const event = (await loaded) as PainTopicLoadedEvent;
          expect(event.detail).to.include({ topic: slug, locale: lang, fallback: false });
          const inner = procedure(el)!;
          await inner.updateComplete;
          expect(inner.getAttribute('lang')).to.equal(lang);
          expect(headings(inner)[0]).to.equal(`h2:${text(card)}`);
          expect(root(el).querySelectorAll('[part~="back-button"]')).to.have.length(2);
          await expect(el).to.be.accessible();
          (part(el, 'back-button') as HTMLButtonElement).click();
          await el.updateComplete;
        }
      });
    }

    it('fits the opened topic into the page outline', async () => {
      const el = await renderLibrary(html`<pain-library heading-level="3" content-base=${DATA}></pain-library>`);
      const loaded = nextSettled(el);
      cardButtons(el)
        .find((b) => b.dataset.topic === 'sciatica')!
        .click();
      await loaded;
      await procedure(el)!.updateComplete;
      expect(headings(procedure(el)!)[0]).to.equal('h3:Sciatica');
    });

    it('switches the opened topic when the language changes', async () => {
      const el = await renderLibrary(html`<pain-library lang="en" content-base=${DATA}></pain-library>`);
      let loaded = nextSettled(el);
      cardButtons(el)
        .find((b) => b.dataset.topic === 'epidural-steroid-injection')!
        .click();
      await loaded;
      loaded = nextSettled(el);
      el.setAttribute('lang', 'es');
      const event = (await loaded) as PainTopicLoadedEvent;
      expect(event.detail.locale).to.equal('es');
      await procedure(el)!.updateComplete;
      expect(headings(procedure(el)!)[0]).to.equal('h2:Inyección epidural de esteroides');
    });

    it('keeps the address as it is without deep-link', async () => {
      const el = await renderLibrary(html`<pain-library content-base=${DATA}></pain-library>`);
      cardButtons(el)[0].click();
      await el.updateComplete;
      expect(location.href).to.equal(startUrl);
    });
  });

  describe('deep links', () => {
    it('opens #topic=<slug> on load with deep-link, and Back goes to the list and clears the address', async () => {
      history.replaceState(null, '', '#topic=sciatica');
      let opened: PainTopicOpenEvent | undefined;
      const { el, event } = await renderSettled<PainLibrary>(
        html`<pain-library
          deep-link
          content-base=${DATA}
          @pain-topic-open=${(e: PainTopicOpenEvent) => (opened = e)}
        ></pain-library>`,
      );
      expect((event as PainTopicLoadedEvent).detail.topic).to.equal('sciatica');
      expect(opened?.detail).to.deep.equal({ topic: 'sciatica', locale: 'en' });
      await procedure(el)!.updateComplete;
      expect(headings(procedure(el)!)[0]).to.equal('h2:Sciatica');
      // A deep link on load does not steal focus from the page.
      expect(root(el).activeElement).to.equal(null);

      (part(el, 'back-button') as HTMLButtonElement).click();
      await el.updateComplete;
      await waitUntil(() => part(el, 'status'), 'the list did not come back');
      expect(location.hash).to.equal('');
      await waitUntil(() => root(el).activeElement?.getAttribute('data-topic') === 'sciatica');
    });

    it('writes #topic=<slug> when a topic is opened, and follows the browser Back button', async () => {
      const el = await renderLibrary(html`<pain-library deep-link content-base=${DATA}></pain-library>`);
      cardButtons(el)
        .find((b) => b.dataset.topic === 'radiofrequency-ablation')!
        .click();
      await el.updateComplete;
      expect(location.hash).to.equal('#topic=radiofrequency-ablation');
      const closed = oneEvent(window, 'hashchange');
      history.back();
      await closed;
      await el.updateComplete;
      expect(procedure(el)).to.equal(null);
      expect(part(el, 'status')).to.not.equal(null);
    });

    it('ignores #topic=<slug> without deep-link', async () => {
      history.replaceState(null, '', '#topic=sciatica');
      const el = await renderLibrary(html`<pain-library content-base=${DATA}></pain-library>`);
      expect(procedure(el)).to.equal(null);
      expect(location.hash).to.equal('#topic=sciatica');
    });

    it('explains a deep link to a topic that does not exist, with a way back', async () => {
      history.replaceState(null, '', '#topic=nope');
      let el!: PainLibrary;
      let event!: PainErrorEvent;
      await captureWarnings(async () => {
        const settled = await renderSettled<PainLibrary>(
          html`<pain-library deep-link content-base=${DATA}></pain-library>`,
        );
        el = settled.el;
        event = settled.event as PainErrorEvent;
      });
      expect(event.detail).to.include({ code: 'unknown-topic', topic: 'nope' });
      await procedure(el)!.updateComplete;
      expect(text(procedure(el)!.shadowRoot!.querySelector('[role="alert"]'))).to.include(
        'We could not find this information.',
      );
      expect(part(el, 'back-button')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('errors', () => {
    for (const [lang, words] of [
      ['en', 'This information could not be loaded.'],
      ['es', 'No se pudo cargar esta información.'],
    ]) {
      it(`explains an unknown content-base (${lang}), fires pain-error and warns`, async () => {
        let el!: PainLibrary;
        let event!: PainErrorEvent;
        const warnings = await captureWarnings(async () => {
          const wrapper = await fixture<HTMLElement>(html`<div></div>`);
          el = document.createElement('pain-library');
          el.lang = lang;
          el.contentBase = '/no-such-content/';
          const failed = oneEvent(el, 'pain-error');
          wrapper.append(el);
          event = (await failed) as PainErrorEvent;
          await el.updateComplete;
        });
        expect(event.detail).to.include({ code: 'network', locale: lang });
        expect(event.detail.message).to.include('/no-such-content/manifest.json');
        expect(Object.keys(event.detail).sort()).to.deep.equal(['code', 'locale', 'message', 'topic']);
        expect(warnings).to.include('[painkit] <pain-library>:');
        const alert = part(el, 'error')!;
        expect(alert.getAttribute('role')).to.equal('alert');
        expect(text(alert)).to.include(words);
        expect(part(el, 'retry-button')).to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('recovers with "Try again" once the content is reachable', async () => {
      let el!: PainLibrary;
      await captureWarnings(async () => {
        el = await renderLibrary(html`<pain-library content-base="/no-such-content/"></pain-library>`);
      });
      el.contentBase = DATA;
      await waitUntil(() => part(el, 'status'), 'the list did not load');
      expect(cardButtons(el).length).to.be.greaterThan(30);
    });
  });

  describe('content shapes the real content does not have', () => {
    const realFetch = window.fetch;
    afterEach(() => (window.fetch = realFetch));

    /** Serves a made-up content folder at `base` from memory. */
    function serve(base: string, files: Record<string, unknown>): void {
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = new URL(input instanceof Request ? input.url : String(input), location.href);
        const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : undefined;
        if (path === undefined) return realFetch(input, init);
        return path in files ? new Response(JSON.stringify(files[path])) : new Response('', { status: 404 });
      };
    }

    const topic = (slug: string, title: string, locale: string) => ({
      slug,
      title,
      summary: `${title}.`,
      kind: 'procedure',
      conditions: [],
      topics: [],
      bodyAreas: ['neck'],
      codes: { cpt: [], snomed: [] },
      translation: { status: locale === 'en' ? 'source' : 'reviewed' },
    });
    const manifest = (esTopics: string[]) => ({
      format: 1,
      sourceLocale: 'en',
      codes: {},
      locales: [
        { code: 'en', name: 'English', dir: 'ltr', topics: ['one', 'two'], plans: [], glossary: false },
        { code: 'es', name: 'Español', dir: 'ltr', topics: esTopics, plans: [], glossary: false },
      ],
    });

    it('lists untranslated topics in English, marked with their language', async () => {
      serve('/partial/', {
        'manifest.json': manifest(['one']),
        'en/index.json': { format: 1, locale: 'en', topics: [topic('one', 'One', 'en'), topic('two', 'Two', 'en')] },
        'es/index.json': { format: 1, locale: 'es', topics: [topic('one', 'Uno', 'es')] },
      });
      const el = await renderLibrary(html`<pain-library lang="es" content-base="/partial/"></pain-library>`);
      expect(cardButtons(el).map(text)).to.deep.equal(['Two', 'Uno']);
      const english = cardButtons(el)[0].closest('li')!;
      expect(english.getAttribute('lang')).to.equal('en');
      // A label on its own: Safari's WebKit capitalizes it ("Inglés"), Chromium and Firefox do not.
      expect(text(english.querySelector('.card-language')).toLocaleLowerCase('es')).to.equal('inglés');
      // Reviewed translation, nothing in English instead: no notice.
      expect(part(el, 'notice')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('explains a damaged index', async () => {
      serve('/damaged/', { 'manifest.json': manifest([]), 'en/index.json': { format: 1, topics: 'no' } });
      let event!: PainErrorEvent;
      let el!: PainLibrary;
      await captureWarnings(async () => {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        el = document.createElement('pain-library');
        el.contentBase = '/damaged/';
        const failed = oneEvent(el, 'pain-error');
        wrapper.append(el);
        event = (await failed) as PainErrorEvent;
        await el.updateComplete;
      });
      expect(event.detail.code).to.equal('malformed');
      expect(text(part(el, 'error'))).to.include('This information could not be shown.');
      expect(part(el, 'retry-button')).to.equal(null);
    });
  });

  describe('right to left', () => {
    it('is accessible in a right-to-left page, listing and opening topics', async () => {
      const el = await renderLibrary(
        html`<div dir="rtl" lang="ar"><pain-library content-base=${DATA}></pain-library></div>`,
      );
      expect(text(part(el, 'notice'))).to.equal(
        'This information is not available in Arabic yet. It is shown in English.',
      );
      await expect(el).to.be.accessible();
      await choose(el, 'body-area-select', 'neck');
      await expect(el).to.be.accessible();
      const loaded = nextSettled(el);
      cardButtons(el)[0].click();
      await loaded;
      await expect(el).to.be.accessible();
    });

    it('is accessible with Spanish content in a right-to-left wrapper', async () => {
      const el = await renderLibrary(
        html`<div dir="rtl"><pain-library lang="es" content-base=${DATA}></pain-library></div>`,
      );
      await search(el, 'epidural');
      await expect(el).to.be.accessible();
    });
  });

  describe('theme and text size', () => {
    it('turns dark with theme="dark", list and opened topic, keeping contrast (axe)', async () => {
      const el = await renderLibrary(html`<pain-library theme="dark" content-base=${DATA}></pain-library>`);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 27, 32)');
      await expect(el).to.be.accessible();
      const loaded = nextSettled(el);
      cardButtons(el)[0].click();
      await loaded;
      expect(getComputedStyle(procedure(el)!).color).to.equal('rgb(228, 231, 235)');
      await expect(el).to.be.accessible();
    });

    it('makes the list and an opened topic larger with text-size="large"', async () => {
      const el = await renderLibrary(html`<pain-library text-size="large" content-base=${DATA}></pain-library>`);
      expect(getComputedStyle(el).fontSize).to.equal('20px');
      const loaded = nextSettled(el);
      cardButtons(el)[0].click();
      await loaded;
      expect(getComputedStyle(procedure(el)!).fontSize).to.equal('20px');
    });
  });

  describe('print', () => {
    afterEach(() => resetMedia({ media: 'screen' }));

    it('prints the topics shown, without the search box and filters', async function () {
      const el = await renderLibrary(html`<pain-library content-base=${DATA}></pain-library>`);
      await emulateMediaOrSkip(this, { media: 'print' });
      expect((part(el, 'controls') as HTMLElement).offsetHeight).to.equal(0);
      expect(cardButtons(el)[0].offsetHeight).to.be.greaterThan(0);
    });
  });
});
