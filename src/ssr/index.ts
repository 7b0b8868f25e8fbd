/// <reference types="node" />
/**
 * Server rendering (`painkit/ssr`, Node only): a painkit topic element as
 * HTML with its content inline — declarative shadow DOM, in the requested
 * language, with its styles — so a crawler and a reader without JavaScript
 * get the whole topic. In the browser, painkit's element takes the rendered
 * shadow root over without fetching the topic again (see `PainTopicElement`).
 * Needs `@lit-labs/ssr` (an optional peer dependency: `npm i @lit-labs/ssr`).
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { configureClinic } from '../clinic/clinic-config.js';
import { ownFolder } from '../content/content-base.js';
import type { ClinicDetails } from '../content/types.js';
import { readFilesWith } from '../content/content-file.js';
import { loadTopic } from '../content/load-topic.js';
import { loadCatalog } from '../i18n/localizer.js';
import { uiLocaleFor } from '../i18n/locales.js';
import { GIVEN_TOPIC_ATTRIBUTE, PAGE_TOPICS_ATTRIBUTE, type GivenTopic } from '../elements/shared/given-topic.js';
import { renderedRequest } from '../elements/shared/rendered-request.js';

/** The elements painkit renders on a server: those that show one topic. */
const ELEMENTS = {
  'pain-procedure': () => import('../pain-procedure.js'),
  'pain-recovery': () => import('../pain-recovery.js'),
  'pain-check': () => import('../pain-check.js'),
};

/** A tag `renderElement` renders. */
export type ServerElement = keyof typeof ELEMENTS;

/** Where the content comes from. */
export interface ServerRenderOptions {
  /**
   * A folder of compiled content on disk: the output of `painkit build-content`
   * (e.g. with a clinic's overlay). painkit's own content when absent.
   */
  contentDir?: string;
  /**
   * The clinic's details, as the page's `<pain-clinic>` (or `configure()`)
   * gives them, so that the server shows the same phone numbers and
   * approvals as the page will. painkit's defaults (911, 988) when absent.
   */
  clinic?: ClinicDetails;
}

readFilesWith(async (url) => JSON.parse(await readFile(new URL(url), 'utf8')));

const escapeAttribute = (text: string) => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON that cannot end the script it is in (`</script>`) or open a comment. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Lit's hydration markers: painkit takes the shadow root over instead of hydrating it, so they are noise. */
const LIT_MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->|<\?(?:lit\$\d+\$)?>/g;

/** An element rendered on the server, its data not yet placed. */
interface Rendered {
  /** The element's opening tag and its shadow root up to `</template>`, then the rest. */
  head: string;
  tail: string;
  given: GivenTopic;
}

/** Renders `tag` with its topic; the data is left for the caller to place (see `renderElement`, `ServerPage`). */
async function renderParts(
  tag: ServerElement,
  attributes: Record<string, string>,
  { contentDir, clinic = {} }: ServerRenderOptions,
): Promise<Rendered> {
  const define = ELEMENTS[tag];
  if (!define) throw new Error(`painkit/ssr renders ${Object.keys(ELEMENTS).join(', ')}; not <${tag}>`);
  if (attributes.src) throw new Error('painkit/ssr renders painkit content; a src page is rendered in the browser');
  await define();
  const { topic, code, lang, key } = renderedRequest((name) => attributes[name]);
  const base = contentDir ? pathToFileURL(`${contentDir.replace(/\/*$/, '')}/`).href : ownFolder;
  const loaded = await loadTopic({ base, topic, code, locale: lang });
  await loadCatalog(uiLocaleFor(lang));
  const given: GivenTopic = { key, loaded };
  const attrs = Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ');
  const element = unsafeStatic(tag);
  const problems = configureClinic(clinic);
  if (problems.length) throw new Error(`painkit/ssr: ${problems.join(' ')}`);
  // No await from here to the end of the render: the clinic's details are module state, and the
  // render runs at once (nothing in the elements' templates is asynchronous).

  // A tag name from unsafeStatic() is how lit/static-html renders a chosen element.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const rendered = await collectResult(render(html`<${element} ${unsafeStatic(attrs)} .given=${given}></${element}>`));
  const shadow = rendered.replace(LIT_MARKERS, '').replace(/^<[^>]*>/, '');
  const end = shadow.lastIndexOf('</template>');
  return { head: `<${tag} ${attrs}>${shadow.slice(0, end)}`, tail: shadow.slice(end), given };
}

/**
 * Renders `<pain-procedure>`, `<pain-recovery>` or `<pain-check>` with its
 * topic inline. `attributes` are the element's (`topic` or `code`, `lang`,
 * `sections`, `heading-level`, …); without `lang` it renders in English. The
 * result is the element's HTML: put it in the page where the element goes,
 * and load painkit's script on the page to make it interactive. Throws a
 * `ContentError` (e.g. `unknown-topic`) when the topic cannot be shown.
 * For several elements on one page, `ServerPage` writes each topic's data once.
 */
export async function renderElement(
  tag: ServerElement,
  attributes: Record<string, string>,
  options: ServerRenderOptions = {},
): Promise<string> {
  const { head, tail, given } = await renderParts(tag, attributes, options);
  // The data goes last, so that a browser parses and shows the topic before it.
  return `${head}<script type="application/json" ${GIVEN_TOPIC_ATTRIBUTE}>${scriptJson(given)}</script>${tail}`;
}

/**
 * Renders painkit elements for one page and writes each topic's data once
 * for all of them: `render()` returns an element's HTML (as `renderElement`
 * does, but without the topic's data in its shadow root), and `data()` the one
 * `<script type="application/json">` with every topic rendered so far, to
 * put once in the same page after the elements (e.g. before `</body>`).
 * Without it, the elements fetch their topics when painkit's script runs.
 */
export class ServerPage {
  private readonly topics = new Map<string, GivenTopic['loaded']>();

  /** `options` apply to every element of the page: the content folder and the clinic's details. */
  constructor(private readonly options: ServerRenderOptions = {}) {}

  /** The element's HTML, as `renderElement` gives it but without the topic's data (see `data()`). */
  async render(tag: ServerElement, attributes: Record<string, string>): Promise<string> {
    const { head, tail, given } = await renderParts(tag, attributes, this.options);
    this.topics.set(given.key, given.loaded);
    return `${head}${tail}`;
  }

  /** The data of every topic rendered so far, once each: one script element for the page. */
  data(): string {
    return `<script type="application/json" ${PAGE_TOPICS_ATTRIBUTE}>${scriptJson(Object.fromEntries(this.topics))}</script>`;
  }
}
