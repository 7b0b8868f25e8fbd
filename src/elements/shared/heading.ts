import { html, unsafeStatic } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';

const tags = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/** Clamps a heading level to 1–6. */
export const clampLevel = (level: number): number => Math.min(6, Math.max(1, Math.round(level) || 2));

/**
 * A heading at a computed level, so elements fit the host page's outline.
 * `kind` is its class: its size follows its role, not its level.
 */
export const heading = (level: number, content: unknown, options: { id?: string; part?: string; kind: string }) => {
  const tag = tags[clampLevel(level) - 1];
  // A static tag from lit/static-html.js, which the lit lint rules cannot see.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} id=${ifDefined(options.id)} part=${ifDefined(options.part)} class=${options.kind}>${content}</${tag}>`;
};
