import { html, unsafeStatic } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';

const tags = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/** Clamps a heading level to 1–6. */
export const clampLevel = (level: number): number => Math.min(6, Math.max(1, Math.round(level) || 2));

/** Heading kinds that are always a part of the same name, so every one can be styled from outside. */
export const HEADING_PARTS: ReadonlySet<string> = new Set(['section-title']);

/**
 * A heading at a computed level, so elements fit the host page's outline.
 * `kind` is its class: its size follows its role, not its level. Section
 * titles are always part `section-title`, besides any `part` given.
 */
export const heading = (level: number, content: unknown, options: { id?: string; part?: string; kind: string }) => {
  const tag = tags[clampLevel(level) - 1];
  const parts = [options.part, HEADING_PARTS.has(options.kind) ? options.kind : undefined].filter(Boolean).join(' ');
  // A static tag from lit/static-html.js, which the lit lint rules cannot see.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} id=${ifDefined(options.id)} part=${ifDefined(parts || undefined)} class=${options.kind}>${content}</${tag}>`;
};
