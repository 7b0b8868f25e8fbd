import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// Reads the CDN build made by `npm run build` (rollup writes bundle-report.json).
const report: Record<string, { isEntry: boolean; dynamicImports: string[]; modules: string[] }> = JSON.parse(
  readFileSync('dist/cdn/bundle-report.json', 'utf8'),
);

describe('CDN bundle', () => {
  const entry = report['painkit.js'];

  it('has one entry module, painkit.js', () => {
    assert.equal(entry.isEntry, true);
    assert.deepEqual(
      Object.entries(report)
        .filter(([, chunk]) => chunk.isEntry)
        .map(([name]) => name),
      ['painkit.js'],
    );
  });

  it('does not ship marked, DOMPurify or the YAML parser on the default path', () => {
    const lazyOnly = entry.modules.filter((id) => /node_modules\/(marked|dompurify|yaml)\//.test(id));
    assert.deepEqual(lazyOnly, []);
    const code = readFileSync('dist/cdn/painkit.js', 'utf8');
    assert.doesNotMatch(code, /DOMPurify|uponSanitizeElement/);
  });

  it('loads the Markdown renderer and the Spanish strings as lazy chunks', () => {
    const lazy = entry.dynamicImports.map((file) => report[file].modules.join('\n'));
    assert.ok(
      lazy.some((modules) => modules.includes('node_modules/marked/') && modules.includes('node_modules/dompurify/')),
    );
    assert.ok(lazy.some((modules) => modules.includes('dist/i18n/generated/es.js')));
  });
});
