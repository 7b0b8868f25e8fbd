/**
 * Seeded, bounded generator of hostile content files for the fuzz tests:
 * the same seed always gives the same files, so a failure can be replayed
 * (`FUZZ_SEED=<seed>`). Plain JavaScript, so the Node tests and the browser
 * test server (web-test-runner.config.js) share it.
 */

/** mulberry32: a small, fast, seeded pseudo-random generator. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Markdown that tries to run script, escape the sanitizer, or make a parser hang or crash. */
const BODY = [
  '<img src=x onerror=__pwned("img")>',
  'Hi <kbd> <img/src/onerror=__pwned("kbd")> </kbd> there',
  '<code><svg onload=__pwned("code")></code>',
  '<pre><iframe srcdoc="<script>__pwned(1)</script>"></pre>',
  '<script>__pwned("script")</script>',
  '<script src=//evil.example/x.js',
  '<scr<script>ipt>__pwned("split")</script>',
  '[click](javascript:__pwned("link"))',
  '[click](&#106;avascript:__pwned("entity"))',
  '[click](jav&#x09;ascript:__pwned("tab"))',
  '[click](data:text/html;base64,PHNjcmlwdD5fX3B3bmVkKCk8L3NjcmlwdD4=)',
  '![x](x" onerror="__pwned(\'image\'))',
  '[a](https://example.org "t\\" onmouseover=\\"__pwned()")',
  '<a href="javascript:__pwned()">raw link</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__pwned("mxss")>',
  '<details open ontoggle=__pwned("details")>',
  '<!-- <img src=x onerror=__pwned("comment")> -->',
  '<![CDATA[<img src=x onerror=__pwned("cdata")>]]>',
  '[__proto__]: https://example.org/proto',
  '[constructor]: https://example.org/ctor',
  '`<img src=x onerror=__pwned("inline-code")>`',
  '```html\n<img src=x onerror=__pwned("fence")>\n```',
  '| a | b |\n| - | - |\n| <img src=x onerror=__pwned("table")> | [x](javascript:__pwned()) |',
  '### Sub {#__proto__}',
  '### {#}',
  '#### <img src=x onerror=__pwned("h4")> {#h4}',
  '\u202e reversed \u0000 nul \u2028 line separator',
];

/** Shapes that are cheap to write and were once expensive to read. */
const HEAVY = [
  (r) => `## What it is${' '.repeat(1000 + Math.floor(r() * 20000))}{#what-it-is}`,
  (r) => `###${' '.repeat(1000 + Math.floor(r() * 20000))}`,
  (r) => '>'.repeat(5 + Math.floor(r() * 40)) + ' deep quote',
  (r) => `${'  '.repeat(Math.floor(r() * 30))}- deep list`,
  (r) => `${'*a '.repeat(10 + Math.floor(r() * 200))}`,
  (r) => `${'['.repeat(10 + Math.floor(r() * 500))}`,
  (r) => `${'word '.repeat(100 + Math.floor(r() * 5000))}`,
];

/** Front matter lines that try prototype pollution, YAML aliases and wrong types. */
const FRONT = [
  '__proto__: { polluted: "yes" }',
  'constructor: { prototype: { polluted: "yes" } }',
  'anchor: &a [lol, lol, lol]\nbomb: [*a, *a, *a, *a, *a, *a, *a, *a]',
  'title: [not, a, string]',
  'summary: !!binary aGVsbG8=',
  'kind: <script>__pwned("kind")</script>',
  'reviewed: 2099-13-45',
  'codes: { cpt: ["<img src=x onerror=__pwned()>"] }',
  'sources: [{ title: x, url: "javascript:__pwned()" }]',
  'recovery: [{ id: "__proto__", when: "<b>now</b>", from-day: -1 }]',
];

const pick = (r, list) => list[Math.floor(r() * list.length)];

/**
 * One hostile variant of a valid topic file (`good`): fragments spliced into
 * its body after random lines, and sometimes into its front matter.
 */
export function hostileTopic(good, seed) {
  const r = random(seed);
  const end = good.indexOf('\n---', 3);
  let front = good.slice(0, end);
  const lines = good.slice(end).split('\n');
  const inserts = 1 + Math.floor(r() * 4);
  for (let i = 0; i < inserts; i++) {
    const at = 2 + Math.floor(r() * (lines.length - 2));
    const fragment = r() < 0.2 ? pick(r, HEAVY)(r) : pick(r, BODY);
    lines.splice(at, 0, '', fragment, '');
  }
  if (r() < 0.4) front += `\n${pick(r, FRONT)}`;
  return `${front}${lines.join('\n')}`;
}

/** Clinic Markdown for `src`: a few sections of hostile fragments. */
export function hostileClinicPage(seed) {
  const r = random(seed);
  const parts = ['## What it is {#what-it-is}', '', 'A plain first paragraph.'];
  const count = 2 + Math.floor(r() * 6);
  for (let i = 0; i < count; i++) parts.push('', r() < 0.15 ? pick(r, HEAVY)(r) : pick(r, BODY));
  parts.push('', '## When to get help {#when-to-call}', '', 'The last paragraph.');
  return parts.join('\n');
}
