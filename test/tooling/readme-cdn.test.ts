import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

// The README's CDN snippet is the one a clinic copies: the full file path, at the version being published.
describe('README CDN snippet', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### From a CDN'), readme.indexOf('## Use it in an app (npm)'));
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

  it('loads painkit.js by its full file path, at the package version', () => {
    const scripts = [...section.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => m[1]);
    assert.deepEqual(scripts, [`https://cdn.jsdelivr.net/npm/painkit@${version}/dist/cdn/painkit.js`]);
  });

  it('names only files the package has, at that version', () => {
    const urls = [...section.matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/painkit@([^/]+)\/([^"]+)"/g)];
    assert.equal(urls.length, 2);
    for (const [, at, file] of urls) {
      assert.equal(at, version);
      assert.ok(existsSync(file!), `${file} is built (run npm run build first)`);
    }
  });
});
