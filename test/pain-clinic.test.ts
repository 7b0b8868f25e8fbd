import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/pain-clinic.js';
import '../src/pain-procedure.js';
import type { PainProcedure } from '../src/pain-procedure.js';
import { configure } from '../src/configure.js';
import { DATA, captureWarnings, shadowText } from './helpers.js';

// Phone numbers here are fictional test data (555-01xx is reserved for fiction).
const careTeamBox = (el: Element) => el.shadowRoot!.querySelector('.red-flags-call-care-team')!;
const emergencyBox = (el: Element) => el.shadowRoot!.querySelector('.red-flags-emergency')!;

async function procedureWith(
  clinic: TemplateResult,
  lang = 'en',
  topic = 'epidural-steroid-injection',
): Promise<PainProcedure> {
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const page = await fixture(
    html`<div @pain-topic-loaded=${() => settle()}>
      ${clinic}
      <pain-procedure topic=${topic} lang=${lang} sections="when-to-call" content-base=${DATA}></pain-procedure>
    </div>`,
  );
  const el = page.querySelector('pain-procedure')!;
  await settled;
  await el.updateComplete;
  return el;
}

describe('clinic details (<pain-clinic> and configure())', () => {
  afterEach(() => configure({ clinic: {} }));

  it('reads naturally without configuration: no phone numbers, "your care team"', async () => {
    const el = await procedureWith(html``);
    expect(careTeamBox(el).textContent).to.include('Call your care team if');
    expect(careTeamBox(el).querySelector('a[href^="tel:"]')).to.equal(null);
    expect(emergencyBox(el).textContent).to.include('Call 911');
  });

  it("shows the clinic's name and tel: links where the content says to call your care team", async () => {
    const el = await procedureWith(
      html`<pain-clinic
        name="Example Pain Clinic"
        phone="(555) 010-0100"
        after-hours-phone="+1 555 010 0199"
        website="https://clinic.example/"
      ></pain-clinic>`,
    );
    const contact = careTeamBox(el).querySelector('[part="clinic-contact"]')!;
    expect(contact.textContent!.replace(/\s+/g, ' ')).to.include('Call Example Pain Clinic: (555) 010-0100');
    const links = [...contact.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['(555) 010-0100', 'tel:5550100100'],
      ['+1 555 010 0199', 'tel:+15550100199'],
      ['Example Pain Clinic website', 'https://clinic.example/'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('uses the local emergency number instead of 911', async () => {
    const el = await procedureWith(html`<pain-clinic emergency-number="112"></pain-clinic>`);
    expect(emergencyBox(el).querySelector('.group-title')!.textContent).to.equal(
      'Call 112 or go to the emergency room if',
    );
    expect(shadowText(el)).not.to.include('911');
  });

  it('speaks the reader’s language, configured from JavaScript', async () => {
    configure({ clinic: { name: 'Clínica de Ejemplo', phone: '555-010-0100', afterHoursPhone: '555-010-0199' } });
    const el = await procedureWith(html``, 'es');
    const contact = careTeamBox(el).querySelector('[part="clinic-contact"]')!.textContent!.replace(/\s+/g, ' ');
    expect(contact).to.include('Llame a Clínica de Ejemplo: 555-010-0100');
    expect(contact).to.include('Fuera del horario de atención: 555-010-0199');
    await expect(el).to.be.accessible();
  });

  it('leaves out, with a console warning, a phone or website that is not one', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await procedureWith(
        html`<pain-clinic name="X" phone="call us" website="javascript:alert(1)"></pain-clinic>`,
      );
      expect(careTeamBox(el).querySelector('[part="clinic-contact"]')).to.equal(null);
      expect(warnings.join('\n')).to.include('clinic phone "call us" is not a phone number');
      expect(warnings.join('\n')).to.include('clinic website "javascript:alert(1)" is not an http(s) address');
    } finally {
      console.warn = warn;
    }
  });

  describe('the crisis line, beside the emergency number', () => {
    const crisisItems = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('.red-flags li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    const redFlagText = (el: Element) => crisisItems(el).join(' ');
    const ending = 'You are thinking about ending your life or hurting yourself, and you might act on it.';

    it('gives 988 by default, with the US emergency number', async () => {
      const el = await procedureWith(html``, 'en', 'pain-psychology');
      expect(crisisItems(el)).to.include(`${ending} You can also call or text the crisis line at 988, day or night.`);
    });

    it("gives the clinic's crisis line instead of 988, in both red-flag lists and in Spanish", async () => {
      const el = await procedureWith(
        html`<pain-clinic emergency-number="000" crisis-line="13 11 14"></pain-clinic>`,
        'es',
        'pain-psychology',
      );
      const text = redFlagText(el);
      expect(emergencyBox(el).querySelector('.group-title')!.textContent).to.include('Llame al 000');
      expect(text).to.include('a la línea de crisis al 13 11 14, de día o de noche.');
      expect(text).to.include('a la línea de crisis al 13 11 14 para hablarlo.');
      expect(text).not.to.match(/\b988\b|\b911\b/);
    });

    it('shows no US crisis number where a clinic sets another emergency number and no crisis line', async () => {
      configure({ clinic: { emergencyNumber: '112' } });
      const el = await procedureWith(html``, 'en', 'stress-management');
      expect(crisisItems(el)).to.include(ending);
      expect(redFlagText(el)).not.to.include('988');
      expect(redFlagText(el)).not.to.include('crisis line');
      await expect(el).to.be.accessible();
    });

    it('leaves out, with a console warning, a crisis line that is not a number', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await procedureWith(
          html`<pain-clinic crisis-line="call 988"></pain-clinic>`,
          'en',
          'pain-psychology',
        );
        expect(warnings.join('\n')).to.include('clinic crisis line "call 988" is not a phone number');
        expect(crisisItems(el)).to.include(`${ending} You can also call or text the crisis line at 988, day or night.`);
      } finally {
        console.warn = warn;
      }
    });
  });
});

describe('<pain-clinic> page-wide settings, for pages that cannot run configure()', () => {
  const loaded = async (page: Element) => {
    const el = page.querySelector('pain-procedure')!;
    for (let i = 0; i < 200 && !el.shadowRoot!.querySelector('[part="title"], [part="error"]'); i++)
      await new Promise((r) => setTimeout(r, 20));
    return el;
  };

  it('content-base: every element without its own shows content from that folder', async () => {
    const page = await fixture(
      html`<div>
        <pain-procedure topic="sample"></pain-procedure>
        <pain-clinic name="Example Pain Clinic" content-base="/test/fixtures/data/"></pain-clinic>
      </div>`,
    );
    // The setting counts wherever the <pain-clinic> is, even after the element that uses it.
    const el = await loaded(page);
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('Sample topic');
  });

  it('allow-origins: content from a listed origin is fetched, not refused', async () => {
    const page = await fixture(
      html`<div>
        <pain-clinic allow-origins="http://127.0.0.3:9"></pain-clinic>
        <pain-procedure src="http://127.0.0.3:9/clinic.md"></pain-procedure>
      </div>`,
    );
    const el = page.querySelector('pain-procedure')!;
    const warnings = await captureWarnings(async () => {
      await loaded(page);
      await el.updateComplete;
    });
    // Nothing listens there: the request was made, so it fails as a network error rather than as "not allowed".
    expect(shadowText(el)).to.include('This information could not be loaded.');
    expect(warnings).not.to.include('allowOrigins');
  });
});
