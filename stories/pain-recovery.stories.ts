import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/pain-recovery.js';
import { DATA, FIXTURES, UNREACHABLE, langArgType, logEvents } from './story-helpers.js';

/** Arguments are the attributes a page author writes. */
interface RecoveryArgs {
  topic: string;
  /** Empty: the element follows the nearest ancestor's lang (the toolbar's locale). */
  lang: string;
  'start-date': string;
  'heading-level': number;
  'content-base': string;
}

/** `YYYY-MM-DD` of the viewer's local date, shifted by `days`. */
function localDay(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const meta = {
  title: 'Elements/pain-recovery',
  component: 'pain-recovery',
  render: (args: RecoveryArgs) =>
    html`<pain-recovery
      topic=${args.topic || nothing}
      lang=${args.lang || nothing}
      start-date=${args['start-date'] || nothing}
      heading-level=${args['heading-level'] ?? nothing}
      content-base=${args['content-base'] || nothing}
    ></pain-recovery>`,
  decorators: [logEvents],
  args: { topic: 'epidural-steroid-injection', lang: '', 'start-date': '', 'heading-level': 2, 'content-base': DATA },
  argTypes: {
    topic: { control: 'text' },
    lang: langArgType,
    'start-date': { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    'content-base': { control: 'text' },
  },
} satisfies Meta<RecoveryArgs>;

export default meta;
type Story = StoryObj<RecoveryArgs>;

/** The timeline without dates: what to expect, do, avoid, and when to call, per milestone. */
export const Default: Story = {};

/** With the day of the procedure: real dates; the milestone that includes today is highlighted. */
export const WithDates: Story = { args: { 'start-date': localDay(-2) } };

/** Spanish content, Spanish interface text and Spanish date formatting. */
export const SpanishWithDates: Story = { args: { lang: 'es', 'start-date': localDay(-5) } };

/** Dates across a month boundary. */
export const MonthBoundary: Story = { args: { topic: 'radiofrequency-ablation', 'start-date': '2026-01-30' } };

/** A topic without a recovery timeline (a therapy): a notice, and the red flags still show. */
export const NoTimeline: Story = { args: { topic: 'sample', 'content-base': FIXTURES } };

/** An unknown topic: a clear, localized message. */
export const UnknownTopic: Story = { args: { topic: 'nope' } };

/** A network failure: a message and a "Try again" button. */
export const NetworkError: Story = { args: { 'content-base': UNREACHABLE } };

/** Right to left: the timeline's line and today's highlight move to the right edge. */
export const RTL: Story = {
  args: { lang: 'ar', 'start-date': localDay(-2) },
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};
