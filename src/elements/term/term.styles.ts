import { css } from 'lit';

export const termStyles = css`
  /* Inline in the sentence, whatever the page's styles (the shared :host rule makes elements blocks). */
  :host {
    display: inline !important;
    position: relative;
    /* The word is part of the sentence: the sentence's font, size and line height. */
    font: inherit !important;
    color: inherit;
  }
  .word {
    cursor: help;
    text-decoration: underline dotted;
    text-decoration-thickness: 0.1em;
    text-underline-offset: 0.2em;
  }
  .word:focus-visible {
    outline: 3px solid var(--pain-color-focus, #b35c00);
    outline-offset: 2px;
  }
  .word[aria-expanded='true'] {
    text-decoration-style: solid;
  }
  .bubble {
    position: absolute;
    inset-block-start: calc(100% + 0.4em);
    inset-inline-start: 0;
    z-index: 10;
    box-sizing: border-box;
    inline-size: max-content;
    max-inline-size: min(22rem, calc(100vw - 16px));
    padding: 0.75em;
    border: 2px solid var(--pain-color-accent, #0b5cad);
    border-radius: var(--pain-radius, 0.5rem);
    background: var(--pain-color-field, #fff);
    color: var(--pain-color-field-text, #1f2933);
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 20%);
    font-size: 0.95em;
    font-weight: normal;
    line-height: 1.5;
  }
  @media print {
    :host {
      color: inherit;
    }
    .word {
      text-decoration: none;
    }
    .bubble {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .bubble {
      border-color: CanvasText;
    }
  }
`;
