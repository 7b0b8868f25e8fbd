/**
 * "Last updated" is a label patients read, so it must not understate how
 * recent a page is: every content file's `updated:` is on or after the day
 * its text last changed in git (or today, for uncommitted edits). Changes
 * to `updated:` itself, to a translation's `status` or `source-fingerprint`
 * do not count as changes to the text.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const git = (...args: string[]): string => execFileSync('git', args, { encoding: 'utf8' }).trim();

/** Lines whose change leaves what the reader sees unchanged. */
const BOOKKEEPING = /^[-+]\s*(updated|status|source-fingerprint):/;

/** Whether a unified diff changes any line other than bookkeeping. */
const changesText = (diff: string): boolean =>
  diff
    .split('\n')
    .filter((line) => /^[-+]/.test(line) && !/^(---|\+\+\+) /.test(line))
    .some((line) => !BOOKKEEPING.test(line));

/** The day (YYYY-MM-DD, committer's date) the file's text last changed. */
function lastTextChange(file: string): string | undefined {
  if (changesText(git('diff', 'HEAD', '--', file))) return new Date().toISOString().slice(0, 10);
  for (const line of git('log', '--format=%H %cs', '--', file).split('\n').filter(Boolean)) {
    const [commit, day] = line.split(' ');
    const parents = git('rev-list', '--parents', '-n', '1', commit).split(' ').length - 1;
    const diff = parents ? git('diff', `${commit}^`, commit, '--', file) : git('show', '--format=', commit, '--', file);
    if (changesText(diff)) return day;
  }
  return undefined;
}

function contentFiles(dir = 'content'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return contentFiles(path);
    return entry.name.endsWith('.md') && dir !== 'content' ? [path] : [];
  });
}

const shallow = (() => {
  try {
    return git('rev-parse', '--is-shallow-repository') === 'true' ? 'a shallow clone has no history' : false;
  } catch {
    return 'not a git checkout';
  }
})();

describe('"updated" dates', { skip: shallow }, () => {
  it('are never older than the last change to a file’s text', () => {
    const files = contentFiles();
    assert.ok(files.length > 60, `found ${files.length} content files`);
    const behind = files.flatMap((file) => {
      const updated = /^updated:\s*(\d{4}-\d{2}-\d{2})\s*$/m.exec(readFileSync(file, 'utf8'))?.[1];
      const changed = lastTextChange(file);
      return updated && changed && updated < changed ? [`${file}: updated ${updated}, text changed ${changed}`] : [];
    });
    assert.deepEqual(behind, []);
  });

  it('would catch a text change without a new date', () => {
    assert.equal(changesText('--- a/x.md\n+++ b/x.md\n-updated: 2026-11-28\n+updated: 2026-12-01'), false);
    assert.equal(changesText('-  source-fingerprint: "aa"\n+  source-fingerprint: "bb"'), false);
    assert.equal(changesText('-Numbness that lasts 6 hours\n+Numbness that lasts 24 hours'), true);
  });
});
