import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

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

/** The element a chunk registers, from its facade module (`dist/pain-procedure.js` → `pain-procedure`). */
const elementOf = (chunk) => /\/dist\/(pain-[\w-]+)\.js$/.exec(chunk.facadeModuleId ?? '')?.[1];
/** The interface locale a chunk holds the catalog of (`dist/i18n/generated/es.js` → `es`). */
const catalogOf = (chunk) => /\/dist\/i18n\/generated\/([\w-]+)\.js$/.exec(chunk.facadeModuleId ?? '')?.[1];

/**
 * Tells the autoloader each element's whole module graph, so it requests the
 * element chunk and every chunk it imports at once (`<link rel=modulepreload>`)
 * instead of discovering the imports one round trip later; and each interface
 * catalog's chunk (`catalog:es`), requested as soon as an element speaks that
 * locale. Appends to the entry a hoisted `function __painkitPreloads()` returning
 * `{ files, graph: { tag or catalog: [index in files] } }`; appending keeps the source
 * map's positions. File names carry rollup's hash placeholders here, which
 * rollup replaces with the final hashes.
 */
const modulePreloads = () => ({
  name: 'painkit-module-preloads',
  renderChunk(code, chunk, _options, { chunks }) {
    if (!chunk.isEntry) return null;
    const files = [];
    const graph = {};
    const indexOf = (name) => {
      if (!files.includes(name)) files.push(name);
      return files.indexOf(name);
    };
    for (const fileName of chunk.dynamicImports) {
      const tag = elementOf(chunks[fileName]);
      if (!tag) continue;
      const seen = new Set();
      const visit = (name) => {
        if (name === chunk.fileName || seen.has(name)) return;
        seen.add(name);
        for (const dependency of chunks[name].imports) visit(dependency);
      };
      visit(fileName);
      graph[tag] = [...seen].filter((name) => name !== fileName).map(indexOf);
    }
    for (const other of Object.values(chunks)) {
      const locale = catalogOf(other);
      if (locale) graph[`catalog:${locale}`] = [indexOf(other.fileName)];
    }
    const preloads = JSON.stringify({ files, graph });
    return { code: `${code}\nfunction __painkitPreloads(){return ${preloads}}\n`, map: null };
  },
});

/**
 * The CDN fetches painkit's own content as JSON beside it, so it bundles
 * none: src/content/own-content.ts (which imports build-content's map of
 * content modules, dist/data/loaders.js) finds no module here, and the
 * default path pays nothing for it.
 */
const fetchOwnContent = () => ({
  name: 'painkit-fetch-own-content',
  load: (id) =>
    id === resolve('dist/content/own-content.js')
      ? 'export const bundlesOwnContent = false; export const importOwnContent = () => {};'
      : null,
});

/** `, desc: '…'` in a `msg()` options object, as tsc writes it (a single- or double-quoted string). */
const MSG_DESC = /,\s*desc: (?:'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")/g;

/**
 * Leaves out each `msg()` call's `desc`: the note for translators that
 * `lit-localize extract` copies from the TypeScript source into the XLIFF
 * files, and that nothing reads at run time (src/i18n/localizer.ts looks
 * messages up by `id`). Only in painkit's own modules; the npm build keeps it.
 */
const stripMessageNotes = () => ({
  name: 'painkit-strip-message-notes',
  transform(code, id) {
    if (!id.startsWith(resolve('dist')) || !code.includes('desc: ')) return null;
    const out = new MagicString(code);
    for (const match of code.matchAll(MSG_DESC)) out.remove(match.index, match.index + match[0].length);
    return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
  },
});

/** Every module `id` imports statically, itself included. */
function staticGraph(id, getModuleInfo) {
  const seen = new Set();
  const visit = (module) => {
    if (seen.has(module)) return;
    seen.add(module);
    for (const imported of getModuleInfo(module)?.importedIds ?? []) visit(imported);
  };
  visit(id);
  return seen;
}

/**
 * One chunk, `topic-core`, for what `<pain-procedure>` imports beyond the
 * entry (Lit, the topic element's base class, content loading, the glossary's
 * messages): left to itself, rollup splits it into four chunks by which other
 * elements share each part, and the default path then makes four requests
 * where one does (each costs a connection, and on HTTP/1.1 more than six wait).
 * Elements that need less of it (`<pain-clinic>`, `<pain-term>`) load a
 * few kilobytes more; their size budget holds it.
 */
const topicCore = () => {
  let entry, core;
  return (id, { getModuleInfo }) => {
    if (!core) {
      entry = staticGraph(resolve('dist/autoloader.js'), getModuleInfo);
      const element = resolve('dist/pain-procedure.js');
      core = new Set([...staticGraph(element, getModuleInfo)].filter((m) => m !== element && !entry.has(m)));
    }
    // The entry's own modules are named too: else the manual chunk would take those it imports.
    if (entry.has(id)) return 'painkit';
    return core.has(id) ? 'topic-core' : undefined;
  };
};

/**
 * The CDN build: one small module a clinic includes with a single script
 * tag (src/autoloader.ts). It loads each element's code only when its tag is
 * on the page, and everything else lazily as chunks beside it (interface
 * translations; the Markdown parser and sanitizer only when `src` is used).
 * It bundles tsc's output (dist/). Compiled content is fetched from
 * dist/data/ (see fetchOwnContent).
 */
const cdn = {
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
    manualChunks: topicCore(),
  },
  plugins: [
    fetchOwnContent(),
    stripMessageNotes(),
    nodeResolve({ browser: true }),
    terser({ format: { comments: false }, ecma: 2020, module: true }),
    modulePreloads(),
    bundleReport(),
  ],
};

/** Emits `src/infobutton/infobutton.html` as `infobutton.html` beside the build. */
const infobuttonHtml = () => ({
  name: 'painkit-infobutton-html',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'infobutton.html',
      source: readFileSync('src/infobutton/infobutton.html'),
    });
  },
});

/**
 * The static Infobutton page: `dist/infobutton.html` and its script in
 * `dist/infobutton-page/` (src/infobutton/infobutton-page.ts, with the
 * elements it shows, code-split; at the same depth as `dist/cdn/`, so it
 * fetches painkit's content from `dist/data/` like the CDN build). A build of
 * its own, so the CDN entry's chunks and size do not change.
 */
const infobutton = {
  input: { infobutton: 'dist/infobutton/infobutton-page.js' },
  onwarn: cdn.onwarn,
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'infobutton-page/[name].js',
    chunkFileNames: 'infobutton-page/[name]-[hash].js',
  },
  plugins: [
    fetchOwnContent(),
    stripMessageNotes(),
    nodeResolve({ browser: true }),
    terser({ format: { comments: false }, ecma: 2020, module: true }),
    infobuttonHtml(),
  ],
};

export default [cdn, infobutton];
