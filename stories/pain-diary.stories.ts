import { html, nothing } from 'lit';
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/pain-diary.js';
import { DATA, UNREACHABLE, langArgType, logEvents, printHint } from './story-helpers.js';

/** Arguments are the attributes a page author writes. */
interface DiaryArgs {
  topic: string;
  /** Empty: the element follows the nearest ancestor's lang (the toolbar's locale). */
  lang: string;
  start: string;
  theme: string;
  'content-base': string;
}

/** `YYYY-MM-DDTHH:MM` of the viewer's local time, `minutes` from now. */
function localTime(minutes: number): string {
  const d = new Date(Date.now() + minutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A start two hours ago, with the ratings of the first hours kept on this device (as if the patient ticked "keep"). */
const IN_PROGRESS_START = localTime(-125);
const keptRatings: Decorator = (story) => {
  const start = new Date(Date.now() - 125 * 60_000);
  const entries = [
    [0, 7],
    [15, 2],
    [30, 1],
    [45, 1],
    [60, 2],
    [120, 3],
  ].map(([minutes, rating]) => ({
    minutes,
    rating,
    recorded: new Date(start.getTime() + minutes * 60_000).toISOString(),
    ...(minutes > 0 && { relief: Math.round((1 - rating / 7) * 100), activity: 'Walking' }),
  }));
  localStorage.setItem(
    `painkit-diary:medial-branch-block:${IN_PROGRESS_START}`,
    JSON.stringify({ version: 1, entries }),
  );
  return story();
};

const meta = {
  title: 'Elements/pain-diary',
  component: 'pain-diary',
  render: (args: DiaryArgs) =>
    html`<pain-diary
      topic=${args.topic || nothing}
      lang=${args.lang || nothing}
      start=${args.start || nothing}
      theme=${args.theme || nothing}
      content-base=${args['content-base'] || nothing}
    ></pain-diary>`,
  decorators: [logEvents],
  args: { topic: 'medial-branch-block', lang: '', start: localTime(-1), theme: '', 'content-base': DATA },
  argTypes: {
    topic: { control: 'text' },
    lang: langArgType,
    start: { control: 'text' },
    theme: { control: 'select', options: ['', 'dark', 'auto'] },
    'content-base': { control: 'text' },
  },
} satisfies Meta<DiaryArgs>;

export default meta;
type Story = StoryObj<DiaryArgs>;

/** Just started: the rating before is due, then every 15 minutes for an hour, hourly to 8 hours, daily for 2 weeks. */
export const Default: Story = {};

/** Two hours in, with the ratings kept on this device: the chart against the rating before, and the next rating due. */
export const InProgress: Story = { args: { start: IN_PROGRESS_START }, decorators: [keptRatings] };

/** Without a start: the times count from when the care team says to start. */
export const NoStart: Story = { args: { start: '' } };

/** Spanish content, interface text and date formatting (a draft translation, so a notice says so). */
export const Spanish: Story = { args: { lang: 'es' } };

/** Spanish, two hours in. */
export const SpanishInProgress: Story = { args: { lang: 'es', start: IN_PROGRESS_START }, decorators: [keptRatings] };

/** A topic without a diary: a notice instead of the form. */
export const NoDiary: Story = { args: { topic: 'epidural-steroid-injection' } };

/** A network failure: a message and a "Try again" button. */
export const NetworkError: Story = { args: { 'content-base': UNREACHABLE } };

/** Right to left: the chart's time runs from right to left. */
export const RTL: Story = {
  args: { lang: 'ar', start: IN_PROGRESS_START },
  decorators: [keptRatings, (story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};

/** The dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', start: IN_PROGRESS_START },
  decorators: [keptRatings, (story) => html`<div style="background: #161b20; padding: 1rem;">${story()}</div>`],
};

/** Print: the chart and the whole table, with blank rows to fill in by hand; no form, no buttons. */
export const Print: Story = { args: { start: IN_PROGRESS_START }, decorators: [keptRatings, printHint] };
