import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/pain-procedure.js';
import { DATA } from './story-helpers.js';
import { parts, properties, type ThemingProperty } from './theming-reference.js';

const meta = {
  title: 'Docs/Theming',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const code = (text: string) => html`<code>${text}</code>`;

/** A description with its `backticked` words as code, as the README shows them. */
const described = (text: string) => text.split('`').map((piece, i) => (i % 2 ? code(piece) : piece));

const defaults = (property: ThemingProperty) =>
  property.defaults.length === 1
    ? code(property.defaults[0]!.value)
    : property.defaults.map((d) => html`${code(d.value)} (${d.elements.join(', ')}) `);

/**
 * Every `--pain-*` custom property and every element's parts, from
 * custom-elements.json (the elements' `@cssprop` / `@csspart` JSDoc and the
 * properties their styles read). `npm run analyze` regenerates the data; the
 * README's theming section holds the same tables.
 */
export const Reference: Story = {
  render: () =>
    html`<h2>Custom properties</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Property</th>
            <th scope="col">Default</th>
            <th scope="col">What it sets</th>
            <th scope="col">Elements</th>
          </tr>
        </thead>
        <tbody>
          ${properties.map(
            (p) =>
              html`<tr>
                <th scope="row">${code(p.name)}</th>
                <td>${defaults(p)}</td>
                <td>${described(p.description)}</td>
                <td>${p.elements.join(', ')}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${parts.map(
        (element) =>
          html`<h2>Parts of ${code(`<${element.element}>`)}</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">Part</th>
                  <th scope="col">What it is</th>
                </tr>
              </thead>
              <tbody>
                ${element.parts.map(
                  (p) =>
                    html`<tr>
                      <th scope="row">${code(p.name)}</th>
                      <td>${described(p.description)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`,
      )}`,
};

/**
 * On a clinic page set in Georgia at 20px, the topic takes the page's font
 * and size with no token set. The second copy styles its headings through
 * the heading tokens and `::part(section-title)`, and the two boxes of
 * warning signs apart (`red-flags-emergency`, `red-flags-care-team`).
 */
export const HostFont: Story = {
  name: "The host page's font",
  render: () =>
    html`<style>
        .clinic-page {
          font-family: Georgia, serif;
          font-size: 20px;
        }
        .styled-headings {
          --pain-heading-font-family: system-ui, sans-serif;
          --pain-heading-color: #0f6e6e;
        }
        .styled-headings::part(section-title) {
          border-block-end: 2px solid #0f6e6e;
        }
        .styled-headings::part(red-flags-emergency) {
          border-width: 4px;
        }
        .styled-headings::part(red-flags-care-team) {
          border-style: dashed;
        }
      </style>
      <div class="clinic-page">
        <p>The clinic's own text, in Georgia at 20px.</p>
        <pain-procedure
          topic="radiofrequency-ablation"
          sections="what-it-is"
          heading-level="2"
          content-base=${DATA}
        ></pain-procedure>
        <pain-procedure
          class="styled-headings"
          topic="radiofrequency-ablation"
          sections="what-it-is"
          heading-level="2"
          content-base=${DATA}
        ></pain-procedure>
      </div>`,
};
