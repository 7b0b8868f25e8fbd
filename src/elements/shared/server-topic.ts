import { isTopicChunk } from '../../content/load-topic.js';
import { safeHtml } from '../../content/safe-html.js';
import { GIVEN_TOPIC_ATTRIBUTE, PAGE_TOPICS_ATTRIBUTE, type GivenTopic } from './given-topic.js';
import { renderedRequest } from './rendered-request.js';

/**
 * Resolves once the page's `<pain-clinic>`, if it has one, has given its
 * details: the server rendered them (`clinic` in painkit/ssr), so the first
 * render here must have them too, or the phone numbers would vanish and come back.
 */
async function clinicSettled(): Promise<void> {
  const clinic = document.querySelector('pain-clinic');
  if (!clinic) return;
  await customElements.whenDefined('pain-clinic');
  await (clinic as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

/** Parses a script's JSON; `undefined` when it is not JSON. */
function parsed(script: Element | null | undefined): unknown {
  try {
    return JSON.parse(script?.textContent ?? 'null') as unknown;
  } catch {
    return undefined;
  }
}

/** The page's scripts of topics (`ServerPage` in painkit/ssr, one per page it rendered), once the parser has passed them. */
async function pageTopicsScripts(): Promise<Element[]> {
  const find = () => [...document.querySelectorAll(`script[${PAGE_TOPICS_ATTRIBUTE}]`)];
  if (document.readyState === 'loading')
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  return find();
}

/** Each script of topics, parsed once, and each of its topics checked once for all the elements that show it. */
const pageTopics = new WeakMap<
  Element,
  { topics: Record<string, unknown>; checked: Map<string, Promise<GivenTopic['loaded'] | undefined>> }
>();

/**
 * A topic and its HTML through the same sanitizer as content from any other
 * folder (see `safeHtml`), with the page's clinic settled; `undefined` when
 * it is not a topic.
 */
async function checkedTopic(loaded: Partial<GivenTopic['loaded']> | undefined) {
  const chunk = loaded?.chunk;
  if (!isTopicChunk(chunk, chunk?.slug ?? '')) return undefined;
  const [safe] = await Promise.all([safeHtml({ url: '', json: chunk, own: false }, chunk), clinicSettled()]);
  return { ...(loaded as GivenTopic['loaded']), chunk: safe };
}

/** The topic under `key` in the page's scripts of topics, checked; `undefined` when none has it. */
async function topicOnPage(key: string): Promise<GivenTopic['loaded'] | undefined> {
  for (const script of await pageTopicsScripts()) {
    let page = pageTopics.get(script);
    if (!page) {
      const topics = parsed(script);
      page = {
        topics: typeof topics === 'object' && topics ? (topics as Record<string, unknown>) : {},
        checked: new Map(),
      };
      pageTopics.set(script, page);
    }
    if (!Object.hasOwn(page.topics, key)) continue;
    if (!page.checked.has(key)) page.checked.set(key, checkedTopic(page.topics[key] as Partial<GivenTopic['loaded']>));
    const topic = await page.checked.get(key);
    // Every element of the topic gets it at the same moment: each takes over in a task of its own, so
    // that 50 of them are 50 short tasks, not one long one (the server's text is on screen meanwhile).
    await new Promise((resolve) => setTimeout(resolve));
    return topic;
  }
  return undefined;
}

/**
 * The topic `painkit/ssr` rendered into `host`'s declarative shadow root:
 * in a script there (`renderElement`), or else in the page's script of
 * topics (`ServerPage`). Its HTML is sanitized (see `checkedTopic`): the
 * page may come from a CMS that let it through unchecked. `undefined`, with
 * a warning, when it is missing or damaged: the element then fetches its
 * topic as usual. Loaded only by server-rendered elements.
 */
export async function serverTopic(host: HTMLElement): Promise<GivenTopic | undefined> {
  const script = host.shadowRoot?.querySelector(`script[${GIVEN_TOPIC_ATTRIBUTE}]`);
  const damaged = (why: string) => {
    console.warn(`[painkit] <${host.localName}>: the server-rendered topic data ${why}; fetching it.`);
    return undefined;
  };
  try {
    if (!script) {
      const { key } = renderedRequest((name) => host.getAttribute(name));
      const loaded = await topicOnPage(key);
      return loaded ? { key, loaded } : damaged('is not in the page, or is damaged');
    }
    const given = parsed(script) as Partial<GivenTopic> | undefined;
    const loaded = typeof given?.key === 'string' ? await checkedTopic(given.loaded) : undefined;
    return loaded ? { key: given!.key!, loaded } : damaged('is damaged');
  } catch (error) {
    return damaged(`could not be checked (${String(error)})`);
  }
}
