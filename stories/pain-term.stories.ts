import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/pain-term.js';
import { DATA, FIXTURES, logEvents } from './story-helpers.js';

interface TermArgs {
  term: string;
  word: string;
  lang: string;
  'content-base': string;
}

const meta = {
  title: 'Elements/pain-term',
  component: 'pain-term',
  render: (args: TermArgs) =>
    html`<p lang=${args.lang || 'en'}>
      Your doctor uses
      <pain-term term=${args.term} content-base=${args['content-base']}>${args.word}</pain-term> to guide the needle.
    </p>`,
  decorators: [logEvents],
  args: { term: 'fluoroscopy', word: 'X-ray video', lang: '', 'content-base': DATA },
  argTypes: {
    term: { control: 'text' },
    word: { control: 'text', description: 'The word as it appears in the text (the default slot).' },
    lang: { control: 'select', options: ['', 'en', 'es'] },
    'content-base': { control: 'text' },
  },
} satisfies Meta<TermArgs>;

export default meta;
type Story = StoryObj<TermArgs>;

/** Press the word (or Tab to it and press Enter) to read its definition; Escape closes it. */
export const Default: Story = {};

/** The Spanish glossary. */
export const Spanish: Story = {
  render: (args) =>
    html`<p lang="es">
      Su médico usa
      <pain-term term="fluoroscopy" content-base=${args['content-base']}>radiografía en video (fluoroscopia)</pain-term>
      para guiar la aguja.
    </p>`,
};

/** A word the glossary does not have: it shows as plain text (with a console warning and pain-error). */
export const UnknownTerm: Story = { args: { term: 'nope', word: 'some word', 'content-base': FIXTURES } };
