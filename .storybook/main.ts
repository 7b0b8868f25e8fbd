import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// Stories load the real compiled content, so it has to exist before Storybook starts.
if (!existsSync(here('../dist/data/manifest.json'))) {
  throw new Error('[painkit storybook] dist/data/ is missing: run `npm run build:ts && npm run build:content` first.');
}

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  staticDirs: [
    // Compiled content from `npm run build:content`: stories use content-base="data/".
    { from: '../dist/data', to: '/data' },
    // Hand-made content for states the real content never has, and a clinic's own Markdown.
    { from: '../test/fixtures', to: '/fixtures' },
  ],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // Lit's decorators need TypeScript's legacy decorators
    // (`experimentalDecorators: true, useDefineForClassFields: false`).
    // Vite 8 compiles TypeScript with Oxc, not esbuild: an `esbuild.tsconfigRaw`
    // setting is silently dropped there. Oxc does read tsconfig.json, but we
    // state the same settings here so the stories never depend on which
    // tsconfig a file happens to resolve to.
    const oxc = viteConfig.oxc === false ? {} : (viteConfig.oxc ?? {});
    return {
      ...viteConfig,
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        // Storybook's web-components renderer imports this one lit module; without it in the
        // pre-bundle the dev server loads a second copy of lit-html ("Multiple versions of Lit loaded").
        include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
      },
      oxc: {
        ...oxc,
        decorator: { ...oxc.decorator, legacy: true },
        // Together these two are `useDefineForClassFields: false`.
        typescript: { ...oxc.typescript, removeClassFieldsWithoutInitializer: true },
        assumptions: { ...oxc.assumptions, setPublicClassFields: true },
      },
    };
  },
};

export default config;
