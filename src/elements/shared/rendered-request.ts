import { givenKey } from './given-topic.js';

/**
 * What an element rendered on a server asks for, from the attributes it was
 * rendered with (English without `lang`), and the key its topic goes under:
 * painkit/ssr renders by it, and the browser finds a `ServerPage` topic by it.
 * Its own module, so that only those two load it, not every topic element.
 */
export function renderedRequest(attribute: (name: string) => string | null | undefined) {
  const [topic = '', code = '', lang = ''] = ['topic', 'code', 'lang'].map((name) => attribute(name)?.trim() ?? '');
  const language = lang || 'en';
  return { topic, code, lang: language, key: givenKey(topic, code, '', language) };
}
