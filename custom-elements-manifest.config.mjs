import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { cssPropertiesPlugin } from './scripts/cem/css-properties.js';
import { frameworkTypesPlugin } from './scripts/cem/framework-types.js';
import { registrationsPlugin } from './scripts/cem/registrations.js';
import { shippedPathsPlugin } from './scripts/cem/shipped-paths.js';
import { typedEventsPlugin } from './scripts/cem/typed-events.js';

const events = typedEventsPlugin();

// custom-elements.json comes from the elements' JSDoc and code (tag
// definitions, typed events, the CSS custom properties the styles read), and
// points at the shipped dist/*.js files; editor support (VS Code custom data,
// JetBrains web-types) and the Vue and JSX types come from the manifest.
// Plugins run in this order: the last four read the finished manifest.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/i18n/generated/**'],
  litelement: true,
  plugins: [
    registrationsPlugin({ helper: 'src/define.ts#define' }),
    events,
    cssPropertiesPlugin({ prefix: '--pain-' }),
    shippedPathsPlugin({ sourceDir: 'src', outDir: 'dist' }),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', packageJson: false }),
    frameworkTypesPlugin({
      outdir: 'dist',
      vueFileName: 'vue.d.ts',
      jsxFileName: 'jsx.d.ts',
      globalTypePath: './index.js',
      eventClasses: events.eventClasses,
    }),
  ],
};
