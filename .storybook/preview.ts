import { html } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';

// Storybook reads the elements' docs from custom-elements.json (made by
// `npm run analyze` from the class JSDoc), never from a copy. The file is a
// build output: when it has not been generated, stories still work, with only
// the argTypes written in the story files.
interface Declaration {
  tagName?: string;
  members?: { name: string; privacy?: string }[];
  attributes?: { name: string; fieldName?: string }[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}
const manifests = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

const declarationOf = (tag: unknown): Declaration | undefined =>
  manifest?.modules?.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);

/** Rows of the manifest that document the element but cannot be set from the Controls panel. */
const DOCUMENTATION_ONLY = new Set(['events', 'css custom properties', 'css shadow parts']);

/**
 * Storybook lists every manifest entry as a control. A page author writes
 * attributes: hide the properties behind attributes with another name
 * (`headingLevel` behind `heading-level`) and protected or private members,
 * and give events, CSS custom properties and parts no control.
 */
const tidyManifestArgTypes: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes, component }) => {
  const declaration = declarationOf(component);
  if (!declaration) return argTypes;
  const hidden = new Set([
    ...(declaration.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name),
    ...(declaration.attributes ?? []).flatMap((a) => (a.fieldName && a.fieldName !== a.name ? [a.fieldName] : [])),
  ]);
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      if (hidden.has(name)) return [name, { ...argType, table: { ...argType.table, disable: true } }];
      const category = argType.table?.category;
      if (category && DOCUMENTATION_ONLY.has(category)) return [name, { ...argType, control: false }];
      return [name, argType];
    }),
  );
};

const preview: Preview = {
  argTypesEnhancers: [tidyManifestArgTypes],
  globalTypes: {
    locale: {
      description: 'Language of the page: elements without their own lang attribute follow it.',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', right: 'en', title: 'English' },
          { value: 'es', right: 'es', title: 'Español' },
          { value: 'fr', right: 'fr', title: 'Français (no content yet: English with a notice)' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    // painkit elements take their language from the nearest ancestor with `lang`:
    // the toolbar's locale is that ancestor. Stories that set `lang` themselves keep it.
    (story, { globals }) => html`<div lang=${globals.locale ?? 'en'}>${story()}</div>`,
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: {
      // Report axe violations in the Accessibility panel (and fail them in the
      // test runner, should one be added).
      test: 'error',
    },
  },
};

export default preview;
