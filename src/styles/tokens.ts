import { css } from 'lit';

/**
 * Shared look of every painkit element. Clinics theme through the `--pain-*`
 * custom properties; every value has a readable default. Logical properties
 * only, so right-to-left locales need no extra rules.
 */
export const baseStyles = css`
  :host {
    display: block;
    color: var(--pain-color-text, #1f2933);
    background: var(--pain-color-background, transparent);
    font-family: var(--pain-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--pain-font-size, 1rem);
    line-height: 1.6;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  :host([hidden]) {
    display: none;
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
