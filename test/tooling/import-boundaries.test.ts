import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

// The lint rule that keeps the two packages apart (eslint.config.js), run on
// made-up files in each folder: the browser runtime (src/) imports no Node
// module, Node-only package or tooling; the tooling imports no element
// registration. Each forbidden import fails `npm run lint` with a reason.
const eslint = new ESLint();

/** The no-restricted-imports messages for a file at `filePath` that imports `source`. */
async function restricted(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import '${source}';\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

async function assertBoundary(filePath: string, reason: RegExp, forbidden: string[], allowed: string[]) {
  for (const source of forbidden) {
    const messages = await restricted(filePath, source);
    assert.equal(messages.length, 1, `${filePath} importing ${source} is a lint error`);
    assert.match(messages[0]!, reason);
  }
  for (const source of allowed) assert.deepEqual(await restricted(filePath, source), [], `${source} is allowed`);
}

describe('import boundaries (lint)', () => {
  it('the browser runtime cannot import Node modules, Node-only packages or the tooling', async () => {
    await assertBoundary(
      'src/elements/procedure/example.ts',
      /The browser runtime \(src\/\) runs in browsers/,
      [
        'node:fs/promises',
        'path',
        'fs/promises',
        'jsdom',
        'playwright-core',
        'qrcode',
        '../../../tooling/content/build-content.js',
        'painkit-cli/handout',
      ],
      ['lit', 'marked', 'dompurify', 'yaml', '../../markdown/render.js', './procedure.styles.js'],
    );
  });

  it('the tooling cannot import an element registration, by path or by package name', async () => {
    await assertBoundary(
      'tooling/content/example.ts',
      /The tooling \(tooling\/\) must not register custom elements/,
      [
        '../../src/pain-procedure.js',
        '../../src/index.js',
        '../../src/autoloader.js',
        '../../src/elements/procedure/pain-procedure.js',
        'painkit',
        'painkit/pain-procedure.js',
        'painkit/autoloader.js',
        'painkit/react',
        'painkit/cdn/painkit.js',
      ],
      ['painkit/markdown', 'node:fs/promises', 'jsdom', '../../src/markdown/index.js', './validate.js'],
    );
  });

  it("the browser runtime never uses @lit/localize's page-wide configuration, which belongs to the host app", async () => {
    for (const name of ['msg', 'configureLocalization', 'setLocale']) {
      const [result] = await eslint.lintText(`import { ${name} } from '@lit/localize';\nexport { ${name} };\n`, {
        filePath: 'src/elements/procedure/example.ts',
      });
      const messages = result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
      assert.equal(messages.length, 1, `importing ${name} from @lit/localize is a lint error`);
      assert.match(messages[0]!, /page-wide configuration/);
    }
    const [allowed] = await eslint.lintText(`import { str } from '@lit/localize';\nexport { str };\n`, {
      filePath: 'src/elements/procedure/example.ts',
    });
    assert.deepEqual(
      allowed!.messages.filter((m) => m.ruleId === 'no-restricted-imports'),
      [],
    );
  });
});
