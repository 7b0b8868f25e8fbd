import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

// custom-elements.json comes from the elements' JSDoc; editor support
// (VS Code custom data, JetBrains web-types) comes from the manifest.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/i18n/generated/**'],
  litelement: true,
  plugins: [
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', packageJson: false }),
  ],
};
