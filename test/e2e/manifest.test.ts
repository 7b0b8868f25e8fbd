import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import type * as Schema from 'custom-elements-manifest/schema.js';

// custom-elements.json as editors, Storybook and the generated Vue/JSX types
// read it (after `npm run build`): valid by its published schema, pointing at
// files the package ships, and matching what each element really does.
// Runtime facts come from the built element classes themselves (Lit's
// reactive properties and finalized styles), not from the analyzer.

type Element = Schema.CustomElementDeclaration & { module: string };
interface LitClass {
  finalize(): void;
  elementProperties: Map<PropertyKey, { attribute?: boolean | string }>;
  elementStyles: Array<{ cssText: string }>;
}

/** What each element fires (a developer can listen for exactly these). */
const EVENTS: Record<string, string[]> = {
  'pain-procedure': ['pain-topic-loaded', 'pain-error'],
  'pain-recovery': ['pain-topic-loaded', 'pain-error'],
  'pain-diary': ['pain-diary-change', 'pain-topic-loaded', 'pain-error'],
  'pain-library': ['pain-topic-open', 'pain-topic-loaded', 'pain-error'],
  'pain-plan': ['pain-plan-loaded', 'pain-error', 'pain-topic-open', 'pain-topic-loaded'],
  'pain-language-picker': ['pain-language-change', 'pain-error'],
  'pain-term': ['pain-error'],
  'pain-clinic': ['pain-error'],
  'pain-check': ['pain-check-complete', 'pain-topic-loaded', 'pain-error'],
};

const importBuilt = (path: string) => import(pathToFileURL(resolve(path)).href);
const sorted = (values: Iterable<string>) => [...values].sort();

/** Every `path` and `module` value anywhere in the manifest. */
function modulePaths(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => modulePaths(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') found.add(child);
      else modulePaths(child, found);
    }
  }
  return found;
}

