import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type * as Schema from 'custom-elements-manifest/schema.js';

// The analyzer plugins of scripts/cem/, run by the real `cem analyze` on a
// tiny package: what they add to the manifest, and how a mistake in the
// JSDoc stops the analysis with a message naming the element and property.

const plugins = (name: string) => pathToFileURL(resolve('scripts/cem', name)).href;
const CEM = resolve('node_modules/.bin/cem');

const CONFIG = `
import { cssPropertiesPlugin } from '${plugins('css-properties.js')}';
import { registrationsPlugin } from '${plugins('registrations.js')}';
import { shippedPathsPlugin } from '${plugins('shipped-paths.js')}';
import { typedEventsPlugin } from '${plugins('typed-events.js')}';
export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  plugins: [
    registrationsPlugin({ helper: 'src/define.ts#define' }),
    typedEventsPlugin(),
    cssPropertiesPlugin({ prefix: '--x-' }),
    shippedPathsPlugin({ sourceDir: 'src', outDir: 'dist' }),
  ],
};
`;

const SOURCES: Record<string, string> = {
  // Without a package.json the analyzer never finishes.
  'package.json': '{ "name": "x-elements", "type": "module" }',
  'src/define.ts': `export function define(tag: string, element: CustomElementConstructor) { customElements.define(tag, element); }`,
  'src/events.ts': `
    /** The card was opened. */
    export class CardOpenEvent extends CustomEvent<{ id: string }> {
      constructor(detail: { id: string }) { super('x-card-open', { detail, bubbles: true }); }
    }`,
  'src/styles/tokens.ts': `
    import { css } from 'lit';
    const dark = css\`--x-ink: white; color: var(--x-ink-dark, #fff);\`;
    export const tokens = css\`:host { color: var(--x-ink, #111); padding: var(--x-space, calc(1rem + 2px)); } \${dark}\`;`,
  'src/elements/card.ts': `
    import { LitElement, css } from 'lit';
    import { tokens } from '../styles/tokens.js';
    import { CardOpenEvent } from '../events.js';
    /**
     * A card.
     * @tagname x-card
     * @fires x-card-open - The reader opened the card.
     * @cssprop --x-ink - Text color of the card.
     */
    export class XCard extends LitElement {
      static styles = [tokens, css\`a { color: var(--x-link); }\`];
      open() { this.dispatchEvent(new CardOpenEvent({ id: 'a' })); }
    }`,
  'src/elements/badge.ts': `
    import { css } from 'lit';
    import { XCard } from './card.js';
    /**
     * A badge: the card's styles and its own.
     * @tagname x-badge
     * @cssprop --x-space - Padding.
     * @cssprop --x-ink-dark - Text color in the dark theme.
     * @cssprop --x-link - Link color.
     * @cssprop --x-border - Border color of the badge.
     */
    export class XBadge extends XCard {
      static get styles() { return [...super.styles, css\`:host { border-color: var(--x-border); }\`]; }
    }`,
  // Met by the analyzer before the badge, but after it in tag order: the card's undocumented
  // --x-space takes the badge's wording, whatever order the modules come in.
  'src/elements/a-chip.ts': `
    import { LitElement, css } from 'lit';
    /**
     * A chip.
     * @tagname x-chip
     * @cssprop --x-space - Space around the chip.
     */
    export class XChip extends LitElement {
      static styles = css\`:host { margin: var(--x-space); }\`;
    }`,
  'src/x-card.ts': `import { XCard } from './elements/card.js';\nimport { define } from './define.js';\ndefine('x-card', XCard);`,
};

interface Run {
  code: number;
  output: string;
  manifest?: Schema.Package;
}

describe('manifest plugins (scripts/cem)', () => {
  let root = '';

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'painkit-cem-'));
  });
  after(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  /** Runs `cem analyze` on the package above, with some files changed. */
  async function analyze(name: string, changes: Record<string, string> = {}): Promise<Run> {
    const dir = join(root, name);
    for (const [file, text] of Object.entries({
      ...SOURCES,
      ...changes,
      'custom-elements-manifest.config.mjs': CONFIG,
    })) {
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await writeFile(join(dir, file), text);
    }
    try {
      const { stdout, stderr } = await promisify(execFile)(CEM, ['analyze'], { cwd: dir, timeout: 60_000 });
      return {
        code: 0,
        output: stdout + stderr,
        manifest: JSON.parse(await readFile(join(dir, 'custom-elements.json'), 'utf8')),
      };
    } catch (error) {
      const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
      return { code, output: stdout + stderr };
    }
  }

  it('adds tag definitions, merges typed events, derives CSS properties and points at dist/', async () => {
    const { code, output, manifest } = await analyze('good');
    assert.equal(code, 0, output);
    const declarations = new Map(
      manifest!.modules.flatMap((m) => m.declarations ?? []).map((d) => [d.name, d as Schema.CustomElementDeclaration]),
    );
    const paths = manifest!.modules.map((m) => m.path);
    assert.ok(
      paths.every((p) => /^dist\/.*\.js$/.test(p)),
      paths.join(', '),
    );

    assert.deepEqual(manifest!.modules.find((m) => m.path === 'dist/x-card.js')?.exports, [
      {
        kind: 'custom-element-definition',
        name: 'x-card',
        declaration: { name: 'XCard', module: 'dist/elements/card.js' },
      },
    ]);
    const helper = manifest!.modules.find((m) => m.path === 'dist/define.js');
    assert.ok(!helper?.exports?.some((e) => e.kind === 'custom-element-definition'), 'no definition named "tag"');

    assert.deepEqual(declarations.get('XCard')!.events, [
      { name: 'x-card-open', type: { text: 'CardOpenEvent' }, description: 'The reader opened the card.' },
    ]);
    assert.deepEqual(declarations.get('XCard')!.cssProperties, [
      { name: '--x-ink', description: 'Text color of the card.', default: '#111' },
      { name: '--x-space', description: 'Padding.', default: 'calc(1rem + 2px)' },
      { name: '--x-ink-dark', description: 'Text color in the dark theme.', default: '#fff' },
      { name: '--x-link', description: 'Link color.' },
    ]);
    // A styles getter whose super.styles brings the card's reads.
    assert.deepEqual(
      declarations.get('XBadge')!.cssProperties?.map((p) => p.name),
      ['--x-ink', '--x-space', '--x-ink-dark', '--x-link', '--x-border'],
    );
  });

  it('stops on a custom property read that no element documents', async () => {
    const { code, output } = await analyze('undocumented', {
      'src/styles/tokens.ts': SOURCES['src/styles/tokens.ts'].replace('#111', 'var(--x-fallback-ink)'),
    });
    assert.notEqual(code, 0);
    assert.match(output, /<x-card> \(src\/elements\/card\.ts\) reads --x-fallback-ink, but no element documents it/);
  });

  it('stops on a documented custom property the styles never read', async () => {
    const { code, output } = await analyze('unread', {
      'src/elements/badge.ts': SOURCES['src/elements/badge.ts'].replace(
        '@cssprop --x-link',
        '@cssprop --x-gap - Gap.\n * @cssprop --x-link',
      ),
    });
    assert.notEqual(code, 0);
    assert.match(output, /<x-badge> \(src\/elements\/badge\.ts\) documents --x-gap, but its styles never read it/);
  });
});
