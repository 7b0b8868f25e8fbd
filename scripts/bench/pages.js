// Writes the benchmark's pages into node_modules/.cache/painkit-bench/ (never
// published): one topic shown six ways (painkit's script tag; painkit
// rendered on the server with painkit/ssr plus its script tag, its data once
// per page or once per element; zero-md; the least a script that fetches the
// topic can do; static HTML), each with 1 or N copies.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { ServerPage, renderElement } from '../../dist/ssr/index.js';

/** The topic every variant shows. */
export const TOPIC = 'radiofrequency-ablation';
/** Where the pages are written: served from the package folder, kept out of git and of the published package. */
export const BENCH_DIR = 'node_modules/.cache/painkit-bench';
/** The variants, in the order the table shows them. */
export const VARIANTS = ['static', 'script-fetch', 'zero-md', 'painkit', 'painkit-ssr', 'painkit-ssr-each'];

const CHUNK = `dist/data/en/${TOPIC}.json`;
const MARKDOWN = `content/en/${TOPIC}.md`;

const decode = (html) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Glossary words as plain text: the static page has no painkit. */
const withoutTerms = (html) => html.replace(/<\/?pain-term[^>]*>/g, '');

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const list = (items) => `<ul>${items.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>`;

/**
 * The text that marks "content is on screen": the last line of the topic's
 * last paragraph or list item (the same words in every variant).
 */
export function lastParagraphText(chunk) {
  const html = chunk.sections.filter((section) => section.html).at(-1).html;
  const blocks = [...html.matchAll(/<(p|li)>([\s\S]*?)<\/\1>/g)];
  if (blocks.length === 0) throw new Error(`${CHUNK}: the last section has no paragraph or list item`);
  return decode(blocks.at(-1)[2]).split('\n').filter(Boolean).at(-1).trim();
}

/** The topic as plain HTML, from the compiled chunk: title, summary, sections, groups, recovery timeline. */
export function staticArticle(chunk) {
  const sections = chunk.sections.map((section) => {
    const groups = (section.groups ?? []).map((group) => `<h3>${escape(group.title)}</h3>${list(group.items)}`);
    const recovery =
      section.id === 'recovery'
        ? (chunk.recovery ?? []).map(
            (step) => `<h3>${escape(step.when)}</h3>${list(step.expect ?? [])}${list(step.do ?? [])}`,
          )
        : [];
    return `<section><h2>${escape(section.title)}</h2>${withoutTerms(section.html)}${groups.join('')}${recovery.join('')}</section>`;
  });
  return `<article><h1>${escape(chunk.title)}</h1><p>${escape(chunk.summary)}</p>${sections.join('')}</article>`;
}

