import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/pain-diary.js';
import type { PainDiary } from '../src/pain-diary.js';
import type { PainDiaryChangeEvent } from '../src/events.js';
import { DATA, emulateMediaOrSkip, renderSettled, resetMedia, shadowText, silenceWarnings } from './helpers.js';

const START = '2026-12-03T09:30';
const KEY = `painkit-diary:medial-branch-block:${START}`;
/** Minutes after the start of every rating in the first 8 hours, the rating before included. */
const EIGHT_HOURS = [0, 15, 30, 45, 60, 120, 180, 240, 300, 360, 420, 480];

/** A clock the test moves: the diary reads it through its `now` property. */
let clock = new Date(2026, 11, 3, 9, 0);
const at = (minutes: number) => new Date(2026, 11, 3, 9, 30 + minutes);

const q = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector) as E;
const qa = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)] as E[];
/** Text with every kind of space as one plain space (Intl puts a narrow no-break space before AM). */
const plain = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const status = (el: Element) => plain(q(el, '[part="status"]').textContent);
const rows = (el: Element) =>
  qa<HTMLTableRowElement>(el, '[part="table"] tbody tr').map((tr) => [...tr.cells].map((c) => plain(c.textContent)));

async function diary(attrs: { lang?: string; start?: string } = {}): Promise<PainDiary> {
  const { el } = await renderSettled<PainDiary>(
    html`<pain-diary
      topic="medial-branch-block"
      start=${attrs.start ?? START}
      lang=${attrs.lang ?? 'en'}
      content-base=${DATA}
      .now=${() => clock}
    ></pain-diary>`,
  );
  return el;
}

/** Chooses a rating, fills in the rest and saves, as a patient would; returns the change event. */
async function rate(el: PainDiary, rating: number, extra: { relief?: number; activity?: string; note?: string } = {}) {
  q<HTMLInputElement>(el, `input[name="rating"][value="${rating}"]`).click();
  await el.updateComplete;
  const form = q<HTMLFormElement>(el, 'form');
  if (extra.relief !== undefined) (form.elements.namedItem('relief') as HTMLInputElement).value = String(extra.relief);
  if (extra.activity) (form.elements.namedItem('activity') as HTMLInputElement).value = extra.activity;
  if (extra.note) (form.elements.namedItem('note') as HTMLTextAreaElement).value = extra.note;
  const changed = oneEvent(el, 'pain-diary-change') as Promise<PainDiaryChangeEvent>;
  q<HTMLButtonElement>(el, 'button.save').click();
  const event = await changed;
  await el.updateComplete;
  return event;
}

async function reload(el: PainDiary): Promise<PainDiary> {
  el.parentElement!.remove();
  return diary();
}

