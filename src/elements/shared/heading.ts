import { html, unsafeStatic } from 'lit/static-html.js';

const tags = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/** Clamps a heading level to 1–6. */
export const clampLevel = (level: number): number => Math.min(6, Math.max(1, Math.round(level) || 2));

/** A heading at a computed level, so elements fit the host page's outline. */
export const heading = (level: number, content: unknown, id?: string, part?: string) => {
  const tag = tags[clampLevel(level) - 1];
  return html`<${tag} id=${id ?? ''} part=${part ?? ''}>${content}</${tag}>`;
};