/** The topic's Markdown body (front matter and `{#id}` heading anchors removed), as zero-md is served it. */
export function markdownBody(source) {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body.replace(/ \{#[\w-]+\}$/gm, '');
}

const page = (title, head, body) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

const repeat = (count, html) => Array.from({ length: count }, () => html).join('\n');

/**
 * zero-md through its documented extension point (ZeroMdBase with your own
 * parser), so nothing leaves localhost: marked from this package, loaded
 * lazily as zero-md loads its own, and zero-md's host style without its
 * remote GitHub stylesheet.
 */
const ZERO_MD_DEFINE = `<script type="module">
import { ZeroMdBase, STYLES } from '/node_modules/zero-md/dist/index.min.js';
class BenchZeroMd extends ZeroMdBase {
  async load() {
    const { Marked } = await import('./marked.min.js');
    this.template = STYLES.HOST;
    this.marked = new Marked({ async: true });
  }
  async parse({ text }) {
    return this.marked.parse(text);
  }
}
customElements.define('zero-md', BenchZeroMd);
</script>`;

/**
 * The reference for any script tag that fetches its content: one module
 * script that fetches the topic's compiled JSON and puts its sections' HTML
 * into each placeholder. No elements, no shadow DOM, no checks, no
 * interface: the same page, script and data hops as painkit's, and nothing
 * else.
 */
const SCRIPT_FETCH = `const chunk = await (await fetch('/${CHUNK}')).json();
const sections = chunk.sections.map((s) => '<section><h2>' + s.title + '</h2>' + (s.html ?? '') + '</section>');
const html = '<article><h1>' + chunk.title + '</h1>' + sections.join('') + '</article>';
for (const el of document.querySelectorAll('[data-topic]')) el.innerHTML = html;
`;

/** painkit's script tag from `cdn`, a folder under the package folder. */
const painkitScript = (cdn = 'dist/cdn') => `<script type="module" src="/${cdn}/painkit.js"></script>`;

/** painkit's script tag from `cdn`, `count` times the topic. */
const painkitPage = (title, cdn, count) =>
  page(title, painkitScript(cdn), repeat(count, `<pain-procedure topic="${TOPIC}"></pain-procedure>`));

const builders = {
  static: (count, chunk) => page('static', '', repeat(count, staticArticle(chunk))),
  'script-fetch': (count) =>
    page(
      'script-fetch',
      '<script type="module" src="script-fetch.js"></script>',
      repeat(count, '<div data-topic></div>'),
    ),
  'zero-md': (count) => page('zero-md', ZERO_MD_DEFINE, repeat(count, `<zero-md src="${TOPIC}.md"></zero-md>`)),
  painkit: (count) => painkitPage('painkit', 'dist/cdn', count),
  'painkit-ssr': (count, _chunk, server) =>
    page('painkit-ssr', painkitScript(), `${repeat(count, server.element)}\n${server.data}`),
  'painkit-ssr-each': (count, _chunk, server) => page('painkit-ssr-each', painkitScript(), repeat(count, server.each)),
};

/** Minifies marked into the bench folder with rollup + terser, the way a CDN serves it. */
async function writeMarked() {
  const bundle = await rollup({ input: 'marked', plugins: [nodeResolve(), terser({ format: { comments: false } })] });
  await bundle.write({ file: join(BENCH_DIR, 'marked.min.js'), format: 'es' });
  await bundle.close();
}

/**
 * Writes every page (`<variant>-<count>.html`) and the Markdown file; returns
 * the marker text. Needs `npm run build` first (it reads dist/data/). With
 * `baseline` (a folder under the package folder holding an earlier build's
 * `cdn/` and `data/`), also `baseline-<count>.html`: that build's script tag.
 */
export async function writePages(counts, { baseline } = {}) {
  let chunk;
  try {
    chunk = JSON.parse(readFileSync(CHUNK, 'utf8'));
  } catch (error) {
    throw new Error(`${CHUNK} could not be read (run \`npm run build\` first): ${error.message}`, {
      cause: error,
    });
  }
  mkdirSync(BENCH_DIR, { recursive: true });
  writeFileSync(join(BENCH_DIR, `${TOPIC}.md`), markdownBody(readFileSync(MARKDOWN, 'utf8')));
  writeFileSync(join(BENCH_DIR, 'script-fetch.js'), SCRIPT_FETCH);
  await writeMarked();
  // As a portal renders a page: the elements, then each topic's data once (painkit/ssr's ServerPage).
  const serverPage = new ServerPage();
  const element = await serverPage.render('pain-procedure', { topic: TOPIC });
  // And as renderElement() gives each element: its topic's data in its own shadow root.
  const server = { element, data: serverPage.data(), each: await renderElement('pain-procedure', { topic: TOPIC }) };
  for (const count of counts)
    for (const variant of VARIANTS)
      writeFileSync(join(BENCH_DIR, `${variant}-${count}.html`), builders[variant](count, chunk, server));
  if (baseline)
    for (const count of counts)
      writeFileSync(join(BENCH_DIR, `baseline-${count}.html`), painkitPage('baseline', `${baseline}/cdn`, count));
  return lastParagraphText(chunk);
}
