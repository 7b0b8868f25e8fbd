import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/pain-language-picker.js';
import '../src/pain-procedure.js';
import { DATA, UNREACHABLE, logEvents } from './story-helpers.js';

interface PickerArgs {
  'content-base': string;
}

const meta = {
  title: 'Elements/pain-language-picker',
  component: 'pain-language-picker',
  render: (args: PickerArgs) =>
    html`<pain-language-picker content-base=${args['content-base']}></pain-language-picker>
      <pain-procedure topic="epidural-steroid-injection" sections="what-it-is" content-base=${DATA}></pain-procedure>`,
  decorators: [logEvents],
  args: { 'content-base': DATA },
  argTypes: { 'content-base': { control: 'text' } },
} satisfies Meta<PickerArgs>;

export default meta;
type Story = StoryObj<PickerArgs>;

/** Pick "Español": the topic below switches language, and screen readers hear the change. */
export const Default: Story = {};

/** The list of languages could not be loaded. */
export const NetworkError: Story = { args: { 'content-base': UNREACHABLE } };
