import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/pain-clinic.js';
import '../src/pain-procedure.js';
import '../src/pain-recovery.js';
import type { PainClinic } from '../src/pain-clinic.js';
import type { PainProcedure } from '../src/pain-procedure.js';
import type { PainErrorEvent } from '../src/events.js';
import type { Approval, TopicChunk } from '../src/content/types.js';
import { configure } from '../src/configure.js';
import { DATA, renderSettled, shadowText, shown, silenceWarnings } from './helpers.js';

const TOPIC = 'epidural-steroid-injection';
const chunk = async (locale: string, slug = TOPIC): Promise<TopicChunk> =>
  (await fetch(`${DATA}${locale}/${slug}.json`)).json();

/** An approval of the topic's text as served (or, with `fingerprint`, of another version). */
const approvalOf = async (locale: string, fingerprint?: string): Promise<Approval> => ({
  topic: TOPIC,
  locale,
  fingerprint: fingerprint ?? (await chunk(locale)).fingerprint!,
  by: 'Dr. Ana Ruiz',
  role: locale === 'es' ? 'Directora médica' : 'Medical director',
  date: '2026-11-30',
});

const procedure = (lang: string, topic = TOPIC) =>
  renderSettled<PainProcedure>(
    html`<pain-procedure topic=${topic} lang=${lang} content-base=${DATA}></pain-procedure>`,
  );
const footer = (el: Element) => shadowText(el, 'footer');

describe('clinic sign-off in the elements', () => {
  afterEach(() => configure({ clinic: {} }));

  it("ships no approval: no line without the clinic's approvals", async () => {
    const { el } = await procedure('en');
    expect((await chunk('en')).approval).to.equal(undefined);
    expect(footer(el)).not.to.include('Approved');
  });

  it('shows "Approved for patients of {clinic} by {name} ({role}) on {date}" for the approved text, in English and Spanish', async () => {
    configure({
      clinic: { name: 'Riverside Pain Center', approvals: [await approvalOf('en'), await approvalOf('es')] },
    });
    const { el: en } = await procedure('en');
    expect(footer(en)).to.include(
      'Approved for patients of Riverside Pain Center by Dr. Ana Ruiz (Medical director) on November 30, 2026.',
    );
    const { el: es } = await procedure('es');
    expect(footer(es)).to.include(
      'Aprobado para los pacientes de Riverside Pain Center por Dr. Ana Ruiz (Directora médica) el 30 de noviembre de 2026.',
    );
    await expect(es).to.be.accessible();
  });

  it('says "this clinic" when the page gives no clinic name, and takes the approvals file as a whole', async () => {
    configure({ clinic: { approvals: { approvals: [await approvalOf('en')] } } });
    const { el } = await procedure('en');
    expect(footer(el)).to.include(
      "Approved for this clinic's patients by Dr. Ana Ruiz (Medical director) on November 30, 2026.",
    );
  });

  it('does not show a stale approval (the text changed since) or one for another language or topic', async () => {
    configure({
      clinic: {
        name: 'Riverside Pain Center',
        approvals: [await approvalOf('en', '0123456789abcdef'), { ...(await approvalOf('en')), locale: 'es' }],
      },
    });
    const { el: en } = await procedure('en');
    expect(footer(en)).not.to.include('Approved');
    const { el: es } = await procedure('es');
    expect(footer(es)).not.to.include('Aprobado');
    const { el: other } = await procedure('en', 'sleep');
    expect(footer(other)).not.to.include('Approved');
  });

  it('shows the line as soon as <pain-clinic> gets its approvals, after the topic has loaded', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <pain-clinic name="Riverside Pain Center"></pain-clinic>
        <pain-procedure topic=${TOPIC} lang="en" content-base=${DATA}></pain-procedure>
      </div>`,
    );
    const el = page.querySelector('pain-procedure')!;
    await shown(el);
    expect(footer(el)).not.to.include('Approved');
    const clinic = page.querySelector<PainClinic>('pain-clinic')!;
    clinic.approvals = [await approvalOf('en')];
    await clinic.updateComplete;
    await el.updateComplete;
    expect(footer(el)).to.include('Approved for patients of Riverside Pain Center by Dr. Ana Ruiz');
  });

  it('<pain-clinic> leaves out a malformed approval and says which (pain-error invalid-attribute)', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const page = await fixture<HTMLDivElement>(
        html`<div><pain-clinic name="Riverside Pain Center"></pain-clinic></div>`,
      );
      const clinic = page.querySelector<PainClinic>('pain-clinic')!;
      await clinic.updateComplete;
      const good = await approvalOf('en');
      setTimeout(() => (clinic.approvals = [{ ...good, date: 'yesterday' }, good]));
      const { detail } = await oneEvent(clinic, 'pain-error');
      expect(detail.code).to.equal('invalid-attribute');
      expect(detail.message).to.equal(
        'clinic approval 1 needs topic, locale, a 16-hex-digit fingerprint, by, role and a YYYY-MM-DD date; it is not used.',
      );
      const { el } = await procedure('en');
      expect(footer(el)).to.include('Approved for patients of Riverside Pain Center by Dr. Ana Ruiz');
    } finally {
      console.warn = warn;
    }
  });

  describe('approved-only', () => {
    silenceWarnings();

    it('shows an approved topic as usual', async () => {
      configure({ clinic: { approvedOnly: true, approvals: [await approvalOf('en')] } });
      const { el, event } = await procedure('en');
      expect(event.type).to.equal('pain-topic-loaded');
      expect(el.shadowRoot!.querySelector('article')).not.to.equal(null);
    });

    for (const [what, fingerprint] of [
      ['an unapproved topic', undefined],
      ['a stale approval', '0123456789abcdef'],
    ] as const) {
      it(`shows a clear message for ${what}, never a blank box, and fires pain-error "not-approved"`, async () => {
        configure({
          clinic: { approvedOnly: true, approvals: fingerprint ? [await approvalOf('en', fingerprint)] : [] },
        });
        const { el, event } = await procedure('en');
        expect(event.type).to.equal('pain-error');
        expect((event as PainErrorEvent).detail).to.deep.include({ code: 'not-approved', topic: TOPIC, locale: 'en' });
        expect(el.shadowRoot!.querySelector('article')).to.equal(null);
        const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
        expect(alert.textContent).to.include('This information is not available here yet.');
        expect(alert.textContent).to.include('Your clinic has not approved this version for its patients.');
        await expect(el).to.be.accessible();
      });
    }

    it('says so in Spanish too', async () => {
      configure({ clinic: { approvedOnly: true, approvals: [await approvalOf('en')] } });
      const { el, event } = await procedure('es');
      expect((event as PainErrorEvent).detail.code).to.equal('not-approved');
      expect(shadowText(el)).to.include('Su clínica no ha aprobado esta versión para sus pacientes.');
    });

    it('<pain-clinic approved-only> withholds a topic in <pain-recovery> too, and reports it once', async () => {
      const errors: string[] = [];
      const page = await fixture<HTMLDivElement>(
        html`<div @pain-error=${(e: PainErrorEvent) => errors.push(e.detail.code)}>
          <pain-clinic approved-only></pain-clinic>
          <pain-recovery topic=${TOPIC} lang="en" content-base=${DATA}></pain-recovery>
        </div>`,
      );
      const el = page.querySelector('pain-recovery')!;
      for (let i = 0; i < 100 && !errors.length; i++) await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect(errors).to.deep.equal(['not-approved']);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('not available here yet');
    });
  });
});
