/**
 * painkit's interface text and locale matching for Node tools (the handout
 * CLI and API), the same code the elements use: `painkit/i18n`.
 */
export { directionOf, uiLocaleFor, allLocales, sourceLocale } from './locales.js';
export { bestLocale } from '../content/locale-chain.js';
export { loadCatalog, localizer, type Localizer } from './localizer.js';
export {
  glossaryTitleText,
  handoutUpdatedText,
  moreInfoText,
  notesText,
  pageOfText,
  scanText,
  shortAskText,
  shortOnlineText,
} from '../print/handout-messages.js';
export { afterHoursText } from '../elements/shared/messages.js';
