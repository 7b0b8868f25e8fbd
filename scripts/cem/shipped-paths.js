import { dirname, join } from 'node:path/posix';

/**
 * Points the manifest at the files the package ships: every module path and
 * module reference under `sourceDir` (`src/x.ts`, `/src/x.js` as the analyzer
 * writes resolved imports, or `./x.js` as it leaves re-exports) becomes the
 * compiled file in `outDir` (`dist/x.js`), as tsc emits it. Run it after
 * every plugin that reads source paths.
 *
 * @param {{ sourceDir: string, outDir: string }} options
 */
export function shippedPathsPlugin({ sourceDir, outDir }) {
  const source = new RegExp(`^/?${sourceDir}/(.*)\\.(ts|js)$`);
  const rewrite = (value, modulePath) => {
    if (Array.isArray(value)) return value.forEach((item) => rewrite(item, modulePath));
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') {
        const path = child.startsWith('.') ? join(dirname(modulePath), child) : child;
        value[key] = path.replace(source, `${outDir}/$1.js`);
      } else rewrite(child, modulePath);
    }
  };
  return {
    name: 'painkit-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) rewrite(mod, mod.path);
    },
  };
}
