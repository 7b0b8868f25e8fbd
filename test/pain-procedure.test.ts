import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/pain-procedure.js';
import type { PainProcedure } from '../src/pain-procedure.js';
import type { PainErrorEvent, PainTopicLoadedEvent } from '../src/events.js';
import type { TopicChunk } from '../src/content/types.js';
import { configure } from '../src/configure.js';
import {
  DATA,
  FIXTURES,
  UNREACHABLE,
  emulateMediaOrSkip,
  headings,
  manyProcedures,
  nextSettled,
  renderSettled,
  resetMedia,
  shadowText,
} from './helpers.js';

const chunk = async (locale: string, slug: string): Promise<TopicChunk> =>
  (await fetch(`${DATA}${locale}/${slug}.json`)).json();

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('<pain-procedure>', () => {
  describe('loaded, English', () => {
    it('shows every section, the recovery timeline, red flags, sources and the disclaimer', async () => {
      const expected = await chunk('en', 'radiofrequency-ablation');
      const { el, event } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="radiofrequency-ablation" lang="en" content-base=${DATA}></pain-procedure>`,
      );
      expect(event.type).to.equal('pain-topic-loaded');
      expect((event as PainTopicLoadedEvent).detail).to.deep.equal({
        topic: 'radiofrequency-ablation',
        locale: 'en',
        requestedLocale: 'en',
        fallback: false,
      });
      const found = headings(el);
      expect(found[0]).to.equal(`h2:${expected.title}`);
      for (const section of expected.sections) expect(found).to.include(`h3:${section.title}`);
      for (const milestone of expected.recovery) expect(found).to.include(`h4:${milestone.when}`);
      const timeline = part(el, 'timeline')!;
      expect(timeline.tagName).to.equal('OL');
      expect(timeline.querySelectorAll(':scope > li')).to.have.length(expected.recovery.length);
      const text = shadowText(el);
      expect(text).to.include('Call 911 or go to the emergency room if');
      expect(text).to.include('What to expect');
      expect(text).to.include('This information does not replace advice from your care team.');
      expect(text).to.include('Last updated December 1, 2026.');
      // No clinician has reviewed the shipped content: no reviewer is named.
      expect(text).not.to.include('Reviewed by');
      expect(text).not.to.include('Last reviewed');
      const sourceLinks = [...el.shadowRoot!.querySelectorAll('footer a')].map((a) => a.getAttribute('href'));
      // Links to other websites are marked with an arrow that screen readers skip.
      expect(getComputedStyle(el.shadowRoot!.querySelector('footer a')!, '::after').content).to.equal('"↗" / ""');
      expect(sourceLinks).to.deep.equal(expected.sources.map((s) => s.url));
      expect(part(el, 'notice')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('keeps every red flag visible: nothing is collapsed', async () => {
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="epidural-steroid-injection" content-base=${DATA}></pain-procedure>`,
      );
      const boxes = [...el.shadowRoot!.querySelectorAll('[part~="red-flags"]')] as HTMLElement[];
      expect(boxes).to.have.length(2);
      for (const box of boxes) {
        expect(box.offsetHeight).to.be.greaterThan(0);
        for (const li of box.querySelectorAll('li')) expect((li as HTMLElement).offsetHeight).to.be.greaterThan(0);
      }
      expect(el.shadowRoot!.querySelector('details')).to.equal(null);
    });

    it('resolves a procedure code to its topic', async () => {
      const { el, event } = await renderSettled<PainProcedure>(
        html`<pain-procedure code="64635" content-base=${DATA}></pain-procedure>`,
      );
      expect((event as PainTopicLoadedEvent).detail.topic).to.equal('radiofrequency-ablation');
      expect(headings(el)[0]).to.match(/^h2:Radiofrequency ablation/);
      expect(part(el, 'same-code')).to.equal(null);
    });

    it('shows the best match for a shared CPT code and offers the other topic, which a keypress opens', async () => {
      const { el, event } = await renderSettled<PainProcedure>(
        html`<pain-procedure code="64493" content-base=${DATA}></pain-procedure>`,
      );
      expect((event as PainTopicLoadedEvent).detail.topic).to.equal('facet-joint-injection');
      const offer = part(el, 'same-code')!;
      expect(offer.getAttribute('role')).to.equal('note');
      expect(offer.textContent).to.include('Procedure code 64493 is also used for:');
      const button = offer.querySelector('button')!;
      expect(button.textContent!.trim()).to.equal('Medial branch block');
      const next = nextSettled(el);
      button.focus();
      await sendKeys({ press: 'Enter' });
      expect(((await next) as PainTopicLoadedEvent).detail.topic).to.equal('medial-branch-block');
      await el.updateComplete;
      expect(headings(el)[0]).to.equal('h2:Medial branch block');
      await expect(el).to.be.accessible();
    });

    it('offers the other topic of a shared code in Spanish, and never treats an object key as a code', async () => {
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure code="64490" lang="es" content-base=${DATA}></pain-procedure>`,
      );
      const offer = part(el, 'same-code')!;
      expect(offer.textContent).to.include('El código de procedimiento 64490 también se usa para:');
      const expected = await chunk('es', 'medial-branch-block');
      expect(offer.querySelector('button')!.textContent!.trim()).to.equal(expected.title);
      expect(offer.querySelector('button')!.getAttribute('lang')).to.equal('es');
      const { event } = await renderSettled<PainProcedure>(
        html`<pain-procedure code="constructor" content-base=${DATA}></pain-procedure>`,
      );
      expect((event as PainErrorEvent).detail.code).to.equal('unknown-code');
    });
  });

  describe('loaded, Spanish', () => {
    it('shows the Spanish topic with Spanish interface text', async () => {
      const expected = await chunk('es', 'radiofrequency-ablation');
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="radiofrequency-ablation" lang="es" content-base=${DATA}></pain-procedure>`,
      );
      expect(headings(el)[0]).to.equal(`h2:${expected.title}`);
      expect(headings(el)).to.include('h3:Recuperación');
      const text = shadowText(el);
      expect(text).to.include('Qué esperar');
      expect(text).to.include('Lo que puede hacer');
      expect(text).to.include('Fuentes');
      expect(text).to.include('Esta información no reemplaza los consejos de su equipo de atención médica.');
      expect(text).to.include('Última actualización: 1 de diciembre de 2026.');
      expect(part(el, 'article')!.getAttribute('lang')).to.equal('es');
      // The translation is a draft: readers are told it is unreviewed.
      expect(shadowText(el, '[part="notice"]')).to.include(
        'Ningún revisor médico ha revisado todavía esta traducción.',
      );
      await expect(el).to.be.accessible();
    });

    it('takes its language from the nearest ancestor with lang', async () => {
      const wrapper = await fixture(html`<section lang="es-MX"></section>`);
      const el = document.createElement('pain-procedure');
      el.topic = 'epidural-steroid-injection';
      el.contentBase = DATA;
      const settled = nextSettled(el);
      wrapper.append(el);
      const event = (await settled) as PainTopicLoadedEvent;
      expect(event.detail).to.include({ locale: 'es', requestedLocale: 'es-MX', fallback: false });
      expect(headings(el)[0]).to.equal('h2:Inyección epidural de esteroides');
    });

    it('switches language when its lang attribute changes', async () => {
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="epidural-steroid-injection" lang="en" content-base=${DATA}></pain-procedure>`,
      );
      expect(headings(el)[0]).to.equal('h2:Epidural steroid injection');
      const settled = nextSettled(el);
      el.setAttribute('lang', 'es');
      await settled;
      await el.updateComplete;
      expect(headings(el)[0]).to.equal('h2:Inyección epidural de esteroides');
      expect(shadowText(el)).to.include('Fuentes');
    });
  });

  describe('key points', () => {
    const keyPointItems = (el: Element) =>
      [...part(el, 'key-points')!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

    it('shows them first, right under the title: a "Key points" heading one level down and a list', async () => {
      const expected = await chunk('en', 'epidural-steroid-injection');
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="epidural-steroid-injection" lang="en" content-base=${DATA}></pain-procedure>`,
      );
      expect(headings(el).slice(0, 3)).to.deep.equal([
        `h2:${expected.title}`,
        'h3:Key points',
        `h3:${expected.sections[0].title}`,
      ]);
      const box = part(el, 'key-points')!;
      const list = box.querySelector('ul')!;
      expect(list.getAttribute('role')).to.equal(null); // a plain <ul>: the list role
      expect(list.children).to.have.length(expected.keyPoints!.length);
      expect(keyPointItems(el)).to.deep.equal(expected.keyPoints);
      expect(keyPointItems(el)).to.include(
        'Call 911 if you feel numb in your groin, your buttocks or the inside of your thighs, or you lose control of your bladder or bowels.',
      );
      // Before every section in the page's order, and visible.
      const firstSection = part(el, 'section')!;
      expect(box.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect((box as HTMLElement).offsetHeight).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('follows the heading level of the page', async () => {
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="sleep" heading-level="1" content-base=${DATA}></pain-procedure>`,
      );
      expect(headings(el)[1]).to.equal('h2:Key points');
    });

    it('shows them in Spanish under "Puntos clave"', async () => {
      const expected = await chunk('es', 'radiofrequency-ablation');
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="radiofrequency-ablation" lang="es" content-base=${DATA}></pain-procedure>`,
      );
      expect(headings(el)[1]).to.equal('h3:Puntos clave');
      expect(keyPointItems(el)).to.deep.equal(expected.keyPoints);
      expect(keyPointItems(el)).to.include(
        'Llame al 911 si siente adormecida la ingle, las nalgas o la parte interna de los muslos, o si pierde el control de la orina o de las heces.',
      );
      await expect(el).to.be.accessible();
    });

    it("gives the clinic's emergency number instead of 911", async () => {
      configure({ clinic: { emergencyNumber: '112' } });
      try {
        const { el } = await renderSettled<PainProcedure>(
          html`<pain-procedure topic="trigger-point-injection" lang="en" content-base=${DATA}></pain-procedure>`,
        );
        expect(keyPointItems(el).at(-1)).to.match(/^Call 112 if you have new chest pain/);
        expect(part(el, 'key-points')!.textContent).not.to.include('911');
      } finally {
        configure({ clinic: {} });
      }
    });

    it('are left out of a bare layout unless asked for by name', async () => {
      const bare = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="sleep" bare sections="what-it-is" content-base=${DATA}></pain-procedure>`,
      );
      expect(part(bare.el, 'key-points')).to.equal(null);
      const asked = await renderSettled<PainProcedure>(
        html`<pain-procedure
          topic="sleep"
          bare
          sections="key-points what-it-is"
          content-base=${DATA}
        ></pain-procedure>`,
      );
      expect(headings(asked.el)[0]).to.equal('h3:Key points');
    });

    it('shows no empty box for a topic without key points', async () => {
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="sample" lang="en" content-base=${FIXTURES}></pain-procedure>`,
      );
      expect(part(el, 'article')).to.not.equal(null);
      expect(part(el, 'key-points')).to.equal(null);
    });
  });

  describe('shared red flags near the spine', () => {
    const emergencyItems = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('.red-flags-emergency li')].map((li) =>
        li.textContent!.replace(/\s+/g, ' ').trim(),
      );

    it('shows the spine set first in the emergency box, in English and Spanish', async () => {
      const en = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="sacroiliac-joint-injection" lang="en" content-base=${DATA}></pain-procedure>`,
      );
      expect(emergencyItems(en.el).slice(0, 4)).to.deep.equal([
        'You have new, severe pain in your back or neck, or pain there that keeps getting worse, with or without a fever.',
        'You feel numb in your groin, your buttocks or the inside of your thighs.',
        'You have new weakness in your legs or arms after the numbing medicine has worn off, or weakness that is getting worse.',
        'You lose control of your bladder or bowels, or you cannot pee.',
      ]);
      const es = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="intrathecal-pump" lang="es" content-base=${DATA}></pain-procedure>`,
      );
      expect(emergencyItems(es.el)).to.include('Pierde el control de la orina o de las heces, o no puede orinar.');
      expect(emergencyItems(es.el)[0]).to.equal(
        'Tiene un dolor nuevo y fuerte en la espalda o el cuello, o un dolor ahí que empeora cada vez más, con o sin fiebre.',
      );
    });
  });

  describe('fallback to English', () => {
    it('shows English content with a notice when the language has no content (lang="fr")', async () => {
      const { el, event } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="radiofrequency-ablation" lang="fr" content-base=${DATA}></pain-procedure>`,
      );
      expect((event as PainTopicLoadedEvent).detail).to.include({
        locale: 'en',
        requestedLocale: 'fr',
        fallback: true,
      });
      expect(shadowText(el, '[part="notice"]')).to.equal(
        'This information is not available in French yet. It is shown in English.',
      );
      expect(part(el, 'article')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it("names the clinician, credentials and date of a clinical review, in the reader's language", async () => {
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="sample" lang="en" content-base=${FIXTURES}></pain-procedure>`,
      );
      expect(shadowText(el, 'footer')).to.include(
        'Last updated January 15, 2026. Reviewed by Jordan Example, MD, on February 1, 2026.',
      );
      const { el: es } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="sample" lang="es" content-base=${FIXTURES}></pain-procedure>`,
      );
      expect(shadowText(es, 'footer')).to.include(
        'Última actualización: 15 de enero de 2026. Revisado por Jordan Example, MD, el 1 de febrero de 2026.',
      );
    });

    it('tells a Spanish reader, in Spanish, when a topic is not translated yet', async () => {
      const { el, event } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="sample" lang="es" content-base=${FIXTURES}></pain-procedure>`,
      );
      expect((event as PainTopicLoadedEvent).detail.fallback).to.equal(true);
      expect(shadowText(el, '[part="notice"]')).to.equal(
        'Esta información todavía no está disponible en español. Se muestra en inglés.',
      );
      expect(part(el, 'notice')!.getAttribute('lang')).to.equal('es');
      expect(part(el, 'article')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });
  });

  describe('errors', () => {
    for (const lang of ['en', 'es']) {
      it(`explains an unknown topic (${lang}), fires pain-error and warns`, async () => {
        const warnings: string[] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
        try {
          const { el, event } = await renderSettled<PainProcedure>(
            html`<pain-procedure topic="nope" lang=${lang} content-base=${DATA}></pain-procedure>`,
          );
          expect(event.type).to.equal('pain-error');
          expect((event as PainErrorEvent).detail).to.include({ code: 'unknown-topic', topic: 'nope', locale: lang });
          const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
          expect(alert.textContent).to.include(
            lang === 'en' ? 'We could not find this information.' : 'No encontramos esta información.',
          );
          expect(warnings.join('\n')).to.include('[painkit] <pain-procedure>: there is no topic "nope"');
          await expect(el).to.be.accessible();
        } finally {
          console.warn = warn;
        }
      });
    }

    it('explains an unknown procedure code', async () => {
      const { el, event } = await renderSettled<PainProcedure>(
        html`<pain-procedure code="00000" content-base=${DATA}></pain-procedure>`,
      );
      expect((event as PainErrorEvent).detail.code).to.equal('unknown-code');
      expect(shadowText(el)).to.include('No topic matches this procedure code.');
    });

    it('explains a missing topic attribute', async () => {
      const { el, event } = await renderSettled<PainProcedure>(
        html`<pain-procedure content-base=${DATA}></pain-procedure>`,
      );
      expect((event as PainErrorEvent).detail.code).to.equal('no-topic');
      expect(shadowText(el)).to.include('No topic was chosen.');
    });

    it('explains, without throwing, when the topic attribute is removed', async () => {
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="epidural-steroid-injection" content-base=${DATA}></pain-procedure>`,
      );
      const settled = nextSettled(el);
      el.removeAttribute('topic');
      const event = (await settled) as PainErrorEvent;
      await el.updateComplete;
      expect(event.detail.code).to.equal('no-topic');
      expect(shadowText(el)).to.include('No topic was chosen.');
    });

    it('gives the message its own language and direction on a right-to-left page', async () => {
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="nope" lang="ar" content-base=${DATA}></pain-procedure>`,
      );
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.getAttribute('lang')).to.equal('en');
      expect(alert.getAttribute('dir')).to.equal('ltr');
      await expect(el).to.be.accessible();
    });

    it('explains a damaged content file, in both languages', async () => {
      for (const [lang, words] of [
        ['en', 'This information could not be shown.'],
        ['es', 'No se puede mostrar esta información.'],
      ]) {
        const { el, event } = await renderSettled<PainProcedure>(
          html`<pain-procedure topic="broken" lang=${lang} content-base=${FIXTURES}></pain-procedure>`,
        );
        expect((event as PainErrorEvent).detail.code).to.equal('malformed');
        expect(shadowText(el)).to.include(words);
        await expect(el).to.be.accessible();
      }
    });

    it('offers "Try again" after a network failure, reachable by keyboard', async () => {
      const { el, event } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="radiofrequency-ablation" content-base=${UNREACHABLE}></pain-procedure>`,
      );
      expect((event as PainErrorEvent).detail.code).to.equal('network');
      expect(shadowText(el)).to.include('This information could not be loaded.');
      await expect(el).to.be.accessible();
      // The clinic fixes its content base; the reader retries with the keyboard.
      const button = part(el, 'retry-button') as HTMLButtonElement;
      expect(button.textContent).to.equal('Try again');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button);
      el.contentBase = DATA;
      const settled = oneEvent(el, 'pain-topic-loaded');
      await sendKeys({ press: 'Enter' });
      await settled;
      await el.updateComplete;
      expect(headings(el)[0]).to.match(/^h2:Radiofrequency ablation/);
    });

    it('refuses content from another origin unless the page allows it', async () => {
      const { el, event } = await renderSettled<PainProcedure>(
        html`<pain-procedure src="http://127.0.0.2:9/clinic.md"></pain-procedure>`,
      );
      expect((event as PainErrorEvent).detail.code).to.equal('not-allowed');
      expect((event as PainErrorEvent).detail.message).to.include(
        'configure({ allowOrigins: ["http://127.0.0.2:9"] })',
      );
      expect(shadowText(el)).to.include('This website is not set up to show information from that address.');
      await expect(el).to.be.accessible();
    });

    it('refuses a clinic Markdown file larger than 256 KB, and a non-web address', async () => {
      // The test server makes /test/generated/big-clinic.md (300 KB) on request.
      const big = await renderSettled<PainProcedure>(
        html`<pain-procedure src="/test/generated/big-clinic.md"></pain-procedure>`,
      );
      expect((big.event as PainErrorEvent).detail.code).to.equal('malformed');
      expect((big.event as PainErrorEvent).detail.message).to.include('a clinic page may be at most 256 KB');
      const data = await renderSettled<PainProcedure>(
        html`<pain-procedure src="data:text/markdown,## Hi {#what-it-is}"></pain-procedure>`,
      );
      expect((data.event as PainErrorEvent).detail.code).to.equal('not-allowed');
    });

    it('says "Intentar de nuevo" to a Spanish reader', async () => {
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="radiofrequency-ablation" lang="es" content-base=${UNREACHABLE}></pain-procedure>`,
      );
      expect(shadowText(el)).to.include('No se pudo cargar esta información.');
      expect(part(el, 'retry-button')!.textContent).to.equal('Intentar de nuevo');
      await expect(el).to.be.accessible();
    });
  });

  describe('loading', () => {
    it('reserves space and announces loading, accessibly', async () => {
      const el = await fixture<PainProcedure>(
        html`<pain-procedure topic="radiofrequency-ablation" content-base=${DATA}></pain-procedure>`,
      );
      const loading = part(el, 'loading') as HTMLElement;
      expect(loading).to.not.equal(null);
      expect(loading.getAttribute('role')).to.equal('status');
      expect(loading.textContent).to.include('Loading patient information…');
      expect(loading.offsetHeight).to.be.greaterThan(300);
      await expect(el).to.be.accessible();
    });

    it('never shows stale content when topic and language change quickly', async () => {
      const el = await fixture<PainProcedure>(
        html`<pain-procedure topic="radiofrequency-ablation" lang="en" content-base=${DATA}></pain-procedure>`,
      );
      const loaded: string[] = [];
      el.addEventListener('pain-topic-loaded', (e) => loaded.push(`${e.detail.topic}/${e.detail.locale}`));
      el.topic = 'epidural-steroid-injection';
      await el.updateComplete;
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      el.topic = 'radiofrequency-ablation';
      const settled = oneEvent(el, 'pain-topic-loaded');
      el.setAttribute('lang', 'en');
      await settled;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(loaded).to.deep.equal(['radiofrequency-ablation/en']);
      expect(headings(el)[0]).to.match(/^h2:Radiofrequency ablation/);
    });
  });

  describe('attributes', () => {
    it('shows only the chosen sections, in order, and always the key points and the red flags', async () => {
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure
          topic="epidural-steroid-injection"
          sections="recovery, preparing"
          content-base=${DATA}
        ></pain-procedure>`,
      );
      const sections = [...el.shadowRoot!.querySelectorAll('section')].map((s) => s.getAttribute('part'));
      expect(sections).to.deep.equal([
        'key-points',
        'section section-recovery',
        'section section-preparing',
        'section section-when-to-call',
      ]);
    });

    it('fits the page outline with heading-level', async () => {
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure
          topic="epidural-steroid-injection"
          heading-level="1"
          content-base=${DATA}
        ></pain-procedure>`,
      );
      const levels = headings(el);
      expect(levels[0]).to.equal('h1:Epidural steroid injection');
      expect(levels).to.include('h2:What it is');
      // A "###" subheading inside a section sits one level below its section.
      expect(levels).to.include('h3:Who should not have it');
      await expect(el).to.be.accessible();
    });

    it("renders a clinic's own Markdown from src, sanitized", async () => {
      const { el, event } = await renderSettled<PainProcedure>(
        html`<pain-procedure src="/test/fixtures/clinic-note.md"></pain-procedure>`,
      );
      expect(event.type).to.equal('pain-topic-loaded');
      expect(headings(el)).to.include.members(["h2:Our clinic's injection day", 'h3:Before you come']);
      expect(shadowText(el)).to.include('Arrive 30 minutes early.');
      const root = el.shadowRoot!;
      expect(root.querySelector('script, img, [onerror]')).to.equal(null);
      expect(root.querySelector('a[href^="javascript"]')).to.equal(null);
      expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
      expect(root.querySelectorAll('[part~="red-flags"] li')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('renders a plain Markdown page from src, as a clinic writes it: no front matter, any headings', async () => {
      const { el, event } = await renderSettled<PainProcedure>(
        html`<pain-procedure src="/test/fixtures/plain-page.md"></pain-procedure>`,
      );
      expect(event.type).to.equal('pain-topic-loaded');
      // "# Arrival" is the title; the page's own headings sit below it.
      expect(headings(el).slice(0, 3)).to.deep.equal(['h2:Arrival', 'h3:Parking', 'h4:On foot']);
      expect(shadowText(el)).to.include('Please arrive 30 minutes early.');
      expect(shadowText(el)).to.include('Use the north entrance.');
      expect(el.shadowRoot!.querySelector('script')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe("clinic's own notes (slots)", () => {
    it('hides what the page put inside for older browsers (no slot) once it runs', async () => {
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="epidural-steroid-injection" content-base=${DATA}>
          <a href="/handouts/epidural.pdf">Read the epidural leaflet</a>
        </pain-procedure>`,
      );
      const fallback = el.querySelector('a')!;
      expect(fallback.assignedSlot).to.equal(null);
      expect(fallback.getClientRects().length, 'the fallback link is not drawn').to.equal(0);
      expect(headings(el)[0]).to.equal('h2:Epidural steroid injection');
    });

    it('shows a note inside the right section, labelled, and nothing for empty slots', async () => {
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="epidural-steroid-injection" content-base=${DATA}>
          <p slot="preparing">Our clinic asks you to arrive 30 minutes early.</p>
          <p slot="before">Questions? Ask at the front desk.</p>
        </pain-procedure>`,
      );
      const preparing = el.shadowRoot!.querySelector('[part~="section-preparing"]')!;
      const note = preparing.querySelector('[part="clinic-note"]') as HTMLElement;
      expect(note.hidden).to.equal(false);
      expect(note.querySelector('.clinic-note-label')!.textContent).to.equal('Note from your clinic');
      const slot = note.querySelector('slot')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal([
        'Our clinic asks you to arrive 30 minutes early.',
      ]);
      const visible = [...el.shadowRoot!.querySelectorAll('[part="clinic-note"]')].filter(
        (n) => !(n as HTMLElement).hidden,
      );
      expect(visible).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('labels the note in the reader’s language', async () => {
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="epidural-steroid-injection" lang="es" content-base=${DATA}>
          <p slot="after" lang="es">Traiga su lista de medicinas.</p>
        </pain-procedure>`,
      );
      const note = [...el.shadowRoot!.querySelectorAll('[part="clinic-note"]')].find(
        (n) => !(n as HTMLElement).hidden,
      )!;
      expect(note.querySelector('.clinic-note-label')!.textContent).to.equal('Nota de su clínica');
      await expect(el).to.be.accessible();
    });
  });

  describe('print', () => {
    afterEach(() => resetMedia({ media: 'screen' }));

    it('keeps red flags and hides buttons in print', async function () {
      const { el } = await renderSettled<PainProcedure>(
        html`<pain-procedure topic="radiofrequency-ablation" content-base=${UNREACHABLE}></pain-procedure>`,
      );
      await emulateMediaOrSkip(this, { media: 'print' });
      expect((part(el, 'retry-button') as HTMLElement).offsetHeight).to.equal(0);
      el.contentBase = DATA;
      await nextSettled(el);
      await el.updateComplete;
      const box = part(el, 'red-flags') as HTMLElement;
      expect(getComputedStyle(box).breakInside).to.equal('avoid');
      expect(box.offsetHeight).to.be.greaterThan(0);
    });
  });
});

describe('<pain-procedure> Print button', () => {
  it('prints the topic on its own: a hidden frame with a copy of its content and styles, no scripts', async () => {
    const { el } = await renderSettled<PainProcedure>(
      html`<pain-procedure topic="radiofrequency-ablation" lang="es" content-base=${DATA}></pain-procedure>`,
    );
    const button = part(el, 'print-button') as HTMLButtonElement;
    expect(button.textContent!.trim()).to.equal('Imprimir');
    // Hold the print dialog of the frame painkit adds, to see what it prints in
    // every engine: Chromium's headless print() returns at once, Firefox's
    // prints before it returns and the frame is gone by then.
    const body = document.body;
    const printed = new Promise<HTMLIFrameElement>((resolve) => {
      body.append = (...nodes) => {
        Element.prototype.append.apply(body, nodes);
        const added = nodes.find((node): node is HTMLIFrameElement => node instanceof HTMLIFrameElement);
        if (added) added.contentWindow!.print = () => resolve(added);
      };
    });
    button.click();
    const frame = await printed.finally(() => delete (body as Partial<HTMLElement>).append);
    expect(frame.getAttribute('aria-hidden')).to.equal('true');
    const doc = frame.contentDocument!;
    expect(doc.title).to.equal('Ablación por radiofrecuencia para el dolor de espalda y cuello');
    expect(doc.documentElement.lang).to.equal('es');
    expect(doc.querySelector('script')).to.equal(null);
    const copy = doc.querySelector('pain-procedure')!;
    expect(copy.shadowRoot!.adoptedStyleSheets.length).to.equal(1);
    const shown = copy.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    for (const section of ['Qué es', 'Recuperación', 'Cuándo buscar ayuda']) expect(shown).to.include(section);
    frame.contentWindow!.dispatchEvent(new Event('afterprint'));
    expect(frame.isConnected, 'the frame is removed after printing').to.equal(false);
    await expect(el).to.be.accessible();
  });
});

describe('configure({ contentBase })', () => {
  afterEach(() => configure({ contentBase: '' }));

  it('accepts a path relative to the page as the default content base', async () => {
    configure({ contentBase: DATA });
    const { el, event } = await renderSettled<PainProcedure>(html`<pain-procedure topic="sleep"></pain-procedure>`);
    expect(event.type).to.equal('pain-topic-loaded');
    expect(headings(el)[0]).to.equal('h2:Sleep and chronic pain');
  });
});

describe('many <pain-procedure> elements on one page', () => {
  it('each shows the whole topic: sections shared as one template are cloned into every element', async () => {
    const expected = await chunk('en', 'radiofrequency-ablation');
    const { done, elements } = await manyProcedures(12);
    await done;
    const words = (el: PainProcedure) => el.shadowRoot!.querySelectorAll('[part~="term"]').length;
    expect(words(elements[0])).to.be.greaterThan(0);
    for (const el of elements) {
      expect(headings(el)[0]).to.equal(`h2:${expected.title}`);
      expect(el.shadowRoot!.querySelectorAll('[part~="section"]').length).to.equal(expected.sections.length);
      expect(words(el)).to.equal(words(elements[0]));
    }
  });
});
