import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Reads the CDN build made by `npm run build` (rollup writes bundle-report.json).
type Chunk = { isEntry: boolean; imports: string[]; dynamicImports: string[]; modules: string[] };
const report: Record<string, Chunk> = JSON.parse(readFileSync('dist/cdn/bundle-report.json', 'utf8'));

/** A chunk and everything it imports statically. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (!seen.has(file)) {
    seen.add(file);
    for (const dep of report[file].imports) closure(dep, seen);
  }
  return seen;
}
const modulesOf = (files: Iterable<string>) => [...files].flatMap((f) => report[f].modules);
const LAZY_ONLY = /node_modules\/(marked|dompurify|yaml)\//;

describe('CDN bundle', () => {
  const entry = report['painkit.js'];

  it('has one entry module, painkit.js, that loads each element on demand', () => {
    assert.deepEqual(
      Object.entries(report)
        .filter(([, chunk]) => chunk.isEntry)
        .map(([name]) => name),
      ['painkit.js'],
    );
    const elements = entry.dynamicImports.map((file) => file.replace(/-[\w-]{8}\.js$/, '')).sort();
    assert.deepEqual(elements, [
      'pain-check',
      'pain-clinic',
      'pain-diary',
      'pain-language-picker',
      'pain-library',
      'pain-plan',
      'pain-procedure',
      'pain-recovery',
      'pain-term',
      // The print code, loaded when a page first prints (or a handout asks for the page's HTML).
      'printable-html',
    ]);
  });

  it('does not ship marked, DOMPurify or the YAML parser on any element’s default path', () => {
    for (const file of ['painkit.js', ...entry.dynamicImports]) {
      assert.deepEqual(
        modulesOf(closure(file)).filter((id) => LAZY_ONLY.test(id)),
        [],
        file,
      );
    }
    assert.doesNotMatch(readFileSync('dist/cdn/painkit.js', 'utf8'), /DOMPurify|uponSanitizeElement/);
  });

  it('loads the Markdown renderer (for src), the sanitizer alone (for others’ compiled content) and the Spanish strings as lazy chunks', () => {
    const lazy = Object.values(report)
      .flatMap((chunk) => chunk.dynamicImports)
      .map((file) => modulesOf(closure(file)).join('\n'));
    assert.ok(lazy.some((m) => m.includes('node_modules/marked/') && m.includes('node_modules/dompurify/')));
    assert.ok(
      lazy.some(
        (m) =>
          m.includes('dist/content/sanitize-content.js') &&
          m.includes('node_modules/dompurify/') &&
          !m.includes('node_modules/marked/'),
      ),
    );
    assert.ok(lazy.some((m) => m.includes('dist/i18n/generated/es.js')));
  });
});

describe('published files', () => {
  it('reference no source map: the package ships none, so a reference would be a 404 in every devtools', () => {
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|d\.ts|css)$/.test(f));
    assert.ok(files.length > 50);
    const referencing = files.filter((f) => readFileSync(join('dist', f), 'utf8').includes('sourceMappingURL='));
    assert.deepEqual(referencing, []);
  });
});
