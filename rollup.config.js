import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * Writes which modules went into which chunk, so tests and the size script
 * can check what the default path ships (e.g. no Markdown parser).
 */
const bundleReport = () => ({
  name: 'painkit-bundle-report',
  generateBundle(_options, bundle) {
    const report = Object.fromEntries(
      Object.values(bundle)
        .filter((file) => file.type === 'chunk')
        .map((chunk) => [
          chunk.fileName,
          {
            isEntry: chunk.isEntry,
            imports: chunk.imports,
            dynamicImports: chunk.dynamicImports,
            modules: Object.keys(chunk.modules).map((id) => id.slice(process.cwd().length + 1)),
          },
        ]),
    );
    this.emitFile({ type: 'asset', fileName: 'bundle-report.json', source: JSON.stringify(report, null, 2) });
  },
});

/**
 * The CDN build: one small module a clinic includes with a single script
 * tag (src/autoloader.ts). It loads each element's code only when its tag is
 * on the page, and everything else lazily as chunks beside it (interface
 * translations; the Markdown parser and sanitizer only when `src` is used).
 * It bundles tsc's output (dist/). Compiled content is fetched from
 * dist/data/.
 */
export default {
  input: { painkit: 'dist/autoloader.js' },
  // Lazy chunks may import what the entry already has from the entry itself.
  preserveEntrySignatures: 'allow-extension',
  onwarn(warning, warn) {
    // tsc's decorator helper reads top-level `this`; harmless in modules.
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true }),
    terser({ format: { comments: false }, ecma: 2020, module: true }),
    bundleReport(),
  ],
};
