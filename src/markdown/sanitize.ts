import type { Config, DOMPurify, WindowLike } from 'dompurify';

/** Tags that content may produce. Anything else is removed. */
export const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

/** Attributes that survive sanitizing. */
export const ALLOWED_ATTR = ['href', 'title', 'start'];

/** Links may go to web pages, e-mail, phone numbers, or in-page anchors. */
export const ALLOWED_URI = /^(?:https?:|mailto:|tel:|#|\/(?!\/)|\.{1,2}\/)/i;

const SANITIZE: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

/**
 * What compiled content holds besides the HTML that Markdown makes: glossary
 * words, which `build-content` marks with `<pain-term term="id">` after
 * sanitizing.
 */
const TERM_MARKS: Config = { ...SANITIZE, ADD_TAGS: ['pain-term'], ADD_ATTR: ['term'], ADD_URI_SAFE_ATTR: ['term'] };

/** What a sanitizer lets through besides the Markdown allow-list. */
export interface SanitizerOptions {
  /** Keep `build-content`'s glossary marks (`<pain-term term>`): for compiled content. */
  termMarks?: boolean;
}

/**
 * Creates painkit's sanitizer over a DOMPurify factory and a window: HTML
 * from anywhere in, only the allowed tags, attributes and link schemes out,
 * every link with `rel="noopener noreferrer"`. Each sanitizer has a private
 * DOMPurify instance, so its hook never touches a host page's own DOMPurify.
 * It has no Markdown parser, so the browser can load it alone for compiled
 * content that is not painkit's own.
 */
export function createSanitizer(
  createPurify: (window: WindowLike) => DOMPurify,
  window: WindowLike,
  options: SanitizerOptions = {},
) {
  const purify = createPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') node.setAttribute('rel', 'noopener noreferrer');
  });
  const config = options.termMarks ? TERM_MARKS : SANITIZE;
  return (html: string): string => purify.sanitize(html, config) as string;
}
