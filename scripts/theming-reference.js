#!/usr/bin/env node
// The theming reference: every `--pain-*` custom property and every `::part()`
// of every element, read from custom-elements.json (which `cem analyze` makes
// from the elements' @cssprop / @csspart JSDoc and from the properties their
// styles read). `npm run analyze` runs it after the analyzer; it rewrites the
// table between the README's theming markers and the data module the
// Storybook "Theming reference" page shows. test/tooling/theming-reference.test.ts
// fails when either is out of date, or when the source uses a property or
// part that the manifest does not document.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

export const MANIFEST = 'custom-elements.json';
export const README = 'README.md';
export const STORY_DATA = 'stories/theming-reference.ts';
export const START = '<!-- theming:start -->';
export const END = '<!-- theming:end -->';
/** The element whose wording of a shared property the reference uses. */
const WORDING = 'pain-procedure';

/**
 * Every custom property once, with the elements that read it (in tag order),
 * and every element's parts. Elements word a property's description for
 * their own use; the row takes the wording of `<pain-procedure>` (a whole
 * topic: it reads every shared token) when it reads the property, else of the
 * first element in tag order. Defaults are the fallbacks in the styles; where
 * elements fall back to different values, each is listed with its elements.
 * @param {import('custom-elements-manifest/schema.js').Package} manifest
 */
export function themingReference(manifest) {
  const elements = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const rows = new Map();
  const wordingFirst = [...elements].sort((a, b) => Number(b.tagName === WORDING) - Number(a.tagName === WORDING));
  for (const element of wordingFirst) {
    for (const { name, description, default: fallback } of element.cssProperties ?? []) {
      const row = rows.get(name) ?? {
        name,
        description: oneLine(description ?? ''),
        defaults: new Map(),
        elements: [],
      };
      row.elements.push(element.tagName);
      if (fallback) row.defaults.set(fallback, [...(row.defaults.get(fallback) ?? []), element.tagName]);
      rows.set(name, row);
    }
  }
  const properties = [...rows.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ defaults, ...row }) => ({
      ...row,
      defaults: [...defaults].map(([value, tags]) => ({ value, elements: tags.sort() })),
      elements: row.elements.sort(),
    }));
  const parts = elements
    .filter((element) => element.cssParts?.length)
    .map((element) => ({
      element: element.tagName,
      parts: element.cssParts.map(({ name, description }) => ({ name, description: oneLine(description ?? '') })),
    }));
  return { properties, parts };
}

const oneLine = (text) => text.replace(/\s+/g, ' ').trim();
const cell = (text) => text.replace(/\|/g, '\\|');
const code = (text) => `\`${text}\``;

/** One default as is; several, each with the elements that fall back to it. */
const defaultsCell = (defaults) =>
  defaults.length === 1
    ? cell(code(defaults[0].value))
    : defaults.map((d) => `${cell(code(d.value))} (${d.elements.map(code).join(', ')})`).join(', ');

/** The Markdown tables for the README (between, not including, the markers). */
export function referenceMarkdown({ properties, parts }) {
  const partCount = parts.reduce((sum, element) => sum + element.parts.length, 0);
  return [
    `Generated from custom-elements.json by \`npm run analyze\` (${properties.length} properties; ${partCount} parts of ${parts.length} elements); do not edit by hand.`,
    '',
    '| Property | Default | What it sets | Elements |',
    '| --- | --- | --- | --- |',
    ...properties.map(
      (p) =>
        `| ${code(p.name)} | ${defaultsCell(p.defaults)} | ${cell(p.description)} | ${p.elements.map(code).join(', ')} |`,
    ),
    ...parts.flatMap(({ element, parts: list }) => [
      '',
      `Parts of \`<${element}>\`:`,
      '',
      '| Part | What it is |',
      '| --- | --- |',
      ...list.map((p) => `| ${code(p.name)} | ${cell(p.description)} |`),
    ]),
  ].join('\n');
}

/** The README with its theming section replaced; fails when the markers are missing. */
export function withReference(readme, markdown) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start)
    throw new Error(`${README} has no "${START}" … "${END}" section for the theming reference.`);
  return `${readme.slice(0, start + START.length)}\n\n${markdown}\n\n${readme.slice(end)}`;
}

/** The TypeScript module the Storybook page reads, formatted as Prettier would. */
export async function storyModule(reference) {
  const source = `// Generated by scripts/theming-reference.js from custom-elements.json (npm run analyze): do not edit.
/** A custom property, and the elements whose styles read it. */
export interface ThemingProperty {
  name: string;
  description: string;
  /** The fallback in the styles; more than one when elements differ. */
  defaults: { value: string; elements: string[] }[];
  elements: string[];
}
/** An element's parts, for \`::part()\`. */
export interface ThemingParts {
  element: string;
  parts: { name: string; description: string }[];
}
export const properties: ThemingProperty[] = ${JSON.stringify(reference.properties)};
export const parts: ThemingParts[] = ${JSON.stringify(reference.parts)};
`;
  const options = await prettier.resolveConfig(STORY_DATA);
  return prettier.format(source, { ...options, filepath: STORY_DATA });
}

/** What the generator writes: README text and the story module, from the manifest on disk. */
export async function generated() {
  const manifest = JSON.parse(await readFile(MANIFEST, 'utf8'));
  const reference = themingReference(manifest);
  const readme = withReference(await readFile(README, 'utf8'), referenceMarkdown(reference));
  return { reference, readme, story: await storyModule(reference) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { reference, readme, story } = await generated();
  await writeFile(README, readme);
  await writeFile(STORY_DATA, story);
  console.log(
    `theming reference: ${reference.properties.length} properties, parts of ${reference.parts.length} elements → ${README}, ${STORY_DATA}`,
  );
}
