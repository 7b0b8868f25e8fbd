import type { LoadedTopic } from '../../content/load-topic.js';

/** A topic rendered on a server with an element, and which request it answers (see `givenKey`). */
export interface GivenTopic {
  key: string;
  loaded: LoadedTopic;
}

/** The marker of the script that carries a server-rendered element's topic in its declarative shadow root. */
export const GIVEN_TOPIC_ATTRIBUTE = 'data-painkit-topic';

/**
 * The marker of the one script, in the page outside any shadow root, that
 * carries the topics of all the elements `ServerPage` rendered for it, by key
 * (see `renderedRequest`; their shadow roots carry none).
 */
export const PAGE_TOPICS_ATTRIBUTE = 'data-painkit-topics';

/** Which request a given topic answers: the element's topic, code, src and language. */
export const givenKey = (topic: string, code: string, src: string, lang: string): string =>
  JSON.stringify([topic, code, src, lang]);
