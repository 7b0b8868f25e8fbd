import { html, nothing } from 'lit';
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { waitFor } from 'storybook/test';
import '../src/pain-library.js';
import type { PainLibrary } from '../src/pain-library.js';
import { DATA, UNREACHABLE, langArgType, logEvents } from './story-helpers.js';

/** Arguments are the attributes a page author writes. */
interface LibraryArgs {
  /** Empty: the element follows the nearest ancestor's lang (the toolbar's locale). */
  lang: string;
  condition: string;
  'body-area': string;
  'deep-link': boolean;
  'heading-level': number;
  'content-base': string;
}

/** `<pain-library>` as a page author writes it: only the attributes that are set. */
const library = (args: LibraryArgs) =>
  html`<pain-library
    lang=${args.lang || nothing}
    condition=${args.condition || nothing}
    body-area=${args['body-area'] || nothing}
    ?deep-link=${args['deep-link']}
    heading-level=${args['heading-level'] ?? nothing}
    content-base=${args['content-base'] || nothing}
  ></pain-library>`;

/** `pain-topic-open` in the Actions panel, beside the events every element fires. */
const logOpen: Decorator = (story) =>
  html`<div @pain-topic-open=${(e: CustomEvent) => action('pain-topic-open')(e.detail)}>${story()}</div>`;

const meta = {
  title: 'Elements/pain-library',
  component: 'pain-library',
  render: library,
  decorators: [logEvents, logOpen],
  args: { lang: '', condition: '', 'body-area': '', 'deep-link': false, 'heading-level': 2, 'content-base': DATA },
  argTypes: {
    lang: langArgType,
    condition: { control: 'text' },
    'body-area': {
      control: 'select',
      options: ['', 'neck', 'upper-back', 'lower-back', 'buttock-hip', 'arm', 'leg', 'knee', 'abdomen', 'whole-body'],
    },
    'deep-link': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    'content-base': { control: 'text' },
  },
} satisfies Meta<LibraryArgs>;

export default meta;
type Story = StoryObj<LibraryArgs>;

/** The story's library, once its list (or its error) shows. */
async function shownLibrary(canvas: HTMLElement): Promise<PainLibrary> {
  const el = canvas.querySelector('pain-library')!;
  await waitFor(() => {
    if (!el.shadowRoot?.querySelector('[part~="status"]')) throw new Error('the list has not loaded yet');
  });
  return el;
}

/** Types into the search box as a reader would (one input event per letter). */
async function typeSearch(canvas: HTMLElement, words: string): Promise<void> {
  const el = await shownLibrary(canvas);
  const input = el.shadowRoot!.querySelector('input')!;
  for (const letter of words) {
    input.value += letter;
    input.dispatchEvent(new Event('input'));
  }
  await el.updateComplete;
}

// --- The list ----------------------------------------------------------------

/** Every topic, grouped into procedures, parts of a care plan and conditions. Follows the toolbar's locale. */
export const Default: Story = {};

/** Spanish content (titles, summaries, condition names) with the unreviewed-translation notice. */
export const Spanish: Story = { args: { lang: 'es' } };

/** `condition="sciatica"`: the sciatica page and every topic that helps it. */
export const FilteredByCondition: Story = { args: { condition: 'sciatica' } };

/** `body-area="knee"`: topics for knee pain. */
export const FilteredByBodyArea: Story = { args: { 'body-area': 'knee' } };

/** Typing "inyeccion" (no accent) in Spanish finds "Inyección…": search ignores case and accents. */
export const SearchWithoutAccents: Story = {
  args: { lang: 'es' },
  play: ({ canvasElement }) => typeSearch(canvasElement, 'inyeccion'),
};

/** Nothing matches: a clear message and a button that clears the search and filters. */
export const NoResults: Story = {
  args: { condition: 'knee-osteoarthritis' },
  play: ({ canvasElement }) => typeSearch(canvasElement, 'stellate'),
};

/** Inside a page section whose heading is an `h2`: groups are `h3`, topic titles `h4`. */
export const HeadingLevel3: Story = {
  name: 'Heading Level 3',
  args: { 'heading-level': 3 },
  render: (args) =>
    html`<h2 style="font-family: system-ui, sans-serif;">Patient library</h2>
      ${library(args)}`,
};

// --- An opened topic ---------------------------------------------------------

/** After choosing a topic: the topic in place, with "Back to all topics" above and below it. */
export const OpenedTopic: Story = {
  play: async ({ canvasElement }) => {
    const el = await shownLibrary(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-topic="sacroiliac-joint-injection"]')!.click();
  },
};

/**
 * `deep-link` with the address ending in `#topic=sciatica`: the topic opens on load.
 * Going back writes the address without it; the browser's Back button reopens it.
 */
export const DeepLink: Story = {
  args: { 'deep-link': true },
  beforeEach: () => {
    const before = location.href;
    history.replaceState(history.state, '', '#topic=sciatica');
    return () => history.replaceState(history.state, '', before);
  },
};

// --- Languages and errors ----------------------------------------------------

/** A language without content (`lang="fr"`): the English list with a notice. */
export const FallbackFrench: Story = { args: { lang: 'fr' } };

/** The content server cannot be reached: an explanation and a "Try again" button. */
export const NetworkError: Story = { args: { 'content-base': UNREACHABLE } };

/** The same, for a Spanish reader. */
export const NetworkErrorSpanish: Story = { args: { lang: 'es', 'content-base': UNREACHABLE } };

// --- Direction, theming, print ---------------------------------------------

/** Inside a right-to-left page (`dir="rtl" lang="ar"`): no Arabic content yet, so the English list with a notice. */
export const RTL: Story = {
  name: 'RTL',
  args: { 'body-area': 'neck' },
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};

/** A clinic's colors and type, only through `--pain-*` custom properties on a wrapper. */
export const Theming: Story = {
  args: { 'body-area': 'lower-back' },
  decorators: [
    (story) =>
      html`<div
        style="
          --pain-font-family: Georgia, 'Times New Roman', serif;
          --pain-color-text: #1b2a2f;
          --pain-color-background: #f5faf8;
          --pain-color-accent: #0f6e6e;
          --pain-color-link: #0b4f6c;
          --pain-color-border: #9cc9c0;
          --pain-color-input-border: #0f6e6e;
          --pain-color-notice-background: #e2f1ee;
          --pain-radius: 0.25rem;
          --pain-card-min-width: 22rem;
          background: var(--pain-color-background);
          padding: 1.5rem;"
      >
        ${story()}
      </div>`,
  ],
};

/**
 * Print keeps the topics shown (titles and summaries, one after another) and
 * drops the search box, the filters and the buttons. Open the browser's print
 * preview, or in Chrome DevTools Rendering › "Emulate CSS media type" › print.
 */
export const Print: Story = { args: { 'body-area': 'knee' } };
