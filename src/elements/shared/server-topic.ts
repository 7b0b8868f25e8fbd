import { isTopicChunk } from '../../content/load-topic.js';
import { safeHtml } from '../../content/safe-html.js';
import { GIVEN_TOPIC_ATTRIBUTE, type GivenTopic } from './given-topic.js';

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

/**
 * The topic `painkit/ssr` rendered into `host`'s declarative shadow root, if
 * it left one there and it is well formed (else the element fetches its
 * topic as usual), with its HTML through the same sanitizer as content from
 * any other folder (see `safeHtml`): the page may come from a CMS that let
 * it through unchecked. Loaded only by server-rendered elements.
 */
export async function serverTopic(host: HTMLElement): Promise<GivenTopic | undefined> {
  const script = host.shadowRoot?.querySelector(`script[${GIVEN_TOPIC_ATTRIBUTE}]`);
  const damaged = (why: string) => {
    if (script) console.warn(`[painkit] <${host.localName}>: the server-rendered topic data ${why}; fetching it.`);
    return undefined;
  };
  let given: Partial<GivenTopic> | undefined;
  try {
    given = JSON.parse(script?.textContent ?? 'null') as Partial<GivenTopic>;
  } catch {
    // Reported below.
  }
  const chunk = given?.loaded?.chunk;
  if (!given || typeof given.key !== 'string' || !isTopicChunk(chunk, chunk?.slug ?? '')) return damaged('is damaged');
  try {
    const [safe] = await Promise.all([safeHtml({ url: '', json: chunk, own: false }, chunk), clinicSettled()]);
    return { key: given.key, loaded: { ...given.loaded!, chunk: safe } };
  } catch (error) {
    return damaged(`could not be checked (${String(error)})`);
  }
}
