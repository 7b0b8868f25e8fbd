import type { LoadedTopic } from '../../content/load-topic.js';

/** A topic rendered on a server with an element, and which request it answers (see `givenKey`). */
export interface GivenTopic {
  key: string;
  loaded: LoadedTopic;
}

/** The marker of the script that carries a server-rendered element's topic in its declarative shadow root. */
export const GIVEN_TOPIC_ATTRIBUTE = 'data-painkit-topic';

/** Which request a given topic answers: the element's topic, code, src and language. */
export const givenKey = (topic: string, code: string, src: string, lang: string): string =>
  JSON.stringify([topic, code, src, lang]);
