import { fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';

// What the trust tests share. test/fixtures/hostile/ is a compiled content
// folder (manifest, topic, index, plan template, glossary) whose HTML, titles,
// red-flag items, source links and glossary carry script in 21 forms (tags,
// event handlers, script URLs, mXSS, painkit's own elements); each calls
// window.__pwned(name) if it ever runs. web-test-runner.config.js serves it
// at other paths, on a "shared CDN" layout, from another origin and behind
// redirects.

/** The sentence of the hostile topic and plan that must still be shown. */
export const BENIGN = 'Benign text from a folder painkit does not own.';

/** Starts recording script from the hostile content: the names of the vectors that ran. */
export function recordScripts(): string[] {
  const ran: string[] = [];
  (window as unknown as { __pwned: (name: string) => void }).__pwned = (name) => ran.push(name);
  return ran;
}

/** Gives any handler (onerror, ontoggle, autofocus) time to fire. */
export const letHandlersFire = () => new Promise((resolve) => setTimeout(resolve, 300));

const DANGEROUS_ELEMENTS =
  'script, img, svg, math, iframe, object, embed, form, input, details, video, audio, source, base, meta, link, template, noscript';
const SCRIPT_URL = /^\s*(javascript|vbscript|data):/i;

/** Every shadow root inside `root`, `root` included (a plan shows topics in nested elements). */
function shadowRoots(root: ShadowRoot): ShadowRoot[] {
  const nested = [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? shadowRoots(el.shadowRoot) : []));
  return [root, ...nested];
}

/**
 * What in an element's shadow DOM could run script or load something: an
 * element that can, an event-handler, style, srcdoc or action attribute, or
 * a link to a script URL. Empty when the content was made safe.
 */
export function dangerousIn(el: Element): string[] {
  return shadowRoots(el.shadowRoot!).flatMap((root) => [
    ...[...root.querySelectorAll(DANGEROUS_ELEMENTS)].map((node) => `<${node.localName}>`),
    ...[...root.querySelectorAll('*')].flatMap((node) =>
      [...node.attributes]
        .filter(
          ({ name, value }) =>
            name.startsWith('on') ||
            ['style', 'srcdoc', 'action'].includes(name) ||
            (name === 'href' && SCRIPT_URL.test(value)),
        )
        .map(({ name, value }) => `${node.localName}[${name}="${value}"]`),
    ),
  ]);
}

/** The text of an element's shadow DOM, nested elements' included, whitespace collapsed. */
export const deepText = (el: Element): string =>
  shadowRoots(el.shadowRoot!)
    .map((root) => root.textContent)
    .join(' ')
    .replace(/\s+/g, ' ');

/** Links in an element's shadow DOM as [href, text]. */
export const linksIn = (el: Element): string[][] =>
  [...el.shadowRoot!.querySelectorAll('a')].map((a) => [a.getAttribute('href') ?? '', a.textContent!.trim()]);

/**
 * Renders a template holding one painkit element and waits for the first of
 * `events` from it. Returns the element and that event.
 */
export async function renderUntil<E extends HTMLElement>(
  template: TemplateResult,
  events: string[],
): Promise<{ el: E; event: CustomEvent }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const settled = new Promise<Event>((resolve) => {
    for (const type of events) wrapper.addEventListener(type, resolve, { once: true });
  });
  render(template, wrapper);
  const el = wrapper.querySelector('*') as E;
  const event = (await settled) as CustomEvent;
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return { el, event };
}

/** URLs the page has requested so far. */
export const requested = (): string[] => performance.getEntriesByType('resource').map((entry) => entry.name);
