import { it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Host } from './package-project.js';
import { assertShowsContent, copyApp, withStaticServer } from './package-project.js';

/**
 * The webpack 5 site of test/e2e/fixtures/webpack-app: no webpack
 * configuration (src/index.js in, dist/main.js out), the plain
 * `import 'painkit/pain-procedure.js'`, and a static page with an English
 * and a Spanish <pain-procedure>.
 */
export function webpackHostTests(host: () => Host): void {
  it('builds with webpack 5 (no configuration) and shows the topic in English and Spanish, content split out', async () => {
    const { dir, browser } = host();
    const app = await copyApp(dir, 'webpack-app');
    const built = execFileSync(
      process.execPath,
      [join(dir, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production'],
      { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    assert.match(built, /compiled successfully/, 'no webpack warning or error');
    const { title } = JSON.parse(
      await readFile(join(dir, 'node_modules/painkit/dist/data/es/radiofrequency-ablation.json'), 'utf8'),
    );
    const chunks = (await readdir(join(app, 'dist'))).filter((name) => name.endsWith('.js'));
    const withTitle = [];
    for (const chunk of chunks)
      if ((await readFile(join(app, 'dist', chunk), 'utf8')).includes(title)) withTitle.push(chunk);
    assert.ok(
      withTitle.length > 0 && !withTitle.includes('main.js'),
      `the Spanish topic is in chunks of its own, loaded when shown, not in main.js: ${withTitle}`,
    );
    await copyFile(join(app, 'index.html'), join(app, 'dist/index.html'));
    await withStaticServer(join(app, 'dist'), async (origin) => {
      await (await assertShowsContent(browser, `${origin}/index.html`, dir)).page.close();
    });
  });
}
