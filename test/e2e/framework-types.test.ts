import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

// The Vue and JSX types generated from custom-elements.json (after `npm run
// build`), as an app's type checker sees them: each fixture project gets
// `painkit` in its node_modules (a link to this package, so `painkit/vue` and
// `painkit/jsx` resolve through the exports map) and runs `vue-tsc` or `tsc`
// on correct usage (tsconfig.json) and on two mistakes (tsconfig.wrong.json).

const root = process.cwd();
const FIXTURES = join(root, 'test/e2e/fixtures');

/** Packages a fixture project links from this repository's node_modules. */
const LINKED: Record<string, string[]> = { vue: ['vue', '@vue'], jsx: ['@types/react'] };

interface Result {
  code: number;
  output: string;
}

async function check(compiler: string, cwd: string, project: string): Promise<Result> {
  try {
    await promisify(execFile)(join(root, 'node_modules/.bin', compiler), ['-p', project], { cwd, timeout: 300_000 });
    return { code: 0, output: '' };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, output: stdout + stderr };
  }
}

describe('Vue and JSX types from the manifest', () => {
  let dir = '';
  const projects: Record<string, string> = {};

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'painkit-types-'));
    for (const [name, packages] of Object.entries(LINKED)) {
      const project = join(dir, name);
      await cp(join(FIXTURES, name), project, { recursive: true });
      await mkdir(join(project, 'node_modules/@types'), { recursive: true });
      await symlink(root, join(project, 'node_modules/painkit'), 'dir');
      for (const pkg of packages) {
        await mkdir(dirname(join(project, 'node_modules', pkg)), { recursive: true });
        await symlink(resolve(root, 'node_modules', pkg), join(project, 'node_modules', pkg), 'dir');
      }
      projects[name] = project;
    }
  });

  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('vue-tsc accepts a Vue SFC that binds properties and listens for events correctly', async () => {
    const { code, output } = await check('vue-tsc', projects.vue, 'tsconfig.json');
    assert.equal(code, 0, output);
  });

  it('vue-tsc rejects a property of the wrong type and a handler for the wrong event', async () => {
    const { code, output } = await check('vue-tsc', projects.vue, 'tsconfig.wrong.json');
    assert.notEqual(code, 0);
    assert.match(
      output,
      /wrong-property\.vue\(3,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/,
    );
    assert.match(output, /wrong-event\.vue\(11,\d+\): error TS2322/);
    assert.match(output, /Type 'CustomEvent<PainTopicLoadedDetail>' is not assignable to type 'PainErrorEvent'/);
  });

  it('tsc accepts TSX that sets properties and event handlers correctly', async () => {
    const { code, output } = await check('tsc', projects.jsx, 'tsconfig.json');
    assert.equal(code, 0, output);
  });

  it('tsc rejects a property of the wrong type and a handler for the wrong event in TSX', async () => {
    const { code, output } = await check('tsc', projects.jsx, 'tsconfig.wrong.json');
    assert.notEqual(code, 0);
    assert.match(output, /wrong-property\.tsx\(2,\d+\): error TS2322/);
    assert.match(
      output,
      /Types of property '"heading-level"' are incompatible\.\s+Type 'string' is not assignable to type 'number'/,
    );
    assert.match(output, /wrong-event\.tsx\(6,\d+\): error TS2322/);
    assert.match(output, /Type 'CustomEvent<PainTopicLoadedDetail>' is not assignable to type 'PainErrorEvent'/);
  });
});
