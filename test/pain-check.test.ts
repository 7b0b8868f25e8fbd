import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/pain-check.js';
import '../src/pain-procedure.js';
import type { PainCheck } from '../src/pain-check.js';
import type { PainCheckCompleteEvent } from '../src/events.js';
import { DATA, SPACE, emulateMediaOrSkip, headings, renderSettled, resetMedia, shadowText } from './helpers.js';

const PORTAL = 'https://portal.example/topics/medial-branch-block';

/** The element that has focus inside the check's shadow root. */
const focused = (el: PainCheck) => el.shadowRoot!.activeElement as HTMLElement | null;
const part = (el: PainCheck, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const settle = async (el: PainCheck) => {
  await el.updateComplete;
  await el.updateComplete;
};
/** Presses keys one after the other, letting the element re-render in between. */
async function press(el: PainCheck, ...keys: string[]) {
  for (const key of keys) {
    await sendKeys({ press: key });
    await settle(el);
  }
}

describe('<pain-check>', () => {
  it('asks every question with the keyboard only: a wrong answer is explained and linked, the end lists what to ask', async () => {
    const { el } = await renderSettled<PainCheck>(
      html`<pain-check topic="medial-branch-block" href=${PORTAL} content-base=${DATA}></pain-check>`,
    );
    expect(headings(el)[0]).to.equal('h2:Check what you learned: Medial branch block');
    const legend = el.shadowRoot!.querySelector('legend')!;
    expect(legend.textContent).to.include('Question 1 of 3');
    expect(legend.textContent).to.include('You take a blood thinner. What should you do before the procedure?');
    expect(el.shadowRoot!.querySelectorAll('fieldset input[type="radio"]')).to.have.length(3);
    await expect(el).to.be.accessible();

    // Question 1, answered wrong: Tab to the first answer, Space to choose it, Tab to "Check answer", Enter.
    await press(el, 'Tab', SPACE, 'Tab', 'Enter');
    const feedback = part(el, 'feedback')!;
    expect(focused(el)).to.equal(feedback);
    expect(feedback.textContent).to.include(
      'Not quite. The answer is: Tell your care team, and ask the doctor who prescribed it if and when to stop.',
    );
    expect(feedback.textContent).to.include('Never stop a blood thinner on your own.');
    const link = part(el, 'section-link') as HTMLAnchorElement;
    expect(link.textContent!.trim()).to.equal('Read more: How to prepare');
    expect(link.href).to.equal(`${PORTAL}#heading-preparing`);
    expect([...el.shadowRoot!.querySelectorAll('input')].every((r) => (r as HTMLInputElement).disabled)).to.equal(true);
    const marked = [...el.shadowRoot!.querySelectorAll('.choice.right')].map((c) => c.textContent!.trim());
    expect(marked).to.deep.equal(['Tell your care team, and ask the doctor who prescribed it if and when to stop.']);
    await expect(el).to.be.accessible();

    // The link, then "Next question": the next question's legend has focus.
    await press(el, 'Tab', 'Tab', 'Enter');
    expect(focused(el)).to.equal(el.shadowRoot!.querySelector('legend'));
    expect(focused(el)!.textContent).to.include('Question 2 of 3');

    // Question 2, right: arrows choose the third answer.
    await press(el, 'Tab', 'ArrowDown', 'ArrowDown', 'Tab', 'Enter');
    expect(part(el, 'feedback')!.textContent).to.include('That’s right.');
    expect(part(el, 'feedback')!.textContent).to.include('What you notice in the first hours is your test result.');
    expect((part(el, 'section-link') as HTMLAnchorElement).href).to.equal(`${PORTAL}#heading-recovery`);
    await expect(el).to.be.accessible();
    await press(el, 'Tab', 'Tab', 'Enter');

    // Question 3 (the red flags), right; "Finish" fires the event.
    expect(focused(el)!.textContent).to.include('Which of these means you should call 911?');
    await press(el, 'Tab', SPACE, 'Tab', 'Enter');
    expect(part(el, 'feedback')!.textContent).to.include('That’s right.');
    expect(part(el, 'next-button')!.textContent!.trim()).to.equal('Finish');
    const complete = oneEvent(el, 'pain-check-complete') as Promise<PainCheckCompleteEvent>;
    await press(el, 'Tab', 'Tab', 'Enter');
    const { detail } = await complete;
    expect(detail).to.deep.equal({
      topic: 'medial-branch-block',
      locale: 'en',
      answered: 3,
      correct: 2,
      missed: ['preparing'],
    });

    const summary = part(el, 'summary')!;
    expect(summary.contains(focused(el))).to.equal(true);
    expect(summary.textContent).to.include('You went through every question');
    expect(summary.textContent).to.include('Ask your care team about them');
    const links = [...summary.querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.href]);
    expect(links).to.deep.equal([['Read more: How to prepare', `${PORTAL}#heading-preparing`]]);
    expect(summary.textContent).not.to.match(/\d+ of 3|%|score|fail/i);
    await expect(el).to.be.accessible();

    // Past the link, "Start again" goes back to the first question.
    await press(el, 'Tab', 'Tab', 'Enter');
    await waitUntil(() => focused(el)?.textContent?.includes('Question 1 of 3'), 'focus on the first question', {
      timeout: 2000,
    });
  });

  it('asks again when "Check answer" is pressed with nothing chosen', async () => {
    const { el } = await renderSettled<PainCheck>(
      html`<pain-check topic="epidural-steroid-injection" content-base=${DATA}></pain-check>`,
    );
    part(el, 'check-button')!.click();
    await settle(el);
    expect(shadowText(el)).to.include('Choose an answer first.');
    expect(part(el, 'feedback')).to.equal(null);
  });

  it('speaks Spanish: questions, feedback, link and end screen', async () => {
    const { el } = await renderSettled<PainCheck>(
      html`<pain-check topic="medial-branch-block" lang="es" href=${PORTAL} content-base=${DATA}></pain-check>`,
    );
    expect(headings(el)[0]).to.equal('h2:Revise lo que aprendió: Bloqueo del ramo medial');
    expect(el.shadowRoot!.querySelector('article')!.lang).to.equal('es');
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.include('Pregunta 1 de 3');
    expect(shadowText(el)).to.include('Usted toma un anticoagulante.');
    expect(part(el, 'check-button')!.textContent!.trim()).to.equal('Revisar respuesta');
    await expect(el).to.be.accessible();

    await press(el, 'Tab', SPACE, 'Tab', 'Enter');
    const feedback = part(el, 'feedback')!;
    expect(feedback.textContent).to.include('No exactamente. La respuesta es: Avisar a su equipo de atención médica');
    expect(feedback.textContent).to.include('Nunca deje un anticoagulante por su cuenta.');
    expect(part(el, 'section-link')!.textContent!.trim()).to.equal('Lea más: Cómo prepararse');
    await expect(el).to.be.accessible();

    const complete = oneEvent(el, 'pain-check-complete') as Promise<PainCheckCompleteEvent>;
    for (let i = 0; i < 2; i++) await press(el, 'Tab', 'Tab', 'Enter', 'Tab', SPACE, 'Tab', 'Enter');
    await press(el, 'Tab', 'Tab', 'Enter');
    const { detail } = await complete;
    expect(detail.locale).to.equal('es');
    expect(detail.answered).to.equal(3);
    expect(part(el, 'summary')!.textContent).to.include('Ya respondió todas las preguntas');
    expect(part(el, 'again-button')!.textContent!.trim()).to.equal('Empezar de nuevo');
    await expect(el).to.be.accessible();
  });

  it('without href, links to the section of a <pain-procedure> of the same topic on the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <pain-procedure topic="radiofrequency-ablation" content-base=${DATA}></pain-procedure>
        <pain-check topic="radiofrequency-ablation" content-base=${DATA}></pain-check>
      </div>`,
    );
    const procedure = wrapper.querySelector('pain-procedure')!;
    const el = wrapper.querySelector('pain-check')!;
    for (
      let i = 0;
      i < 250 && !(procedure.shadowRoot?.getElementById('heading-preparing') && part(el, 'check-button'));
      i++
    )
      await new Promise((resolve) => setTimeout(resolve, 20));
    (el.shadowRoot!.querySelector('input[type="radio"]') as HTMLInputElement).click();
    part(el, 'check-button')!.click();
    await settle(el);
    const link = part(el, 'section-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('#heading-preparing');
    link.click();
    expect(procedure.shadowRoot!.activeElement?.id).to.equal('heading-preparing');
  });

  it('names the section without a link when there is no page to link to', async () => {
    const { el } = await renderSettled<PainCheck>(
      html`<pain-check topic="trigger-point-injection" content-base=${DATA}></pain-check>`,
    );
    (el.shadowRoot!.querySelector('input[type="radio"]') as HTMLInputElement).click();
    part(el, 'check-button')!.click();
    await settle(el);
    expect(part(el, 'section-link')).to.equal(null);
    expect(part(el, 'feedback')!.textContent).to.include('Read more: How to prepare');
  });

  it('prints the question and the feedback, without buttons or the privacy note', async function () {
    const { el } = await renderSettled<PainCheck>(
      html`<pain-check topic="medial-branch-block" content-base=${DATA}></pain-check>`,
    );
    (el.shadowRoot!.querySelector('input[type="radio"]') as HTMLInputElement).click();
    part(el, 'check-button')!.click();
    await settle(el);
    await emulateMediaOrSkip(this, { media: 'print' });
    try {
      const shown = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).display !== 'none';
      expect(shown('fieldset')).to.equal(true);
      expect(shown('[part~="feedback"]')).to.equal(true);
      expect(shown('[part~="next-button"]')).to.equal(false);
      expect(shown('.privacy')).to.equal(false);
    } finally {
      await resetMedia({ media: 'screen' });
    }
  });

  it('says so when a topic has no questions', async () => {
    const { el } = await renderSettled<PainCheck>(
      html`<pain-check topic="physical-therapy" content-base=${DATA}></pain-check>`,
    );
    expect(shadowText(el)).to.include('This topic has no questions yet.');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
