import { css } from 'lit';

/**
 * How a glossary word and its definition bubble look, in `<pain-term>` and
 * in the compiled content of every content element: the word keeps the
 * sentence's font and is underlined with dots; the bubble opens under it.
 */
export const glossaryWordStyles = css`
  .term {
    position: relative;
  }
  .term-word {
    cursor: help;
    text-decoration: underline dotted;
    text-decoration-thickness: 0.1em;
    text-underline-offset: 0.2em;
  }
  .term-word:focus-visible {
    outline: 3px solid var(--pain-color-focus, #b35c00);
    outline-offset: 2px;
  }
  .term-word[aria-expanded='true'] {
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
    text-align: start;
  }
  @media print {
    .term-word {
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
