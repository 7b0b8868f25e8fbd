import { html, nothing } from 'lit';
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { waitFor } from 'storybook/test';
import '../src/pain-plan.js';
import type { PainPlan } from '../src/pain-plan.js';
import type { PlanInput } from '../src/content/load-plan.js';
import type { ContentManifest } from '../src/content/types.js';
import { DATA, FIXTURES, UNREACHABLE, langArgType, logEvents, printHint } from './story-helpers.js';

/**
 * Every condition of the compiled content the stories show (`conditions` in
 * data/manifest.json): painkit's and those of a clinic overlay built into it.
 */
const manifest = (await (await fetch(new URL(`${DATA}manifest.json`, document.baseURI))).json()) as ContentManifest;
const conditions = (manifest.conditions ?? []).map((condition) => condition.slug);

/** Arguments are the attributes a page author writes, and the `plan` property a portal sets. */
interface PlanArgs {
  condition: string;
  topics: string;
  /** Empty: the element follows the nearest ancestor's lang (the toolbar's locale). */
  lang: string;
  'heading-level': number;
  'content-base': string;
  theme: string;
  'text-size': string;
  plan?: PlanInput;
}

/** `<pain-plan>` as a page author writes it: only the attributes that are set. */
const plan = (args: PlanArgs) =>
  html`<pain-plan
    condition=${args.condition || nothing}
    topics=${args.topics || nothing}
    lang=${args.lang || nothing}
    heading-level=${args['heading-level'] ?? nothing}
    content-base=${args['content-base'] || nothing}
    theme=${args.theme || nothing}
    text-size=${args['text-size'] || nothing}
    .plan=${args.plan}
  ></pain-plan>`;

/** `pain-plan-loaded` and `pain-topic-open` in the Actions panel, beside the events every element fires. */
const logPlanEvents: Decorator = (story) =>
  html`<div
    @pain-plan-loaded=${(e: CustomEvent) => action('pain-plan-loaded')(e.detail)}
    @pain-topic-open=${(e: CustomEvent) => action('pain-topic-open')(e.detail)}
  >
    ${story()}
  </div>`;

const meta = {
  title: 'Elements/pain-plan',
  component: 'pain-plan',
  render: plan,
  decorators: [logEvents, logPlanEvents],
  args: {
    condition: 'spinal-stenosis',
    topics: '',
    lang: '',
    'heading-level': 2,
    'content-base': DATA,
    theme: '',
    'text-size': '',
  },
  argTypes: {
    condition: {
      control: 'select',
      options: ['', ...conditions],
    },
    topics: { control: 'text' },
    lang: langArgType,
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    'content-base': { control: 'text' },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'] },
    'text-size': { control: 'select', options: ['', 'large'] },
    plan: { control: 'object', table: { category: 'properties' } },
  },
} satisfies Meta<PlanArgs>;

export default meta;
type Story = StoryObj<PlanArgs>;

/** The story's plan, once it has shown its steps (or an error). */
async function shownPlan(canvas: HTMLElement): Promise<PainPlan> {
  const el = canvas.querySelector('pain-plan')!;
  await waitFor(() => {
    if (!el.shadowRoot?.querySelector('[part~="steps"], [part~="error"]'))
      throw new Error('the plan has not loaded yet');
  });
  return el;
}

// --- Plan templates ------------------------------------------------------------

/**
 * `condition="spinal-stenosis"`: the plan template for a condition. Steps in order with rough timing, who is
 * involved and why; the whole care team; how the pieces work together; questions to ask; sources.
 */
export const Default: Story = {};

/** The same plan for a Spanish reader, with the unreviewed-translation notice. */
export const Spanish: Story = { args: { lang: 'es' } };

/** Every plan template, one after another (pick one with the `condition` control on the Default story). */
export const EveryTemplate: Story = {
  render: (args) => html`${conditions.map((condition) => plan({ ...args, condition }))}`,
};

/** After "Read about this" on the second step: the whole topic opens right below it, with "Close this topic" after it. */
export const OpenedStep: Story = {
  play: async ({ canvasElement }) => {
    const el = await shownPlan(canvasElement);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="open-button"]')[1]?.click();
  },
};

// --- Plans a page writes ---------------------------------------------------------

/** `topics="…"`: a plan from a list of topics, in order. Each step shows its topic's title and summary. */
export const TopicsList: Story = {
  args: { condition: '', topics: 'medial-branch-block, radiofrequency-ablation, physical-therapy, pain-psychology' },
};

