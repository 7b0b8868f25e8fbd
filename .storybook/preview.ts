import { html } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';

// Storybook reads the elements' docs from custom-elements.json (made by
// `npm run analyze` from the class JSDoc), never from a copy. The file is a
// build output: when it has not been generated, stories still work, with only
// the argTypes written in the story files.
const manifests = import.meta.glob<unknown>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
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
