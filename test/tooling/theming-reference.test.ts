import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type * as Schema from 'custom-elements-manifest/schema.js';
import { MANIFEST, README, STORY_DATA, generated } from '../../scripts/theming-reference.js';
import { SourceTheming } from './source-theming.js';

// The theming reference (README and Storybook) comes from custom-elements.json,
// and custom-elements.json documents every custom property and part the source
// uses: read here from src/ on its own, not from the analyzer's view of it.

if (!existsSync(MANIFEST))
  throw new Error(`${MANIFEST} is missing: run \`npm run analyze\` (or \`npm run build\`) first.`);
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Schema.Package;
const elements = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((d): d is Schema.CustomElementDeclaration => 'customElement' in d && !!d.customElement && !!d.tagName);
const source = new SourceTheming('src');

/**
 * Parts that only ever appear beside another one: the glossary controller
 * of every topic element makes a `term-definition` bubble only for a `term`.
 */
const BESIDE: Record<string, string> = { 'term-definition': 'term' };

/** `section-*` (a template fills in the id) matches a documented `section-<id>` or `section-recovery`. */
const matches = (found: string, documented: string): boolean =>
  found === documented ||
  (found.includes('*') && new RegExp(`^${found.split('*').map(escape).join('.+')}$`).test(documented)) ||
  (documented.includes('<') &&
    new RegExp(
      `^${documented
        .split(/<[^>]+>/)
        .map(escape)
        .join('.+')}$`,
    ).test(found));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('theming reference', () => {
  it('finds the elements and what they use (the reader of src/ works)', () => {
    assert.ok(elements.length >= 9, `${elements.length} elements in ${MANIFEST}`);
    const procedure = elements.find((e) => e.tagName === 'pain-procedure')!;
    const parts = source.partsOf(procedure.name);
    for (const part of [
      'title',
      'section-title',
      'red-flags',
      'red-flags-emergency',
      'red-flags-care-team',
      'loading',
      'term',
    ]) {
      assert.ok(parts.has(part), `<pain-procedure> renders part ${part}`);
    }
    assert.ok(parts.has('section-*'), 'the section part with its id filled in');
    const properties = source.propertiesOf(procedure.name);
    for (const name of ['--pain-font-family', '--pain-heading-color', '--pain-color-danger', '--pain-max-width']) {
      assert.ok(properties.has(name), `<pain-procedure>'s styles read ${name}`);
    }
  });

  it('documents every --pain-* property each element’s styles read, with a description', () => {
    const problems = elements.flatMap((element) => {
      const documented = new Map((element.cssProperties ?? []).map((p) => [p.name, p.description ?? '']));
      return [...source.propertiesOf(element.name)].flatMap((name) =>
        !documented.has(name)
          ? [`<${element.tagName}> reads ${name}, not in ${MANIFEST}`]
          : documented.get(name)
            ? []
            : [`<${element.tagName}> ${name} has no description`],
      );
    });
    assert.deepEqual(problems, []);
  });

  it('documents every part each element renders, and no part it never renders', () => {
    const problems = elements.flatMap((element) => {
      const documented = (element.cssParts ?? []).map((p) => p.name);
      const found = [...source.partsOf(element.name)].filter(
        (part) => !BESIDE[part] || source.partsOf(element.name).has(BESIDE[part]!),
      );
      const undocumented = found
        .filter((part) => !documented.some((name) => matches(part, name)))
        .map(
          (part) =>
            `<${element.tagName}> renders part "${part}": add "@csspart ${part.replace('*', '<…>')} - …" to its class JSDoc`,
        );
      const unused = documented
        .filter((name) => !found.some((part) => matches(part, name)))
        .map((name) => `<${element.tagName}> documents part "${name}", which its templates never render`);
      const undescribed = (element.cssParts ?? [])
        .filter((p) => !p.description)
        .map((p) => `<${element.tagName}> part "${p.name}" has no description`);
      return [...undocumented, ...unused, ...undescribed];
    });
    assert.deepEqual(problems, []);
  });

  it('README and Storybook hold the generator’s current tables', async () => {
    const { readme, story, reference } = await generated();
    assert.ok(reference.properties.length >= 28, `${reference.properties.length} properties`);
    assert.equal(readFileSync(README, 'utf8'), readme, `${README} is out of date: run \`npm run analyze\``);
    assert.equal(readFileSync(STORY_DATA, 'utf8'), story, `${STORY_DATA} is out of date: run \`npm run analyze\``);
    for (const name of ['--pain-heading-color', '--pain-color-input-border', '--pain-color-skeleton']) {
      assert.match(readme, new RegExp(`^\\| \`${name}\` \\|`, 'm'), `README lists ${name}`);
    }
    assert.match(readme, /^\| `red-flags-care-team` \| /m);
  });
});
