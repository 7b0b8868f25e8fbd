import { html } from 'lit';
import type { SectionGroup } from '../../content/types.js';
import { contentHtml } from '../../markdown/content-html.js';
import { heading } from './heading.js';

/** The red-flag lists ("call 911 if", "call your care team if"), each in its own box. Never collapsed. */
export const redFlags = (groups: SectionGroup[], level: number) =>
  groups.map(
    (group) =>
      html`<div part="red-flags" class="red-flags red-flags-${group.id} box">
        ${heading(level, group.title, { kind: 'group-title' })}
        <ul>
          ${group.items.map((item) => html`<li>${contentHtml(item)}</li>`)}
        </ul>
      </div>`,
  );
