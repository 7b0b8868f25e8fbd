import { clean } from '../elements/shared/clean.js';
import { elementLanguage } from '../i18n/chosen-language.js';
import { resolveContentBase } from './content-base.js';
import { fetchAhead } from './content-file.js';
import { guessedChunkUrl, manifestUrl } from './topic-urls.js';

/**
 * Starts the requests a topic element (`<pain-procedure topic="…">`, also
 * with `code`) makes first, from its attributes, before its code has
 * loaded: its content folder's manifest and the topic in the reader's
 * language, at the URLs `loadTopic` asks for and through the same checks
 * (see `fetchAhead`); the element then takes these responses. An element
 * with `src` (the clinic's own Markdown) or a server-rendered one (it has its
 * shadow root and its topic already) requests nothing here.
 */
export function readAheadFor(element: Element): void {
  const topic = clean(element.getAttribute('topic'));
  if (element.shadowRoot || clean(element.getAttribute('src')) || !(topic || clean(element.getAttribute('code'))))
    return;
  const base = resolveContentBase(element.getAttribute('content-base') ?? '');
  fetchAhead(manifestUrl(base));
  const url = guessedChunkUrl(base, elementLanguage(element), topic);
  if (url) fetchAhead(url);
}
