import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/pain-clinic.js';
import '../src/pain-procedure.js';
import { DATA } from './story-helpers.js';

// Fictional details: 555-01xx numbers are reserved for fiction.
interface ClinicArgs {
  name: string;
  phone: string;
  'after-hours-phone': string;
  website: string;
  'emergency-number': string;
  'crisis-line': string;
}

const meta = {
  title: 'Elements/pain-clinic',
  component: 'pain-clinic',
  render: (args: ClinicArgs) =>
    html`<pain-clinic
        name=${args.name}
        phone=${args.phone}
        after-hours-phone=${args['after-hours-phone']}
        website=${args.website}
        emergency-number=${args['emergency-number']}
        crisis-line=${args['crisis-line']}
      ></pain-clinic>
      <pain-procedure topic="radiofrequency-ablation" sections="when-to-call" content-base=${DATA}></pain-procedure>`,
  args: {
    name: 'Example Pain Clinic',
    phone: '(555) 010-0100',
    'after-hours-phone': '(555) 010-0199',
    website: 'https://example.org/',
    'emergency-number': '911',
    'crisis-line': '',
  },
} satisfies Meta<ClinicArgs>;

export default meta;
type Story = StoryObj<ClinicArgs>;

/** The clinic's name and tel: links in the "call your care team" box. */
export const Default: Story = {};

/** Outside North America: the content's "911" becomes the local emergency number. */
export const EmergencyNumber112: Story = { args: { 'emergency-number': '112' } };
