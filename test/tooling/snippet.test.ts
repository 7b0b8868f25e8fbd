import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const painkit = (args: string[]) =>
  spawnSync(process.execPath, [resolve('tooling/dist/cli.js'), ...args], { encoding: 'utf8' });

// What the snippet shows in a browser, with and without JavaScript, is tested in test/e2e/ssr.test.ts.
describe('painkit snippet', () => {
  it('prints the topic as server-rendered HTML in the language asked for, with the script line to make it live', () => {
    const run = painkit(['snippet', 'radiofrequency-ablation', '--lang', 'es', '--sections', 'preparing']);
    assert.equal(run.status, 0, run.stderr);
    const [comment, ...rest] = run.stdout.split('\n');
    const html = rest.join('\n');
    assert.match(
      comment!,
      /^<!-- painkit snippet: .*<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/painkit@\d+\.\d+\.\d+\/dist\/cdn\/painkit\.js"><\/script> -->$/,
    );
    assert.match(
      html,
      /^<pain-procedure topic="radiofrequency-ablation" lang="es" sections="preparing"><template shadowroot="open" shadowrootmode="open">/,
    );
    assert.match(html, /Cómo prepararse/);
    assert.doesNotMatch(html, /id="heading-what-it-is"/, 'only the sections asked for (and the red flags)');
    assert.match(html, /id="heading-when-to-call"/);
  });

  it("prints a clinic's own topic from its overlay", () => {
    const run = painkit(['snippet', 'occipital-nerve-block', '--overlay', 'test/fixtures/overlay']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /<h2[^>]*part="title"[^>]*>Occipital nerve block<\/h2>/);
  });

  it('names an unknown topic (with the closest) or language, exit 2, nothing on stdout', () => {
    for (const [args, message] of [
      [
        ['radiofrequency-ablatoin'],
        'there is no topic "radiofrequency-ablatoin"; did you mean radiofrequency-ablation?',
      ],
      [['radiofrequency-ablation', '--lang', 'xx'], 'there is no content in "xx"; the languages are en, es'],
    ] as const) {
      const run = painkit(['snippet', ...args]);
      assert.equal(run.stderr.trim(), `painkit snippet: ${message}`);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
    }
  });
});
