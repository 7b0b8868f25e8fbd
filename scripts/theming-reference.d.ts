import type { Package } from 'custom-elements-manifest/schema.js';

export const MANIFEST: string;
export const README: string;
export const STORY_DATA: string;
export const START: string;
export const END: string;

/** A custom property, the elements whose styles read it, and its fallbacks. */
export interface ThemingProperty {
  name: string;
  description: string;
  defaults: { value: string; elements: string[] }[];
  elements: string[];
}
/** An element's parts. */
export interface ThemingParts {
  element: string;
  parts: { name: string; description: string }[];
}
export interface ThemingReference {
  properties: ThemingProperty[];
  parts: ThemingParts[];
}

/** Every property once, with the elements that read it, and every element's parts. */
export function themingReference(manifest: Package): ThemingReference;
/** The Markdown tables for the README (between, not including, the markers). */
export function referenceMarkdown(reference: ThemingReference): string;
/** The README with its theming section replaced; throws when the markers are missing. */
export function withReference(readme: string, markdown: string): string;
/** The TypeScript module the Storybook page reads, formatted as Prettier would. */
export function storyModule(reference: ThemingReference): Promise<string>;
/** What the generator writes, from the manifest on disk. */
export function generated(): Promise<{ reference: ThemingReference; readme: string; story: string }>;
