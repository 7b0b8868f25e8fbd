import { css } from 'lit';

/** Dark-theme values of the color tokens (contrast checked with axe in both themes). */
const darkTokens = css`
  --pain-color-text: #e4e7eb;
  --pain-color-background: #161b20;
  --pain-color-accent: #7cb7f5;
  --pain-color-on-accent: #0d1216;
  --pain-color-link: #9cc9ff;
  --pain-color-focus: #ffb561;
  --pain-color-border: #52606d;
  --pain-color-notice-background: #1d2b3a;
  --pain-color-danger: #ff8a80;
  --pain-color-danger-text: #ffb4ab;
  --pain-color-error-background: #3b1715;
  --pain-color-warning: #f0b429;
  --pain-color-warning-text: #ffd58a;
  --pain-color-warning-background: #33260a;
  --pain-color-skeleton: #323f4b;
  --pain-color-field: #1f2933;
  --pain-color-field-text: #e4e7eb;
  --pain-color-input-border: #9aa5b1;
`;

/**
 * Shared look of every painkit element. Clinics theme through the `--pain-*`
 * custom properties; every value has a readable default, and text takes the
 * host page's font family and size unless `--pain-font-family` and
 * `--pain-font-size` say otherwise. Every element takes
 * `theme` (`light`, `dark`, or `auto` to follow the system) and `text-size`
 * (`large`) attributes. Logical properties only, so right-to-left locales
 * need no extra rules.
 */
export const baseStyles = css`
  /* !important: a host page's own rules (even "* { all: unset }") cannot break the layout. */
  :host {
    display: block !important;
    color: var(--pain-color-text, #1f2933);
    background: var(--pain-color-background, transparent);
    /* The host page's font by default: without the token, font-family is unset, so it is inherited. */
    font-family: var(--pain-font-family);
    font-size: var(--pain-font-size, 1em);
    line-height: 1.6;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* theme="dark" always; theme="auto" follows the reader's system setting; light otherwise. */
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  /* text-size="large": a quarter bigger than the page's text, for readers who need it (everything is in em). */
  :host([text-size='large']) {
    --pain-font-size: 1.25em;
  }
  /*
   * A painkit element inside this one (the library's opened topic, a plan's
   * step) already inherits this element's size: an em token would count again.
   */
  * {
    --pain-font-size: 1em;
  }
  a {
    color: var(--pain-color-link, #0b5cad);
  }
  /* A link whose unsafe address was removed reads as plain text. */
  a:not([href]) {
    color: inherit;
    text-decoration: none;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--pain-color-focus, #b35c00);
    outline-offset: 2px;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    /* Without the tokens, headings take the element's font and color. */
    font-family: var(--pain-heading-font-family);
    font-weight: var(--pain-heading-font-weight, 700);
    color: var(--pain-heading-color);
    line-height: 1.25;
    margin-block: 1.5em 0.5em;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .box {
      border: 2px solid CanvasText;
    }
  }
`;
