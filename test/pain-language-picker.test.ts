import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/pain-language-picker.js';
import '../src/pain-procedure.js';
import type { PainLanguagePicker } from '../src/pain-language-picker.js';
import type { PainProcedure } from '../src/pain-procedure.js';
import type { PainErrorEvent } from '../src/events.js';
import { setChosenLanguage } from '../src/i18n/chosen-language.js';
import { DATA, UNREACHABLE, headings, nextSettled, shown } from './helpers.js';

/** Waits until the picker shows its menu (or its error). */
async function ready(picker: PainLanguagePicker): Promise<HTMLSelectElement | null> {
  for (let i = 0; i < 50 && !picker.shadowRoot!.querySelector('select, [role="alert"]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await picker.updateComplete;
  return picker.shadowRoot!.querySelector('select');
}

describe('<pain-language-picker>', () => {
  afterEach(() => {
    setChosenLanguage(undefined);
    localStorage.clear();
  });

  it('lists the content languages in their own names, with a visible label', async () => {
    const picker = await fixture<PainLanguagePicker>(
      html`<pain-language-picker content-base=${DATA}></pain-language-picker>`,
    );
    const select = (await ready(picker))!;
    const label = picker.shadowRoot!.querySelector('label')!;
    expect(label.textContent).to.equal('Language');
    expect(label.htmlFor).to.equal(select.id);
    expect([...select.options].map((o) => [o.value, o.textContent, o.lang])).to.deep.equal([
      ['en', 'English', 'en'],
      ['es', 'Español', 'es'],
    ]);
    expect(select.value).to.equal('en');
    await expect(picker).to.be.accessible();
  });

  it('switches every painkit element on the page, from the keyboard, and announces it', async () => {
    const page = await fixture(
      html`<div>
        <pain-language-picker content-base=${DATA}></pain-language-picker>
        <pain-procedure topic="epidural-steroid-injection" lang="en" content-base=${DATA}></pain-procedure>
      </div>`,
    );
    const picker = page.querySelector('pain-language-picker')!;
    const procedure = page.querySelector('pain-procedure') as PainProcedure;
    // Its topic may have loaded while the fixture rendered (before a listener could be attached).
    await shown(procedure);
    const select = (await ready(picker))!;
    expect(headings(procedure)[0]).to.equal('h2:Epidural steroid injection');

    select.focus();
    const changed = oneEvent(picker, 'pain-language-change');
    const reloaded = nextSettled(procedure);
    await sendKeys({ press: 'ArrowDown' });
    expect((await changed).detail).to.deep.equal({ locale: 'es' });
    await reloaded;
    await procedure.updateComplete;
    await picker.updateComplete;

    expect(headings(procedure)[0]).to.equal('h2:Inyección epidural de esteroides');
    expect(picker.shadowRoot!.querySelector('label')!.textContent).to.equal('Idioma');
    expect(picker.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'Se muestra la información en Español.',
    );
    expect(localStorage.getItem('painkit-language')).to.equal(null);
    // The same menu keeps the reader's focus (it is not rebuilt while the new language loads).
    expect(picker.shadowRoot!.activeElement === select, 'focus on the same menu').to.equal(true);
    await expect(picker).to.be.accessible();
  });

  it('remembers the choice only when the page opts in', async () => {
    const picker = await fixture<PainLanguagePicker>(
      html`<pain-language-picker remember content-base=${DATA}></pain-language-picker>`,
    );
    const select = (await ready(picker))!;
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    await oneEvent(picker, 'pain-language-change');
    expect(localStorage.getItem('painkit-language')).to.equal('es');

    setChosenLanguage(undefined);
    const next = await fixture<PainLanguagePicker>(
      html`<pain-language-picker remember content-base=${DATA}></pain-language-picker>`,
    );
    expect((await ready(next))!.value).to.equal('es');
  });

  it('explains when the languages cannot be loaded, and fires pain-error', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const errored = new Promise<PainErrorEvent>((resolve) =>
        document.addEventListener('pain-error', resolve as EventListener, { once: true }),
      );
      const picker = await fixture<PainLanguagePicker>(
        html`<pain-language-picker content-base=${UNREACHABLE}></pain-language-picker>`,
      );
      expect((await errored).detail.code).to.equal('network');
      await ready(picker);
      expect(picker.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal(
        'The list of languages could not be loaded.',
      );
      await expect(picker).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });
});