describe('custom-elements.json', () => {
  let manifest: Schema.Package;
  let elements: Map<string, Element>;
  let classes: Map<string, LitClass>;
  let tags: string[];

  before(async () => {
    manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
    elements = new Map();
    classes = new Map();
    for (const mod of manifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.kind === 'class' && 'tagName' in declaration && declaration.tagName) {
          elements.set(declaration.tagName, { ...declaration, module: mod.path });
          const klass = (await importBuilt(mod.path))[declaration.name] as LitClass;
          klass.finalize();
          classes.set(declaration.tagName, klass);
        }
      }
    }
    // One registration module per element: src/pain-<name>.ts defines <pain-<name>>.
    tags = (await readdir('src')).filter((f) => /^pain-.*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''));
  });

  it('validates against the published custom-elements-manifest schema', async () => {
    const schemaPath = createRequire(import.meta.url).resolve('custom-elements-manifest/schema.json');
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(await readFile(schemaPath, 'utf8')));
    assert.ok(validate(manifest), JSON.stringify(validate.errors, null, 2));
  });

  it('names only files that are in the packed tarball, and ships the Vue and JSX types', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { encoding: 'utf8' }));
    const files = new Set((packed.files as Array<{ path: string }>).map((f) => f.path));
    const missing = [...modulePaths(manifest.modules)].filter((path) => !files.has(path));
    assert.deepEqual(missing, [], `not in the package: ${missing.join(', ')}`);
    for (const path of ['custom-elements.json', 'dist/vue.d.ts', 'dist/jsx.d.ts']) assert.ok(files.has(path), path);
  });

  it('defines every element under its tag, from its registration module', () => {
    assert.deepEqual(sorted(elements.keys()), sorted(tags));
    for (const tag of tags) {
      const registration = manifest.modules.find((m) => m.path === `dist/${tag}.js`);
      const definition = registration?.exports?.find((e) => e.kind === 'custom-element-definition');
      assert.equal(definition?.name, tag, `dist/${tag}.js defines <${tag}>`);
      const element = elements.get(tag)!;
      assert.deepEqual(definition.declaration, { name: element.name, module: element.module });
      assert.equal(element.customElement, true);
      assert.ok(element.summary || element.description, `<${tag}> has a description`);
    }
  });

  it('lists every attribute each element observes, inherited ones included, each typed and described', () => {
    for (const [tag, element] of elements) {
      const observed = [...classes.get(tag)!.elementProperties]
        .filter(([, options]) => options.attribute !== false)
        .map(([name, options]) =>
          typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase(),
        );
      assert.deepEqual(sorted((element.attributes ?? []).map((a) => a.name)), sorted(observed), `<${tag}> attributes`);
      for (const attribute of element.attributes ?? []) {
        assert.ok(attribute.type?.text && attribute.description && attribute.fieldName, `<${tag}> ${attribute.name}`);
      }
    }
  });

  it('lists exactly the --pain-* custom properties each element’s styles read, each described', () => {
    for (const [tag, element] of elements) {
      const css = classes
        .get(tag)!
        .elementStyles.map((s) => s.cssText)
        .join('\n');
      const read = new Set([...css.matchAll(/var\(\s*(--pain-[\w-]+)/g)].map((m) => m[1]));
      const listed = (element.cssProperties ?? []).map((p) => p.name);
      assert.deepEqual(sorted(listed), sorted(read), `<${tag}> CSS custom properties`);
      for (const prop of element.cssProperties ?? []) assert.ok(prop.description, `<${tag}> ${prop.name}`);
    }
  });

  it('lists each event once, with its name, its event class and a description', async () => {
    const eventClasses = await importBuilt('dist/events.js');
    for (const [tag, element] of elements) {
      const events = element.events ?? [];
      assert.deepEqual(
        events.map((e) => e.name),
        EVENTS[tag],
        `<${tag}> events`,
      );
      for (const event of events) {
        const EventClass = eventClasses[event.type?.text ?? ''];
        assert.ok(EventClass, `<${tag}> ${event.name}: ${event.type?.text} is an exported event class`);
        assert.equal(new EventClass({}).type, event.name, `${event.type?.text} fires ${event.name}`);
        assert.ok(event.description, `<${tag}> ${event.name} is described`);
      }
    }
  });

  it('lists the slots: a clinic note for every section of every kind of topic, before and after', async () => {
    const { SECTIONS_BY_KIND } = await importBuilt('dist/content/types.js');
    const sections = new Set(Object.values(SECTIONS_BY_KIND as Record<string, string[]>).flat());
    const slots = (tag: string) => (elements.get(tag)!.slots ?? []).map((s) => s.name);
    assert.deepEqual(sorted(slots('pain-procedure')), sorted(['before', 'after', ...sections]));
    assert.deepEqual(slots('pain-recovery'), ['before', 'after']);
    assert.deepEqual(slots('pain-term'), ['']);
    for (const [tag, element] of elements) {
      for (const slot of element.slots ?? []) assert.ok(slot.description, `<${tag}> slot "${slot.name}"`);
    }
  });

  it('lists every part an element’s own template names, each described', async () => {
    for (const [tag, element] of elements) {
      const source = await readFile(element.module.replace(/^dist\/(.*)\.js$/, 'src/$1.ts'), 'utf8');
      const named = [...source.matchAll(/part="([^"]*)"/g)]
        .flatMap((m) => m[1].split(/\s+/))
        .filter((part) => part && !part.includes('$'));
      const listed = new Set((element.cssParts ?? []).map((p) => p.name));
      assert.deepEqual(
        named.filter((part) => !listed.has(part)),
        [],
        `<${tag}> parts missing from the manifest`,
      );
      for (const part of element.cssParts ?? []) assert.ok(part.description, `<${tag}> part ${part.name}`);
    }
  });

  it('gives every element the shared lang and dir attributes', () => {
    for (const [tag, element] of elements) {
      const names = (element.attributes ?? []).map((a) => a.name);
      assert.ok(names.includes('lang') && names.includes('dir'), `<${tag}> has lang and dir`);
    }
  });
});
