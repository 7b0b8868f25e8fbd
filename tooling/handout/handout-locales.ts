import type { ContentManifest } from 'painkit/markdown';
import { bestLocale } from 'painkit/i18n';
import { likelyMeant, nearestNames, orList } from '../closest-names.js';
import type { HandoutRequest } from './render-handout.js';

/** The locales a handout prints in: the main one (English when the topic is not translated yet) and the second. */
export interface HandoutLocales {
  main: string;
  second?: string;
}

/**
 * Which locales a request prints in, from the manifest alone (no browser):
 * throws an error naming the problem for a language the content does not
 * have, a second language that is the first one, or a topic that is not
 * there (with the closest topic names).
 */
export function handoutLocales(manifest: ContentManifest, request: HandoutRequest): HandoutLocales {
  const codes = manifest.locales.map((l) => l.code);
  const languages = `the languages are ${codes.join(', ')}`;
  const wanted = bestLocale(request.lang ?? manifest.sourceLocale, codes);
  if (!wanted) throw new Error(`there is no content in "${request.lang}"; ${languages}`);
  const second = request.bilingual === undefined ? undefined : bestLocale(request.bilingual, codes);
  if (request.bilingual !== undefined && !second)
    throw new Error(`there is no content in "${request.bilingual}" for the second language; ${languages}`);
  if (second === wanted)
    throw new Error(`the second language "${request.bilingual}" is the handout's own language; pick another one`);
  const topics = manifest.locales.find((l) => l.code === manifest.sourceLocale)?.topics ?? [];
  if (!topics.includes(request.topic)) {
    const close = likelyMeant(request.topic, topics);
    const hint = close.length
      ? `did you mean ${orList(close)}?`
      : `the closest are ${nearestNames(request.topic, topics).join(', ')}`;
    throw new Error(`there is no topic "${request.topic}"; ${hint}`);
  }
  const has = (code: string) => manifest.locales.some((l) => l.code === code && l.topics.includes(request.topic));
  const main = has(wanted) ? wanted : manifest.sourceLocale;
  const other = second && (has(second) ? second : manifest.sourceLocale);
  if (other === main)
    throw new Error(
      `"${request.topic}" is not translated into "${main === wanted ? second : wanted}" yet, so both languages would be the same`,
    );
  return { main, second: other };
}
