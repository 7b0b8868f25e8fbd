/**
 * Points the manifest at the files the package ships: every module path and
 * module reference under `sourceDir` (`src/x.ts`, or `/src/x.js` as the
 * analyzer writes resolved imports) becomes the compiled file in `outDir`
 * (`dist/x.js`), as tsc emits it. Run it after every plugin that reads
 * source paths.
 *
 * @param {{ sourceDir: string, outDir: string }} options
 */
export function shippedPathsPlugin({ sourceDir, outDir }) {
  const source = new RegExp(`^/?${sourceDir}/(.*)\\.(ts|js)$`);
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') {
        value[key] = child.replace(source, `${outDir}/$1.js`);
      } else rewrite(child);
    }
  };
  return {
    name: 'painkit-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
    },
  };
}
