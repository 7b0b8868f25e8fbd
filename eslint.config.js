import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';

const dependencies = (path) => Object.keys(JSON.parse(readFileSync(path, 'utf8')).dependencies);
/** What painkit-cli depends on and the browser package does not (jsdom, playwright-core, …). */
const nodeOnlyPackages = dependencies('tooling/package.json').filter(
  (name) => name !== 'painkit' && !dependencies('package.json').includes(name),
);
const NOT_IN_BROWSER = 'The browser runtime (src/) runs in browsers: no Node modules, no tooling.';
const OWN_LOCALIZATION =
  "painkit never uses @lit/localize's page-wide configuration, which belongs to the host app: take a Localizer (t.msg) or this.localize.";
const NO_REGISTRATION =
  'The tooling (tooling/) must not register custom elements: import shared code from painkit/markdown.';

export default tseslint.config(
  { ignores: ['**/dist/**', 'storybook-static/**', 'src/i18n/generated/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
    },
  },
  {
    // The runtime never imports Node modules, Node-only packages or the tooling.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...[...builtinModules, ...nodeOnlyPackages].map((name) => ({ name, message: NOT_IN_BROWSER })),
            {
              name: '@lit/localize',
              importNames: [
                'msg',
                'configureLocalization',
                'getLocale',
                'setLocale',
                'localized',
                'updateWhenLocaleChanges',
              ],
              message: OWN_LOCALIZATION,
            },
          ],
          patterns: [
            { regex: '^node:', message: NOT_IN_BROWSER },
            { regex: '(^|/)tooling(/|$)', message: NOT_IN_BROWSER },
            { regex: '^painkit-cli(/|$)', message: NOT_IN_BROWSER },
            { regex: '(^|/)ssr/index(\\.js)?$', message: NOT_IN_BROWSER },
          ],
        },
      ],
    },
  },
  {
    // painkit/ssr is the one Node entry of the package: it renders the runtime's elements on a server,
    // with @lit-labs/ssr (an optional peer dependency) and the file system. No browser code imports it.
    files: ['src/ssr/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The tooling never imports an element registration: src/pain-*.ts (at any depth), src/index.ts,
    // src/autoloader.ts, or their published forms (painkit, painkit/pain-*.js, painkit/autoloader.js,
    // painkit/react, painkit/cdn/*).
    files: ['tooling/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)src/(.+/)?pain-[^/]+$', message: NO_REGISTRATION },
            { regex: '(^|/)src/(index|autoloader)(\\.[jt]s)?$', message: NO_REGISTRATION },
            { regex: '^painkit(/(pain-[^/]+|autoloader\\.js|react|cdn/.*))?$', message: NO_REGISTRATION },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
