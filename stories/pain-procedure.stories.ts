import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/pain-procedure.js';

import { DATA, FIXTURES, UNREACHABLE, langArgType, logEvents, printHint } from './story-helpers.js';

/** Arguments are the attributes a page author writes, so they read the same here as in HTML. */
interface ProcedureArgs {
  topic: string;
  code: string;
  src: string;
  /** Empty: the element follows the nearest ancestor's lang (the toolbar's locale). */
  lang: string;
  sections: string;
  'heading-level': number;
  'content-base': string;
}

/** `<pain-procedure>` as a page author writes it: only the attributes that are set. */
const procedure = (args: ProcedureArgs) =>
  html`<pain-procedure
    topic=${args.topic || nothing}
    code=${args.code || nothing}
    src=${args.src || nothing}
    lang=${args.lang || nothing}
    sections=${args.sections || nothing}
    heading-level=${args['heading-level'] ?? nothing}
    content-base=${args['content-base'] || nothing}
  ></pain-procedure>`;

const meta = {
  title: 'Elements/pain-procedure',
  component: 'pain-procedure',
  render: procedure,
  decorators: [logEvents],
  args: {
    topic: 'radiofrequency-ablation',
    code: '',
    src: '',
    lang: '',
    sections: '',
    'heading-level': 2,
    'content-base': DATA,
  },
  // Descriptions come from custom-elements.json (the class JSDoc); only the controls are chosen here.
  argTypes: {
    topic: { control: 'text' },
    code: { control: 'text' },
    src: { control: 'text' },
    lang: langArgType,
    sections: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    'content-base': { control: 'text' },
  },
} satisfies Meta<ProcedureArgs>;

export default meta;
type Story = StoryObj<ProcedureArgs>;

// --- Loaded -----------------------------------------------------------------

/** Radiofrequency ablation, every section. No `lang`: it speaks the toolbar's locale (English at first). */
export const Default: Story = {};

/** The Spanish topic with Spanish interface text, and the "unreviewed translation" notice (the translation is a draft). */
export const Spanish: Story = { args: { lang: 'es' } };

export const EpiduralSteroidInjection: Story = {
  args: { topic: 'epidural-steroid-injection', lang: 'en' },
};

export const EpiduralSteroidInjectionSpanish: Story = {
  name: 'Epidural Steroid Injection (Spanish)',
  args: { topic: 'epidural-steroid-injection', lang: 'es' },
};

/** `code="64635"`: a CPT code resolves to its topic. */
export const ByProcedureCode: Story = { args: { topic: '', code: '64635' } };

/** Only the chosen sections, in the order given; "When to get help" is added because it is always shown. */
export const ChosenSections: Story = { args: { sections: 'preparing, recovery' } };

/** `heading-level="1"`: the title is an h1 and sections are h2, for a page where the topic is the main content. */
export const HeadingLevel1: Story = { name: 'Heading Level 1', args: { 'heading-level': 1 } };

/** A clinic's own Markdown (`src`), compiled and sanitized in the browser: its script, image and javascript: link are removed. */
export const ClinicMarkdown: Story = {
  args: { topic: '', src: 'fixtures/clinic-note.md', 'content-base': '' },
};

// --- Fallback ---------------------------------------------------------------

/** There is no French content yet: English content, with a notice that says so. */
export const FallbackFrench: Story = { args: { lang: 'fr' } };

/** A topic that exists only in English (`sample` in the test fixtures), read in Spanish: the notice is in Spanish. */
export const UntranslatedSpanish: Story = {
  args: { topic: 'sample', lang: 'es', 'content-base': FIXTURES },
};

// --- Loading ----------------------------------------------------------------

/*
 * The loading stories need a server that is slow or never answers, which a
 * static Storybook does not have. While one of them is shown, requests under
 * a made-up path are answered here instead; every other request goes to the
 * network as usual. The element itself is not touched: it is really waiting.
 */