describe('<pain-diary>', () => {
  beforeEach(() => {
    localStorage.removeItem(KEY);
    clock = new Date(2026, 11, 3, 9, 0);
  });

  it('shows the schedule as real times, the rating before due first, and is accessible', async () => {
    const el = await diary();
    expect(plain(q(el, 'h2').textContent)).to.equal('Pain diary: Medial branch block');
    expect(status(el)).to.equal('A rating is due now: Before (Thu, Dec 3, 9:30 AM)');
    expect(q(el, 'legend').textContent).to.equal('Before the block, how bad is your usual pain right now?');
    const times = rows(el).map((r) => r[0]);
    expect(times).to.have.length(1 + 4 + 7 + 14);
    expect(times.slice(1, 6)).to.deep.equal([
      'Thu, Dec 3, 9:45 AM',
      'Thu, Dec 3, 10:00 AM',
      'Thu, Dec 3, 10:15 AM',
      'Thu, Dec 3, 10:30 AM',
      'Thu, Dec 3, 11:30 AM',
    ]);
    expect(times.at(-1)).to.equal('Thu, Dec 17, 9:30 AM');
    const text = shadowText(el);
    expect(text).to.include('Every 15 minutes, until 1 hour after the start');
    expect(text).to.include('Do not nap, so you do not miss a pain rating.');
    expect(text).to.include('Nothing is sent anywhere.');
    expect(qa(el, 'input[name="rating"]')).to.have.length(11);
    expect(plain(q(el, '.level-10').textContent)).to.equal('10 Worst pain you can imagine');
    // When to get help, below the diary, as in every topic element.
    expect(qa(el, '[part~="section-when-to-call"] [part~="red-flags"]')).to.have.length(2);
    expect(text).to.include('Call 911 or go to the emergency room if');
    await expect(el).to.be.accessible();
  });

  it('fills in a medial branch block diary over a simulated 8 hours', async function () {
    this.timeout(60_000); // the FHIR validator loads the R4 definitions once, in Node
    const el = await diary();
    const events: PainDiaryChangeEvent[] = [];
    for (const [i, minutes] of EIGHT_HOURS.entries()) {
      clock = at(minutes + 2); // two minutes after each rating falls due
      el.requestUpdate();
      await el.updateComplete;
      expect(status(el), `at ${minutes} min`).to.match(/^A rating is due now: /);
      const rating = i === 0 ? 7 : i < 5 ? 1 : i < 9 ? 3 : 6;
      events.push(await rate(el, rating, i ? { relief: Math.round((1 - rating / 7) * 100), activity: 'Walking' } : {}));
      expect(plain(q(el, '.message').textContent)).to.match(/^Saved your rating for /);
    }
    clock = at(8 * 60 + 30);
    el.requestUpdate();
    await el.updateComplete;
    expect(status(el)).to.equal('Next rating: Fri, Dec 4, 9:30 AM');
    const detail = events.at(-1)!.detail;
    expect(detail).to.include({ topic: 'medial-branch-block', start: START, locale: 'en', kept: false });
    expect(detail.entries.map((e) => e.minutes)).to.deep.equal(EIGHT_HOURS);
    expect(detail.entries[1]).to.include({ rating: 1, relief: 86, activity: 'Walking' });
    expect(detail.entries[1].recorded).to.equal(at(17).toISOString());
    expect(rows(el)[1]).to.deep.equal(['Thu, Dec 3, 9:45 AM', '1 (Mild)', '86 %', 'Walking', '']);
    expect(rows(el)[12]).to.deep.equal(['Fri, Dec 4, 9:30 AM', '', '', '', '']);
    // The chart: one point per rating, the line through them, and the rating before as a dashed line.
    expect(qa(el, '[part="chart"] circle')).to.have.length(12);
    const baseline = q(el, '[part="chart"] .baseline');
    const top = q(el, '[part="chart"] circle');
    expect(baseline.getAttribute('y1')).to.equal(top.getAttribute('cy'));
    expect(q(el, '[part="chart"]').getAttribute('role')).to.equal('img');
    await expect(el).to.be.accessible();

    const response = await el.questionnaireResponse();
    expect(response.status).to.equal('in-progress');
    expect(response.item).to.have.length(12);
    expect(await executeServerCommand('validate-fhir', response)).to.deep.equal([]);
    expect(await executeServerCommand('validate-fhir', await el.questionnaire())).to.deep.equal([]);
  });

  it('forgets the ratings on reload unless "keep on this device" is ticked', async () => {
    let el = await diary();
    await rate(el, 6);
    expect(localStorage.getItem(KEY)).to.equal(null);
    el = await reload(el);
    expect(rows(el)[0][1]).to.equal('');
    expect(q<HTMLInputElement>(el, '.keep input').checked).to.equal(false);

    await rate(el, 6);
    const kept = oneEvent(el, 'pain-diary-change') as Promise<PainDiaryChangeEvent>;
    q<HTMLInputElement>(el, '.keep input').click();
    expect((await kept).detail.kept).to.equal(true);
    clock = at(16);
    await rate(el, 2, { note: 'Sat for 20 minutes' });
    el = await reload(el);
    expect(q<HTMLInputElement>(el, '.keep input').checked).to.equal(true);
    expect(
      rows(el)
        .slice(0, 2)
        .map((r) => [r[1], r[4]]),
    ).to.deep.equal([
      ['6 (Moderate)', ''],
      ['2 (Mild)', 'Sat for 20 minutes'],
    ]);

    const deleted = oneEvent(el, 'pain-diary-change') as Promise<PainDiaryChangeEvent>;
    q<HTMLButtonElement>(el, 'button.delete').click();
    expect((await deleted).detail).to.deep.include({ entries: [], kept: false });
    await el.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(rows(el).every((r) => r.slice(1).every((cell) => cell === ''))).to.equal(true);
    expect(plain(q(el, '.message').textContent)).to.equal('Your ratings were deleted from this page and this device.');
    el = await reload(el);
    expect(rows(el)[0][1]).to.equal('');
  });

  it('rates with the keyboard: arrow keys move along the scale, Enter saves', async () => {
    const el = await diary();
    q<HTMLInputElement>(el, 'input[name="rating"][value="0"]').focus();
    await sendKeys({ press: ' ' });
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(plain(q(el, '.rating-value').textContent)).to.equal('Your rating: 4 out of 10 (Moderate)');
    q<HTMLInputElement>(el, 'input[name="activity"]').focus();
    await sendKeys({ type: 'Bending' });
    const changed = oneEvent(el, 'pain-diary-change') as Promise<PainDiaryChangeEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.entries[0]).to.include({ minutes: 0, rating: 4, activity: 'Bending' });
  });

  it('asks for a rating before saving, instead of saving an empty one', async () => {
    const el = await diary();
    q<HTMLButtonElement>(el, 'button.save').click();
    await el.updateComplete;
    expect(plain(q(el, '.message').textContent)).to.equal('Choose a number from 0 to 10.');
    expect(el.ratings).to.deep.equal([]);
  });

  describe('print', () => {
    afterEach(() => resetMedia({ media: 'screen' }));

    it('prints the chart and the table of every rating, without the form or the privacy controls', async function () {
      const el = await diary();
      await rate(el, 7);
      await emulateMediaOrSkip(this, { media: 'print' });
      for (const part of ['entry', 'privacy', 'status', 'print-button'])
        expect(getComputedStyle(q(el, `[part~="${part}"]`)).display, part).to.equal('none');
      for (const part of ['chart', 'table', 'instructions'])
        expect(getComputedStyle(q(el, `[part~="${part}"]`)).display, part).not.to.equal('none');
      expect(getComputedStyle(q(el, '[part="chart"] .ratings')).stroke).to.equal('rgb(0, 0, 0)');
      expect(rows(el)).to.have.length(26);
    });
  });

  it('speaks Spanish: content, scale words and dates', async () => {
    const el = await diary({ lang: 'es' });
    expect(plain(q(el, 'h2').textContent)).to.equal('Diario del dolor: Bloqueo del ramo medial');
    expect(q(el, 'legend').textContent).to.match(/^Antes del bloqueo/);
    expect(plain(q(el, '.level-0').textContent)).to.equal('0 Sin dolor');
    expect(shadowText(el)).to.include('Cada 15 minutos, hasta 1 hora después del inicio');
    expect(rows(el)[1][0]).to.match(/^jue, 3 dic, 9:45/);
    expect(status(el)).to.match(/^Le toca calificar su dolor ahora: Antes/);
    await expect(el).to.be.accessible();
  });

  it('runs the chart from right to left in RTL', async () => {
    const { el } = await renderSettled<PainDiary>(
      html`<pain-diary
        topic="medial-branch-block"
        dir="rtl"
        start=${START}
        content-base=${DATA}
        .now=${() => clock}
      ></pain-diary>`,
    );
    await rate(el, 7);
    clock = at(16);
    await rate(el, 2);
    const [before, after] = qa(el, '[part="chart"] circle').map((c) => Number(c.getAttribute('cx')));
    expect(before).to.be.greaterThan(after);
    await expect(el).to.be.accessible();
  });

  describe('problems', () => {
    silenceWarnings();

    it('reports a start that is not a date and time, and counts from the start instead', async () => {
      const errors: CustomEvent[] = [];
      let loaded!: () => void;
      const shown = new Promise<void>((resolve) => (loaded = resolve));
      const wrapper = await fixture(
        html`<div @pain-error=${(e: CustomEvent) => errors.push(e)} @pain-topic-loaded=${() => loaded()}>
          <pain-diary topic="medial-branch-block" start="3 December" content-base=${DATA}></pain-diary>
        </div>`,
      );
      const el = wrapper.querySelector('pain-diary') as PainDiary;
      await shown;
      await el.updateComplete;
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-attribute']);
      expect(errors[0].detail.message).to.include('start "3 December"');
      expect(rows(el)[1][0]).to.equal('15 minutes after the start');
    });

    it('ignores a damaged diary in storage instead of failing, and keeps the readable ratings', async () => {
      localStorage.setItem(
        KEY,
        '{"version":1,"entries":[{"minutes":0,"rating":"high"},{"minutes":15,"rating":3,"recorded":"2026-12-03T09:45:00Z"}]}',
      );
      let el = await diary();
      expect(
        rows(el)
          .slice(0, 2)
          .map((r) => r[1]),
      ).to.deep.equal(['', '3 (Mild)']);
      el.parentElement!.remove();
      localStorage.setItem(KEY, 'not json');
      el = await diary();
      expect(rows(el).every((r) => r[1] === '')).to.equal(true);
      expect(q<HTMLInputElement>(el, '.keep input').checked).to.equal(false);
    });

    it('says so for a topic without a diary', async () => {
      const { el } = await renderSettled<PainDiary>(
        html`<pain-diary topic="epidural-steroid-injection" content-base=${DATA}></pain-diary>`,
      );
      expect(shadowText(el)).to.include('This topic has no pain diary.');
      expect(q(el, 'form')).to.equal(null);
    });
  });
});