/** The `plan` property, as a patient portal sets it: its own title, dates, team and a note from the clinic. */
export const PortalPlan: Story = {
  args: {
    condition: '',
    plan: {
      title: 'Your plan for low back pain',
      summary: 'What we agreed at your visit on February 2.',
      steps: [
        { topic: 'physical-therapy', timing: 'Starting this week, twice a week', team: ['Physical therapist'] },
        {
          topic: 'medial-branch-block',
          timing: 'March 3',
          team: ['Pain medicine doctor', 'Nurse'],
          note: 'Have someone drive you home. Take your usual medicines unless we told you otherwise.',
        },
        { topic: 'pain-psychology', timing: 'After the test block', team: ['Psychologist'] },
      ],
    },
  },
};

/** The plan in a child `<script type="application/json">`: for pages that cannot set properties (e.g. a CMS). */
export const PlanInScript: Story = {
  render: (args) =>
    html`<pain-plan content-base=${args['content-base']} lang=${args.lang || nothing}>
      <script type="application/json">
        {
          "steps": [
            { "topic": "exercise", "timing": "Every day", "note": "Start with 10 minutes of walking." },
            { "topic": "sleep", "timing": "From the start" },
            { "topic": "stress-management" }
          ]
        }
      </script>
    </pain-plan>`,
};

/** A step names a topic painkit does not have: a clear message in its place; the other steps show. */
export const UnknownTopicInStep: Story = {
  args: {
    condition: '',
    plan: [
      { topic: 'physical-therapy', timing: 'Weeks 1 to 6' },
      { topic: 'nerve-zapping', timing: 'Week 8', note: 'We will call you to set a date.' },
      { topic: 'exercise' },
    ],
  },
};

// --- Languages and errors --------------------------------------------------------

/** A plan template not translated yet (`sample` in the test fixtures), for a Spanish reader: English, with a notice. */
export const FallbackToEnglish: Story = { args: { condition: 'sample', lang: 'es', 'content-base': FIXTURES } };

/** `condition="whiplash"` has no plan template: an explanation, a `pain-error` event and a console warning. */
export const UnknownCondition: Story = { args: { condition: 'whiplash' } };

/** Nothing says which plan to show. */
export const NoPlan: Story = { args: { condition: '' } };

/** JSON in the child script that does not parse: an explanation; the console names the problem. */
export const InvalidJson: Story = {
  // Built with the DOM: Prettier would "repair" broken JSON written inside a template.
  render: (args) => {
    const el = document.createElement('pain-plan');
    el.contentBase = args['content-base'];
    const script = Object.assign(document.createElement('script'), { type: 'application/json' });
    script.textContent = '{ "steps": [{ "topic": "exercise" },] }';
    el.append(script);
    return el;
  },
};

/** The content server cannot be reached: an explanation and a "Try again" button. */
export const NetworkError: Story = { args: { 'content-base': UNREACHABLE } };

/** A damaged plan template file (`broken` in the test fixtures). */
export const MalformedTemplate: Story = { args: { condition: 'broken', 'content-base': FIXTURES } };

// --- Theming, direction, print ---------------------------------------------------

/** Inside a right-to-left page (`dir="rtl" lang="ar"`): no Arabic content, so English with a notice; steps sit on the start side. */
export const RTL: Story = {
  name: 'RTL',
  render: (args) => html`<div dir="rtl" lang="ar">${plan(args)}</div>`,
};

/** `theme="dark"`; an opened topic follows it. */
export const DarkTheme: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div style="background:#0d1216;padding:1rem">${plan(args)}</div>`,
  play: OpenedStep.play,
};

/** `text-size="large"`. */
export const LargeText: Story = { args: { 'text-size': 'large' } };

/** A clinic's look, only through `--pain-*` custom properties on a wrapper. */
export const Theming: Story = {
  render: (args) =>
    html`<div
      style="--pain-font-family: Georgia, serif; --pain-color-accent: #0f6e6e; --pain-color-link: #0b5a8f; --pain-color-border: #9cc; --pain-radius: 0; --pain-max-width: 40rem;"
    >
      ${plan(args)}
    </div>`,
};

/**
 * In print every step shows, opened topics print in full, and buttons are hidden. Here a step is opened
 * so its topic prints too (the second step, as in Opened Step).
 */
export const Print: Story = { decorators: [printHint], play: OpenedStep.play };