type Answer = (url: URL, realFetch: typeof fetch) => Promise<Response>;
const routes = new Map<string, Answer>();
let intercepting = false;

function answerRequestsUnder(path: string, answer: Answer): () => void {
  if (!intercepting) {
    intercepting = true;
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
      for (const [prefix, routed] of routes) if (url.pathname.includes(prefix)) return routed(url, original);
      return original(input, init);
    };
  }
  routes.set(path, answer);
  return () => void routes.delete(path);
}

const NEVER_ANSWERS = '/painkit-never-answers/';
const SLOW_NETWORK = '/painkit-slow-network/';

/**
 * The content server never answers, so the element stays in its loading
 * state: the skeleton, space reserved so the page does not jump, and a
 * hidden "Loading patient information…" status for screen readers.
 */
export const Loading: Story = {
  args: { 'content-base': NEVER_ANSWERS.slice(1) },
  argTypes: { 'content-base': { control: false } },
  beforeEach: () => answerRequestsUnder(NEVER_ANSWERS, () => new Promise<Response>(() => {})),
};

let slowLoads = 0;

/**
 * Every request takes 1.5 seconds (the manifest, then the topic): the skeleton, then the topic in the
 * space it reserved. Re-render the story (Storybook toolbar) to watch again.
 */
export const SlowNetwork: Story = {
  argTypes: { 'content-base': { control: false } },
  beforeEach: () =>
    answerRequestsUnder(SLOW_NETWORK, async (url, fetchForReal) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const path = url.pathname.slice(url.pathname.indexOf(SLOW_NETWORK) + SLOW_NETWORK.length);
      return fetchForReal(new URL(DATA + path.split('/').slice(1).join('/'), document.baseURI));
    }),
  // A new content-base on every render, so the element's cache never answers first.
  render: (args) => procedure({ ...args, 'content-base': `${SLOW_NETWORK.slice(1)}${++slowLoads}/` }),
};

// --- Errors -----------------------------------------------------------------

/** `topic="nope"`: an explanation for the reader, a `pain-error` event and a console warning for the page author. */
export const UnknownTopic: Story = { args: { topic: 'nope' } };

/** `code="00000"` matches no topic. */
export const UnknownProcedureCode: Story = { args: { topic: '', code: '00000' } };

/** Neither `topic`, `code` nor `src`: the page was set up without a topic. */
export const NoTopic: Story = { args: { topic: '' } };

/** The content server cannot be reached (a closed local port): an explanation and a "Try again" button. */
export const NetworkError: Story = { args: { 'content-base': UNREACHABLE } };

/** A damaged content file (`broken` in the test fixtures). */
export const MalformedContent: Story = { args: { topic: 'broken', 'content-base': FIXTURES } };

// --- Theming, direction, print ---------------------------------------------

