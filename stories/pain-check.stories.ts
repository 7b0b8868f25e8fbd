import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { waitFor } from 'storybook/test';
import '../src/pain-check.js';
import '../src/pain-procedure.js';
import type { PainCheck } from '../src/pain-check.js';
import { DATA, UNREACHABLE, langArgType, logEvents, printHint } from './story-helpers.js';

/** Arguments are the attributes a page author writes. */
interface CheckArgs {
  topic: string;
  /** Empty: the element follows the nearest ancestor's lang (the toolbar's locale). */
  lang: string;
  href: string;
  'heading-level': number;
  'content-base': string;
}

const meta = {
  title: 'Elements/pain-check',
  component: 'pain-check',
  render: (args: CheckArgs) =>
    html`<pain-check
      topic=${args.topic || nothing}
      lang=${args.lang || nothing}
      href=${args.href || nothing}
      heading-level=${args['heading-level'] ?? nothing}
      content-base=${args['content-base'] || nothing}
      @pain-check-complete=${(e: CustomEvent) => action('pain-check-complete')(e.detail)}
    ></pain-check>`,
  decorators: [logEvents],
  args: {
    topic: 'medial-branch-block',
    lang: '',
    href: 'https://portal.example/topics/medial-branch-block',
    'heading-level': 2,
    'content-base': DATA,
  },
  argTypes: {
    topic: { control: 'text' },
    lang: langArgType,
    href: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    'content-base': { control: 'text' },
  },
} satisfies Meta<CheckArgs>;

export default meta;
type Story = StoryObj<CheckArgs>;

/** The check once its first question is shown. */
async function shownCheck(canvas: HTMLElement): Promise<PainCheck> {
  const el = canvas.querySelector('pain-check')!;
  await waitFor(() => {
    if (!el.shadowRoot?.querySelector('fieldset')) throw new Error('the questions have not loaded yet');
  });
  return el;
}

/** Chooses answer `choice` (0-based) of the current question and checks it, as a reader would. */
async function answer(el: PainCheck, choice: number): Promise<void> {
  el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[choice].click();
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="check-button"]')!.click();
  await el.updateComplete;
}

/** Goes on to the next question (or the end screen). */
async function next(el: PainCheck): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
  await el.updateComplete;
}

/** Index of the right answer of the current question in medial-branch-block (en and es): 1, 2, 0. */
const RIGHT = [1, 2, 0];

/** Answers every question, the first one wrongly, and shows the end screen. */
async function answerAll(canvas: HTMLElement): Promise<void> {
  const el = await shownCheck(canvas);
  for (const [i, right] of RIGHT.entries()) {
    await answer(el, i === 0 ? (right + 1) % 3 : right);
    await next(el);
  }
}

/** The first question: a group of radio buttons and "Check answer". */
export const Question: Story = {};

/** A right answer: "That's right.", the explanation and a link to the section. */
export const RightAnswer: Story = {
  play: async ({ canvasElement }) => answer(await shownCheck(canvasElement), RIGHT[0]),
};

/** A wrong answer: the right answer, explained in plain words, and a link to the section that covers it. */
export const WrongAnswer: Story = {
  play: async ({ canvasElement }) => answer(await shownCheck(canvasElement), 0),
};

/** The end screen after one wrong answer: what to ask the care team about. No grade. */
export const End: Story = { play: ({ canvasElement }) => answerAll(canvasElement) };

/** The end screen when every answer was right. */
export const EndAllRight: Story = {
  play: async ({ canvasElement }) => {
    const el = await shownCheck(canvasElement);
    for (const right of RIGHT) {
      await answer(el, right);
      await next(el);
    }
  },
};

/** Spanish: the first question. */
export const SpanishQuestion: Story = { args: { lang: 'es' } };

/** Spanish: a right answer. */
export const SpanishRightAnswer: Story = { args: { lang: 'es' }, play: RightAnswer.play };

/** Spanish: a wrong answer. */
export const SpanishWrongAnswer: Story = { args: { lang: 'es' }, play: WrongAnswer.play };

/** Spanish: the end screen. */
export const SpanishEnd: Story = { args: { lang: 'es' }, play: End.play };

/** Without `href`, beside a `<pain-procedure>` of the same topic: "Read more" scrolls to that section on the page. */
export const WithProcedureOnPage: Story = {
  args: { href: '' },
  render: (args) =>
    html`<pain-check topic=${args.topic} content-base=${args['content-base']}></pain-check>
      <pain-procedure topic=${args.topic} content-base=${args['content-base']}></pain-procedure>`,
  play: WrongAnswer.play,
};

/** A topic without questions (a therapy): a notice. */
export const NoQuestions: Story = { args: { topic: 'physical-therapy' } };

/** A network failure: a message and a "Try again" button. */
export const NetworkError: Story = { args: { 'content-base': UNREACHABLE } };

/** Print: the question and the feedback print; the buttons do not. */
export const Print: Story = { decorators: [printHint], play: WrongAnswer.play };
