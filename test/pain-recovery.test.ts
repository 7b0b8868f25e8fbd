import { expect, html } from '@open-wc/testing';
import '../src/pain-recovery.js';
import type { PainRecovery } from '../src/pain-recovery.js';
import type { TopicChunk } from '../src/content/types.js';
import { milestoneDates } from '../src/elements/recovery/milestone-dates.js';
import { localizer } from '../src/i18n/localizer.js';
import { DATA, FIXTURES, countingDateFormats, headings, renderSettled, shadowText } from './helpers.js';

const chunk = async (locale: string, slug: string): Promise<TopicChunk> =>
  (await fetch(`${DATA}${locale}/${slug}.json`)).json();

const milestones = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="timeline"] > li')] as HTMLElement[];

/** `YYYY-MM-DD` of the reader's local date, shifted by `days`. */
function localDay(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const dateRanges = (el: Element) => milestones(el).map((li) => li.querySelector('.date-range')!.textContent!.trim());

/** The epidural steroid injection's timeline from `startDate`, in `lang`, and how many `Intl.DateTimeFormat`s it made. */
const datedTimeline = (startDate: string, lang = 'en') =>
  countingDateFormats(() =>
    renderSettled<PainRecovery>(
      html`<pain-recovery
        topic="epidural-steroid-injection"
        lang=${lang}
        start-date=${startDate}
        content-base=${DATA}
      ></pain-recovery>`,
    ),
  );

describe('<pain-recovery>', () => {
  it('shows the recovery timeline as an ordered list of milestones, with red flags', async () => {
    const expected = await chunk('en', 'epidural-steroid-injection');
    const { el } = await renderSettled<PainRecovery>(
      html`<pain-recovery topic="epidural-steroid-injection" content-base=${DATA}></pain-recovery>`,
    );
    expect(headings(el)[0]).to.equal('h2:Recovery: Epidural steroid injection');
    const items = milestones(el);
    expect(items.map((li) => li.querySelector('h3')!.textContent!.trim())).to.deep.equal(
      expected.recovery.map((m) => m.when),
    );
    expect(items[0].textContent).to.include('What to expect');
    expect(items[0].textContent).to.include('What you can do');
    expect(el.shadowRoot!.querySelectorAll('[part~="red-flags"]')).to.have.length(2);
    expect(shadowText(el)).to.include('Call 911 or go to the emergency room if');
    expect(el.shadowRoot!.querySelector('.milestone-dates')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('never gives a heading a level above 6, also deep in a page (heading-level 6)', async () => {
    const { el } = await renderSettled<PainRecovery>(
      html`<pain-recovery topic="radiofrequency-ablation" heading-level="6" content-base=${DATA}></pain-recovery>`,
    );
    const levels = headings(el).map((h) => Number(/^h(\d+):/.exec(h)![1]));
    expect(levels.length).to.be.greaterThan(5);
    expect(Math.max(...levels)).to.equal(6);
  });

  it('shows real dates across a month boundary (English), without making a date format', async () => {
    const { result, made } = await datedTimeline('2026-01-30');
    expect(dateRanges(result.el)).to.deep.equal([
      'Friday, January 30',
      'Saturday, January 31 – Monday, February 2',
      'Tuesday, February 3 – Friday, February 13',
      'From Saturday, February 14',
    ]);
    expect(made, 'Intl.DateTimeFormat made while the timeline rendered').to.equal(0);
    await expect(result.el).to.be.accessible();
  });

  it('formats the dates in Spanish for a Spanish reader', async () => {
    const {
      result: { el },
    } = await datedTimeline('2026-01-30', 'es');
    expect(headings(el)[0]).to.equal('h2:Recuperación: Inyección epidural de esteroides');
    expect(dateRanges(el)).to.deep.equal([
      'viernes, 30 de enero',
      'sábado, 31 de enero – lunes, 2 de febrero',
      'martes, 3 de febrero – viernes, 13 de febrero',
      'A partir del sábado, 14 de febrero',
    ]);
    expect(shadowText(el)).to.include('Qué esperar');
    await expect(el).to.be.accessible();
  });

  it('gives both years when a milestone runs into the new year, without making a date format', async () => {
    const { result, made } = await datedTimeline('2026-12-30', 'es');
    expect(dateRanges(result.el).slice(0, 3)).to.deep.equal([
      'miércoles, 30 de diciembre',
      'jueves, 31 de diciembre de 2026 – sábado, 2 de enero de 2027',
      'domingo, 3 de enero – miércoles, 13 de enero',
    ]);
    expect(made, 'Intl.DateTimeFormat made while the timeline rendered').to.equal(0);
  });

  it('formats the dates with Intl in a locale painkit has no date words for', () => {
    const dates = milestoneDates(Date.UTC(2026, 0, 30), Date.UTC(2026, 1, 5), localizer('de'));
    const format = new Intl.DateTimeFormat('de', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });
    const [from, to] = [new Date(Date.UTC(2026, 1, 3)), new Date(Date.UTC(2026, 1, 13))];
    const milestone = {
      id: 'week-1',
      when: 'Woche 1–2',
      fromDay: 4,
      toDay: 14,
      expect: [],
      do: [],
      avoid: [],
      call: [],
    };
    expect(dates.label(milestone)).to.equal(format.formatRange(from, to));
    expect(dates.current(milestone)).to.equal(true);
    expect(dates.current({ ...milestone, fromDay: 0, toDay: 0 })).to.equal(false);
  });

  it('highlights the milestone that includes today', async () => {
    const { el } = await renderSettled<PainRecovery>(
      html`<pain-recovery
        topic="epidural-steroid-injection"
        start-date=${localDay(-2)}
        content-base=${DATA}
      ></pain-recovery>`,
    );
    const current = milestones(el).filter((li) => li.getAttribute('aria-current') === 'date');
    expect(current).to.have.length(1);
    expect(current[0].querySelector('h3')!.textContent).to.equal('The next 1 to 3 days');
    expect(current[0].querySelector('.today')!.textContent).to.equal('Today');
    await expect(el).to.be.accessible();
  });

  it('warns about a start date that is not a date and shows the timeline without dates', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { el } = await renderSettled<PainRecovery>(
        html`<pain-recovery
          topic="epidural-steroid-injection"
          start-date="30/01/2026"
          content-base=${DATA}
        ></pain-recovery>`,
      );
      expect(milestones(el).length).to.be.greaterThan(2);
      expect(el.shadowRoot!.querySelector('.milestone-dates')).to.equal(null);
      expect(warnings.join('\n')).to.include('start-date "30/01/2026" is not a date written YYYY-MM-DD');
    } finally {
      console.warn = warn;
    }
  });

  it('says so when a topic has no recovery timeline, and still shows its red flags', async () => {
    const { el } = await renderSettled<PainRecovery>(
      html`<pain-recovery topic="sample" content-base=${FIXTURES}></pain-recovery>`,
    );
    expect(shadowText(el)).to.include('This topic has no recovery timeline.');
    expect(el.shadowRoot!.querySelectorAll('[part~="red-flags"]')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('shows the same clear message as <pain-procedure> for an unknown topic', async () => {
    const { el, event } = await renderSettled<PainRecovery>(
      html`<pain-recovery topic="nope" lang="es" content-base=${DATA}></pain-recovery>`,
    );
    expect(event.type).to.equal('pain-error');
    expect(shadowText(el)).to.include('No encontramos esta información.');
    await expect(el).to.be.accessible();
  });
});