const themes = [
  {
    name: 'City hospital: navy, serif, square corners',
    style: `
      --pain-font-family: Georgia, 'Times New Roman', serif;
      --pain-color-text: #14213d;
      --pain-color-background: #ffffff;
      --pain-color-accent: #1d3557;
      --pain-color-link: #1d3557;
      --pain-color-danger: #9b2226;
      --pain-color-danger-text: #7a1b1e;
      --pain-color-notice-background: #e8edf5;
      --pain-color-error-background: #f8eded;
      --pain-color-border: #1d3557;
      --pain-radius: 0;
      --pain-space: 1rem;`,
  },
  {
    name: 'Community clinic: warm, rounded, roomy',
    style: `
      --pain-font-family: 'Trebuchet MS', 'Segoe UI', system-ui, sans-serif;
      --pain-color-text: #3b2a20;
      --pain-color-background: #fff7ed;
      --pain-color-accent: #b45309;
      --pain-color-on-accent: #ffffff;
      --pain-color-link: #9a3412;
      --pain-color-danger: #be123c;
      --pain-color-danger-text: #9f1239;
      --pain-color-notice-background: #fde7cf;
      --pain-color-error-background: #ffe4e6;
      --pain-color-warning: #92400e;
      --pain-color-warning-background: #fef3c7;
      --pain-color-warning-text: #78350f;
      --pain-color-border: #e7c9a9;
      --pain-color-skeleton: #f3dcc4;
      --pain-radius: 1.25rem;
      --pain-space: 1.25rem;`,
  },
  {
    name: 'High contrast, large text',
    style: `
      --pain-font-family: Verdana, Tahoma, system-ui, sans-serif;
      --pain-font-size: 1.375rem;
      --pain-color-text: #ffffff;
      --pain-color-background: #000000;
      --pain-color-accent: #ffd60a;
      --pain-color-on-accent: #000000;
      --pain-color-link: #8ecbff;
      --pain-color-focus: #00e5ff;
      --pain-color-danger: #ff8a80;
      --pain-color-danger-text: #ffb4ab;
      --pain-color-notice-background: #1f1b00;
      --pain-color-error-background: #2a0a08;
      --pain-color-warning: #ffd60a;
      --pain-color-warning-background: #1f1b00;
      --pain-color-warning-text: #ffe566;
      --pain-color-border: #ffffff;
      --pain-color-skeleton: #4a4a4a;
      --pain-radius: 0;
      --pain-space: 1.25rem;`,
  },
];

/**
 * Three very different clinics, themed only through `--pain-*` custom
 * properties (set on a wrapper; they inherit into the shadow root).
 */
export const Theming: Story = {
  args: { sections: 'what-it-is, recovery', 'heading-level': 3 },
  parameters: { layout: 'fullscreen' },
  render: (args) =>
    html`<div
      style="display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1.5rem; padding: 1.5rem; align-items: start;"
    >
      ${themes.map(
        (theme, i) =>
          html`<section
            aria-labelledby="theme-${i}"
            style="${theme.style} min-inline-size: 0; background: var(--pain-color-background); color: var(--pain-color-text); padding: 1.25rem; border: 1px solid #d0d5dd;"
          >
            <h2 id="theme-${i}" style="margin: 0; font: 600 0.875rem/1.4 system-ui, sans-serif;">${theme.name}</h2>
            ${procedure(args)}
          </section>`,
      )}
    </div>`,
};

/**
 * Inside a right-to-left page (`dir="rtl" lang="ar"`). There is no Arabic
 * content, so the topic falls back to English with a notice; the English
 * article keeps left-to-right text but sits on the page's start side. The
 * second element shows a message box (here a network error) in the mirrored layout.
 * Known element issue: that English message carries `lang="en"` but no
 * `dir="ltr"`, so its full stops land on the wrong (left) end of each line.
 */
export const RTL: Story = {
  name: 'RTL',
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      ${procedure({ ...args, sections: 'what-it-is, recovery' })} ${procedure({ ...args, 'content-base': UNREACHABLE })}
    </div>`,
};

/**
 * The print look lives in the element's own `@media print` rules, inside its
 * shadow root, and Storybook cannot switch media types. To see it, open the
 * browser's print preview (the button below), or in Chrome DevTools open
 * Rendering › "Emulate CSS media type" › print. In print, link addresses are
 * written out, warning boxes and timeline steps are not split across pages,
 * and the skeleton and buttons are hidden.
 */
export const Print: Story = { decorators: [printHint] };

/** `theme="dark"` (or `theme="auto"` to follow the reader's system setting). */
export const DarkTheme: Story = {
  render: (args) =>
    html`<div style="background:#0d1216;padding:1rem">
      <pain-procedure topic=${args.topic} theme="dark" content-base=${args['content-base']}></pain-procedure>
    </div>`,
};

/** `text-size="large"`: everything scales from one size. */
export const LargeText: Story = {
  render: (args) =>
    html`<pain-procedure topic=${args.topic} text-size="large" content-base=${args['content-base']}></pain-procedure>`,
};
