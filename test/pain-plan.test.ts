import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/pain-plan.js';
import type { PainPlan } from '../src/pain-plan.js';
import type { PainErrorEvent, PainPlanLoadedEvent } from '../src/events.js';
import type { ContentManifest, LocaleIndex, PlanChunk } from '../src/content/types.js';
import {
  DATA,
  FIXTURES,
  SPACE,
  UNREACHABLE,
  countingDateFormats,
  emulateMediaOrSkip,
  headings,
  resetMedia,
  shadowText,
} from './helpers.js';

const json = async <T>(path: string): Promise<T> => (await fetch(path)).json();
const manifest = await json<ContentManifest>(`${DATA}manifest.json`);
const indexes = Object.fromEntries(
  await Promise.all(
    ['en', 'es'].map(async (locale) => [locale, await json<LocaleIndex>(`${DATA}${locale}/index.json`)] as const),
  ),
);
/** A topic's title in a locale's index. */
const titleOf = (locale: string, slug: string) => indexes[locale].topics.find((t) => t.slug === slug)!.title;

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const steps = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="steps"] > li')] as HTMLLIElement[];
/** A step's name, without its "Step N:" label. */
const stepName = (li: Element) => li.querySelector('.step-name')!.textContent!.trim();
const openButton = (li: Element) => li.querySelector('[part="open-button"]') as HTMLButtonElement;
/**
 * What has focus inside the plan, as a short name (`#step-1-open`, `pain-procedure`, `close-button`), so a
 * failed check prints a readable message instead of a whole element.
 */
function focused(el: PainPlan): string {
  const active = el.shadowRoot!.activeElement;
  if (!active) return 'nothing';
  return active.id ? `#${active.id}` : (active.getAttribute('part') ?? active.localName);
}

/** Renders a template holding one <pain-plan> and waits for its first `pain-plan-loaded` or `pain-error`. */
async function renderPlan(template: TemplateResult): Promise<{ el: PainPlan; event: CustomEvent }> {
  let settle!: (event: CustomEvent) => void;
  const settled = new Promise<CustomEvent>((resolve) => (settle = resolve));
  const wrapper = await fixture<HTMLDivElement>(
    html`<div @pain-plan-loaded=${settle} @pain-error=${settle}>${template}</div>`,
  );
  const el = wrapper.querySelector('pain-plan')!;
  const event = await settled;
  await el.updateComplete;
  return { el, event };
}

/** Runs `body` with console warnings collected instead of printed. */
async function collectWarnings(body: (warnings: string[]) => Promise<void>): Promise<void> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await body(warnings);
  } finally {
    console.warn = warn;
  }
}

/** Opens a step's topic with the keyboard and waits until the topic has loaded. */
async function openWithKeyboard(el: PainPlan, li: HTMLLIElement, key: 'Enter' | typeof SPACE = 'Enter') {
  const button = openButton(li);
  button.focus();
  const loaded = oneEvent(el, 'pain-topic-loaded');
  await sendKeys({ press: key });
  await loaded;
  await el.updateComplete;
  const procedure = li.querySelector('pain-procedure')!;
  await procedure.updateComplete;
  return procedure;
}

