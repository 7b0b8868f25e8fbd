import { css } from 'lit';
import { glossaryWordStyles } from '../../styles/glossary-word.js';

export const termStyles = css`
  ${glossaryWordStyles}
  /* Inline in the sentence, whatever the page's styles (the shared :host rule makes elements blocks). */
  :host {
    display: inline !important;
    position: relative;
    /* The word is part of the sentence: the sentence's font, size and line height. */
    font: inherit !important;
    color: inherit;
  }
  @media print {
    :host {
      color: inherit;
    }
  }
`;