describe('<pain-plan>', () => {
  describe('plan templates (condition)', () => {
    // First in the file: a date format made by an earlier test would be reused, not counted.
    it('shows the date the template was updated as the build wrote it, without making a date format', async () => {
      const chunk = await json<PlanChunk>(`${DATA}en/plans/facet-arthritis.json`);
      const { result, made } = await countingDateFormats(() =>
        renderPlan(html`<pain-plan condition="facet-arthritis" content-base=${DATA}></pain-plan>`),
      );
      expect(shadowText(result.el, 'footer')).to.include(`Last updated ${chunk.longDates![chunk.updated]}.`);
      expect(made, 'Intl.DateTimeFormat made while the plan rendered').to.equal(0);
    });

    it('has the plan templates to test in English and Spanish', () => {
      for (const code of ['en', 'es']) {
        expect(manifest.locales.find((l) => l.code === code)!.plans.length).to.be.greaterThan(0);
      }
    });

    it('has a plan template for every condition page, in English and Spanish', () => {
      for (const code of ['en', 'es']) {
        const conditions = indexes[code].topics.filter((t) => t.kind === 'condition').map((t) => t.slug);
        expect(conditions.length, code).to.be.greaterThan(0);
        const plans = manifest.locales.find((l) => l.code === code)!.plans;
        expect(
          conditions.filter((slug) => !plans.includes(slug)),
          `${code}: conditions without a plan`,
        ).to.deep.equal([]);
      }
    });

    // Every template of the real content, not a sample: the list comes from the compiled manifest.
    for (const locale of manifest.locales.filter((l) => ['en', 'es'].includes(l.code))) {
      for (const condition of locale.plans) {
        it(`renders ${locale.code}/${condition}: title, steps in order, timing, team, why, sections, sources`, async () => {
          const chunk = await json<PlanChunk>(`${DATA}${locale.code}/plans/${condition}.json`);
          const { el, event } = await renderPlan(
            html`<pain-plan condition=${condition} lang=${locale.code} content-base=${DATA}></pain-plan>`,
          );
          expect((event as PainPlanLoadedEvent).detail).to.deep.equal({
            condition,
            steps: chunk.steps.length,
            locale: locale.code,
            requestedLocale: locale.code,
            fallback: false,
          });
          const shown = headings(el);
          expect(shown[0]).to.equal(`h2:${chunk.title}`);
          const items = steps(el);
          expect(items.map(stepName)).to.deep.equal(chunk.steps.map((s) => titleOf(locale.code, s.topic)));
          chunk.steps.forEach((step, i) => {
            const text = items[i].textContent!.replace(/\s+/g, ' ');
            expect(text).to.include(step.timing);
            expect(text).to.include(step.why.replace(/\s+/g, ' '));
            const team = [...items[i].querySelectorAll('.team li')].map((li) => li.textContent!.trim());
            expect(team).to.deep.equal(step.team);
          });
          for (const section of chunk.sections) expect(shown).to.include(`h3:${section.title}`);
          const careTeam = [...part(el, 'care-team')!.querySelectorAll('li')].map((li) => li.textContent!.trim());
          expect(careTeam).to.include.members(chunk.steps.flatMap((s) => s.team));
          const sourceLinks = [...el.shadowRoot!.querySelectorAll('footer a')].map((a) => a.getAttribute('href'));
          expect(sourceLinks).to.deep.equal(chunk.sources.map((s) => s.url));
          expect(part(el, 'article')!.getAttribute('lang')).to.equal(locale.code);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('tells a Spanish reader the plan is an unreviewed translation', async () => {
      const chunk = await json<PlanChunk>(`${DATA}es/plans/spinal-stenosis.json`);
      const { el } = await renderPlan(
        html`<pain-plan condition="spinal-stenosis" lang="es" content-base=${DATA}></pain-plan>`,
      );
      expect(chunk.translation.status).to.be.oneOf(['draft', 'machine']);
      expect(shadowText(el, '[part="notice"]')).to.include(
        'Ningún revisor médico ha revisado todavía esta traducción.',
      );
      expect(shadowText(el, 'footer')).to.include('Esta información no reemplaza los consejos');
    });

    it('shows a template in English, with a notice, when the language has no plan', async () => {
      const { el, event } = await renderPlan(
        html`<pain-plan condition="sample" lang="es" content-base=${FIXTURES}></pain-plan>`,
      );
      expect((event as PainPlanLoadedEvent).detail).to.include({ locale: 'en', requestedLocale: 'es', fallback: true });
      expect(shadowText(el, '[part="notice"]')).to.equal(
        'Esta información todavía no está disponible en español. Se muestra en inglés.',
      );
      expect(part(el, 'article')!.getAttribute('lang')).to.equal('en');
      expect(headings(el)[0]).to.equal('h2:Sample plan');
      await expect(el).to.be.accessible();
    });

    // Every condition of the shipped content has a template, so this uses the fixtures, which have none for sciatica.
    it('explains a condition without a plan template (en and es), fires pain-error and warns', async () => {
      for (const [lang, words] of [
        ['en', 'We could not find this care plan.'],
        ['es', 'No encontramos esta información.'],
      ]) {
        await collectWarnings(async (warnings) => {
          const { el, event } = await renderPlan(
            html`<pain-plan condition="sciatica" lang=${lang} content-base=${FIXTURES}></pain-plan>`,
          );
          expect(event.type).to.equal('pain-error');
          expect((event as PainErrorEvent).detail).to.include({
            code: 'unknown-topic',
            topic: 'sciatica',
            locale: lang,
          });
          const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
          expect(alert.getAttribute('part')).to.equal('error');
          // Spanish interface text for plan messages comes with the lead's XLIFF update; until then it is English.
          if (lang === 'en') expect(alert.textContent).to.include(words);
          expect(warnings.join('\n')).to.include(
            '[painkit] <pain-plan>: there is no plan template for the condition "sciatica"',
          );
          await expect(el).to.be.accessible();
        });
      }
    });

    it('explains a damaged plan template', async () => {
      const { el, event } = await renderPlan(html`<pain-plan condition="broken" content-base=${FIXTURES}></pain-plan>`);
      expect((event as PainErrorEvent).detail.code).to.equal('malformed');
      expect(shadowText(el)).to.include('This information could not be shown.');
      await expect(el).to.be.accessible();
    });
  });

  describe('a list of topics', () => {
    const topics = 'medial-branch-block,radiofrequency-ablation,physical-therapy,pain-psychology';

    it('shows each topic as a step, in order, with its title and summary', async () => {
      const { el, event } = await renderPlan(html`<pain-plan topics=${topics} content-base=${DATA}></pain-plan>`);
      expect((event as PainPlanLoadedEvent).detail).to.deep.equal({
        condition: undefined,
        steps: 4,
        locale: 'en',
        requestedLocale: 'en',
        fallback: false,
      });
      expect(headings(el)[0]).to.equal('h2:Your care plan');
      const slugs = topics.split(',');
      const items = steps(el);
      expect(items.map(stepName)).to.deep.equal(slugs.map((slug) => titleOf('en', slug)));
      expect(items[0].querySelector('h3')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Step 1: Medial branch block',
      );
      const summary = indexes.en.topics.find((t) => t.slug === 'physical-therapy')!.summary;
      expect(items[2].querySelector('.step-summary')!.textContent!.trim()).to.equal(summary);
      expect(part(el, 'care-team')).to.equal(null);
      expect(shadowText(el, 'footer')).to.include('This information does not replace advice from your care team.');
      expect(el.shadowRoot!.querySelectorAll('footer a')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('accepts topics separated by spaces, and shows Spanish titles to a Spanish reader', async () => {
      const { el } = await renderPlan(
        html`<pain-plan topics="physical-therapy  medial-branch-block" lang="es" content-base=${DATA}></pain-plan>`,
      );
      expect(steps(el).map(stepName)).to.deep.equal([
        titleOf('es', 'physical-therapy'),
        titleOf('es', 'medial-branch-block'),
      ]);
      expect(part(el, 'article')!.getAttribute('lang')).to.equal('es');
      expect(shadowText(el, '[part="notice"]')).to.include('Ningún revisor médico');
      await expect(el).to.be.accessible();
    });
  });

  describe("a page's own plan (JSON)", () => {
    const portalPlan = {
      title: 'Plan for your low back',
      steps: [
        { topic: 'physical-therapy', timing: 'Weeks 1 to 6', team: ['Physical therapist'] },
        {
          topic: 'medial-branch-block',
          timing: 'March 3',
          team: ['Dr. Rivera', 'Nurse'],
          note: 'Stop eating 6 hours before.',
        },
      ],
    };

    it('shows a plan set as the plan property: title, timing, team, the clinic note labeled', async () => {
      const el = document.createElement('pain-plan');
      el.contentBase = DATA;
      el.plan = portalPlan;
      const { event } = await renderPlan(html`${el}`);
      expect((event as PainPlanLoadedEvent).detail).to.include({ steps: 2, locale: 'en' });
      expect(headings(el)[0]).to.equal('h2:Plan for your low back');
      const items = steps(el);
      expect(items.map(stepName)).to.deep.equal([
        titleOf('en', 'physical-therapy'),
        titleOf('en', 'medial-branch-block'),
      ]);
      expect(items[1].textContent).to.include('March 3');
      const note = items[1].querySelector('[part="step-note"]')!;
      expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Note from your clinic Stop eating 6 hours before.',
      );
      expect(items[0].querySelector('[part="step-note"]')).to.equal(null);
      expect([...part(el, 'care-team')!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
        'Physical therapist',
        'Dr. Rivera',
        'Nurse',
      ]);
      await expect(el).to.be.accessible();
    });

    it('shows a plan from a child <script type="application/json">, and follows changes to it', async () => {
      const { el } = await renderPlan(
        html`<pain-plan content-base=${DATA}>
          <script type="application/json">
            { "steps": [{ "topic": "exercise", "timing": "Every day" }, { "topic": "sleep" }] }
          </script>
        </pain-plan>`,
      );
      expect(headings(el)[0]).to.equal('h2:Your care plan');
      expect(steps(el).map(stepName)).to.deep.equal([titleOf('en', 'exercise'), titleOf('en', 'sleep')]);
      expect(steps(el)[0].textContent).to.include('Every day');
      const reloaded = oneEvent(el, 'pain-plan-loaded');
      el.querySelector('script')!.textContent = JSON.stringify([{ topic: 'stress-management' }]);
      expect((await reloaded).detail.steps).to.equal(1);
      await el.updateComplete;
      expect(steps(el).map(stepName)).to.deep.equal([titleOf('en', 'stress-management')]);
    });

    it('prefers the plan property to the script, topics and condition', async () => {
      const el = document.createElement('pain-plan');
      el.contentBase = DATA;
      el.condition = 'spinal-stenosis';
      el.topics = 'exercise';
      el.plan = [{ topic: 'sleep' }];
      await renderPlan(html`${el}`);
      expect(steps(el).map(stepName)).to.deep.equal([titleOf('en', 'sleep')]);
    });

    for (const lang of ['en', 'es']) {
      it(`explains invalid JSON (${lang}), fires pain-error and warns naming the problem`, async () => {
        await collectWarnings(async (warnings) => {
          // Built with the DOM: Prettier would "repair" broken JSON written inside a template.
          const el = document.createElement('pain-plan');
          el.lang = lang;
          el.contentBase = DATA;
          const script = Object.assign(document.createElement('script'), { type: 'application/json' });
          script.textContent = '{ "steps": [{ "topic": "exercise" },] }';
          el.append(script);
          const { event } = await renderPlan(html`${el}`);
          expect(event.type).to.equal('pain-error');
          expect((event as PainErrorEvent).detail).to.include({ code: 'malformed', locale: lang });
          expect((event as PainErrorEvent).detail.message).to.match(
            /^the plan in <script type="application\/json"> is not valid JSON \(.+\)$/,
          );
          expect(warnings.join('\n')).to.include(
            '[painkit] <pain-plan>: the plan in <script type="application/json"> is not valid JSON',
          );
          const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
          if (lang === 'en') expect(alert.textContent).to.include('This care plan could not be shown.');
          expect(alert.getAttribute('lang')).to.equal(lang);
          await expect(el).to.be.accessible();
        });
      });
    }

    it('names the step that is not shaped like a step', async () => {
      await collectWarnings(async (warnings) => {
        const el = document.createElement('pain-plan');
        el.contentBase = DATA;
        el.plan = { steps: [{ topic: 'exercise' }, { timing: 'Later' }] } as unknown as PainPlan['plan'];
        const { event } = await renderPlan(html`${el}`);
        expect((event as PainErrorEvent).detail.message).to.equal(
          'the "plan" property: step 2 has no "topic" (a topic slug such as "physical-therapy")',
        );
        expect(warnings).to.have.length(1);
        expect(shadowText(el)).to.include('The plan on this page has a mistake.');
      });
    });

    it('shows a clear message in place of a step whose topic does not exist, and the rest of the plan', async () => {
      await collectWarnings(async (warnings) => {
        const errors: PainErrorEvent[] = [];
        const el = document.createElement('pain-plan');
        el.addEventListener('pain-error', (e) => errors.push(e));
        el.contentBase = DATA;
        el.plan = [
          { topic: 'physical-therapy' },
          { topic: 'nerve-zapping', timing: 'Week 8', note: 'We will call you.' },
          { topic: 'exercise' },
        ];
        const { event } = await renderPlan(html`${el}`);
        expect(event.type).to.equal('pain-plan-loaded');
        expect((event as PainPlanLoadedEvent).detail.steps).to.equal(3);
        const items = steps(el);
        expect(items).to.have.length(3);
        expect(items[0].getAttribute('part')).to.equal('step');
        expect(items[1].getAttribute('part')).to.equal('step step-missing');
        expect(stepName(items[1])).to.equal('Information not found');
        expect(items[1].textContent).to.include(
          'We could not find information for this step. Ask your care team about it.',
        );
        // What the clinic wrote for the step still shows; there is nothing to open.
        expect(items[1].textContent).to.include('Week 8').and.to.include('We will call you.');
        expect(openButton(items[1])).to.equal(null);
        expect(stepName(items[2])).to.equal(titleOf('en', 'exercise'));
        expect(errors.map((e) => e.detail)).to.deep.equal([
          {
            code: 'unknown-topic',
            topic: 'nerve-zapping',
            locale: 'en',
            message: 'step 2: there is no topic "nerve-zapping"; the step shows a message instead',
          },
        ]);
        expect(warnings.join('\n')).to.include('[painkit] <pain-plan>: step 2: there is no topic "nerve-zapping"');
        await expect(el).to.be.accessible();
      });
    });

    it('shows the same message for a template step whose topic does not exist', async () => {
      await collectWarnings(async () => {
        const { el } = await renderPlan(html`<pain-plan condition="sample" content-base=${FIXTURES}></pain-plan>`);
        const items = steps(el);
        expect(stepName(items[0])).to.equal('Sample topic');
        expect(items[1].getAttribute('part')).to.equal('step step-missing');
        await expect(el).to.be.accessible();
      });
    });
  });

  describe('opening a topic in place', () => {
    it('opens the full topic below the step and closes it, with the keyboard, returning focus', async () => {
      const { el } = await renderPlan(
        html`<pain-plan topics="physical-therapy, medial-branch-block" content-base=${DATA}></pain-plan>`,
      );
      const [first, second] = steps(el);
      const button = openButton(second);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const region = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(region.hidden).to.equal(true);
      expect(first.querySelector('pain-procedure')).to.equal(null);

      // Tab reaches the Print button, then the first step's button, then the second's.
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('print-button');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(`#${openButton(first).id}`);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(`#${button.id}`);

      const opened = oneEvent(el, 'pain-topic-open');
      const procedure = await openWithKeyboard(el, second);
      expect((await opened).detail).to.deep.equal({ topic: 'medial-branch-block', locale: 'en' });
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(region.hidden).to.equal(false);
      expect(region.contains(procedure), 'the topic opens below its step').to.equal(true);
      expect(procedure.getAttribute('heading-level')).to.equal('4');
      expect(headings(procedure)[0]).to.equal(`h4:${titleOf('en', 'medial-branch-block')}`);
      expect(focused(el)).to.equal(`#${button.id}`);
      await expect(el).to.be.accessible();

      // Tab goes on into the topic; its last stop in the plan is "Close this topic".
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('pain-procedure');
      const close = region.querySelector('[part="close-button"]') as HTMLButtonElement;
      expect(close.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `Close this topic: ${titleOf('en', 'medial-branch-block')}`,
      );
      // (The topic's own tab stops — glossary words, links — come first.)
      for (let i = 0; i < 200 && focused(el) !== 'close-button'; i++) await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('close-button');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(region.hidden).to.equal(true);
      expect(region.querySelector('pain-procedure')).to.equal(null);
      expect(focused(el)).to.equal(`#${button.id}`);

      // Space opens and closes it too; focus stays on the button.
      await openWithKeyboard(el, second, SPACE);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: SPACE });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(focused(el)).to.equal(`#${button.id}`);
    });

    it('names each button after its step for screen readers', async () => {
      const { el } = await renderPlan(html`<pain-plan topics="exercise" content-base=${DATA}></pain-plan>`);
      expect(openButton(steps(el)[0]).textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `Read about this: ${titleOf('en', 'exercise')}`,
      );
    });

    it('keeps an open topic open, in the new language, when the language changes', async () => {
      const { el } = await renderPlan(
        html`<pain-plan condition="spinal-stenosis" lang="en" content-base=${DATA}></pain-plan>`,
      );
      await openWithKeyboard(el, steps(el)[0]);
      const reloaded = oneEvent(el, 'pain-plan-loaded');
      el.setAttribute('lang', 'es');
      await reloaded;
      await el.updateComplete;
      const procedure = steps(el)[0].querySelector('pain-procedure')!;
      expect(procedure.getAttribute('lang')).to.equal('es');
      await oneEvent(procedure, 'pain-topic-loaded');
      await procedure.updateComplete;
      expect(headings(procedure)[0]).to.equal(`h4:${titleOf('es', 'physical-therapy')}`);
      await expect(el).to.be.accessible();
    });
  });

  describe('states', () => {
    it('announces loading and reserves space, accessibly', async () => {
      const el = await fixture<PainPlan>(
        html`<pain-plan condition="spinal-stenosis" content-base=${DATA}></pain-plan>`,
      );
      const loading = part(el, 'loading') as HTMLElement;
      expect(loading.getAttribute('role')).to.equal('status');
      expect(loading.offsetHeight).to.be.greaterThan(300);
      await expect(el).to.be.accessible();
    });

    it('explains that no plan was given', async () => {
      const { el, event } = await renderPlan(html`<pain-plan content-base=${DATA}></pain-plan>`);
      expect((event as PainErrorEvent).detail.code).to.equal('no-topic');
      expect(shadowText(el)).to.include('No care plan was chosen.');
      await expect(el).to.be.accessible();
    });

    it('offers "Try again" after a network failure', async () => {
      const { el, event } = await renderPlan(
        html`<pain-plan condition="spinal-stenosis" content-base=${UNREACHABLE}></pain-plan>`,
      );
      expect((event as PainErrorEvent).detail.code).to.equal('network');
      expect(part(el, 'retry-button')!.textContent).to.equal('Try again');
      el.contentBase = DATA;
      const loaded = oneEvent(el, 'pain-plan-loaded');
      (part(el, 'retry-button') as HTMLButtonElement).click();
      await loaded;
    });

    it('never shows a stale plan when the plan and language change quickly', async () => {
      const el = await fixture<PainPlan>(
        html`<pain-plan condition="spinal-stenosis" lang="en" content-base=${DATA}></pain-plan>`,
      );
      const loaded: string[] = [];
      el.addEventListener('pain-plan-loaded', (e) => loaded.push(`${e.detail.condition}/${e.detail.locale}`));
      el.condition = 'herniated-disc';
      await el.updateComplete;
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      el.condition = 'knee-osteoarthritis';
      const settled = oneEvent(el, 'pain-plan-loaded');
      el.setAttribute('lang', 'en');
      await settled;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(loaded).to.deep.equal(['knee-osteoarthritis/en']);
      const chunk = await json<PlanChunk>(`${DATA}en/plans/knee-osteoarthritis.json`);
      expect(headings(el)[0]).to.equal(`h2:${chunk.title}`);
    });

    it('fits the page outline with heading-level', async () => {
      const { el } = await renderPlan(
        html`<pain-plan condition="facet-arthritis" heading-level="3" content-base=${DATA}></pain-plan>`,
      );
      const levels = headings(el).map((h) => h.slice(0, 2));
      expect(levels[0]).to.equal('h3');
      expect(levels.slice(1).every((level) => level === 'h4' || level === 'h5')).to.equal(true);
      expect(steps(el)[0].querySelector('h4')).to.not.equal(null);
    });

    it('is accessible on a right-to-left page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"></div>`);
      const el = document.createElement('pain-plan');
      el.condition = 'spinal-stenosis';
      el.contentBase = DATA;
      const loaded = oneEvent(el, 'pain-plan-loaded');
      wrapper.append(el);
      expect((await loaded).detail).to.include({ locale: 'en', requestedLocale: 'ar', fallback: true });
      await el.updateComplete;
      await openWithKeyboard(el, steps(el)[0]);
      await expect(wrapper).to.be.accessible();
    });
  });

  describe('theme and text size', () => {
    it('turns dark with theme="dark", plan and opened topic, keeping contrast (axe)', async () => {
      const { el } = await renderPlan(
        html`<pain-plan condition="knee-osteoarthritis" theme="dark" content-base=${DATA}></pain-plan>`,
      );
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 27, 32)');
      const procedure = await openWithKeyboard(el, steps(el)[0]);
      expect(getComputedStyle(procedure).color).to.equal('rgb(228, 231, 235)');
      await expect(el).to.be.accessible();
    });

    it('grows the text with text-size="large"', async () => {
      const { el } = await renderPlan(
        html`<pain-plan topics="exercise" text-size="large" content-base=${DATA}></pain-plan>`,
      );
      expect(getComputedStyle(el).fontSize).to.equal('20px');
    });
  });

  describe('print', () => {
    afterEach(() => resetMedia({ media: 'screen' }));

    it('prints every step and the open topics, without buttons', async function () {
      const { el } = await renderPlan(html`<pain-plan condition="spinal-stenosis" content-base=${DATA}></pain-plan>`);
      const procedure = await openWithKeyboard(el, steps(el)[1]);
      await emulateMediaOrSkip(this, { media: 'print' });
      for (const li of steps(el)) expect(li.offsetHeight).to.be.greaterThan(0);
      for (const button of el.shadowRoot!.querySelectorAll('button')) expect(button.offsetHeight).to.equal(0);
      expect((procedure as HTMLElement).offsetHeight).to.be.greaterThan(300);
    });
  });
});
