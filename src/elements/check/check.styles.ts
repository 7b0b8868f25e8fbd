import { css } from 'lit';

/** What only `<pain-check>` needs on top of the shared content styles. */
export const checkStyles = css`
  fieldset {
    border: 1px solid var(--pain-color-border, #cbd2d9);
    border-radius: var(--pain-radius, 0.5rem);
    padding: var(--pain-space, 1rem);
    margin: 0 0 var(--pain-space, 1rem);
  }
  legend {
    font-weight: 700;
    font-size: 1.1em;
    padding-inline: 0.25em;
  }
  legend:focus-visible,
  [part='feedback']:focus-visible,
  [data-focus='summary']:focus-visible {
    outline: 3px solid var(--pain-color-focus, #b35c00);
    outline-offset: 2px;
  }
  .progress {
    display: block;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--pain-color-accent, #0b5cad);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    padding-block: 0.5em;
    cursor: pointer;
  }
  /* After checking, the right answer stands out (also without color). */
  .choice.right {
    font-weight: 700;
  }
  .choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.2em 0 0;
    flex: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  [part='feedback'] {
    border-inline-start: 0.3rem solid var(--pain-color-accent, #0b5cad);
    background: var(--pain-color-notice-background, #eef4fb);
    padding: var(--pain-space, 1rem);
    margin-block: var(--pain-space, 1rem);
    border-radius: var(--pain-radius, 0.5rem);
  }
  .hint {
    color: var(--pain-color-warning-text, #7a4a00);
  }
  .privacy {
    font-size: 0.85em;
  }
  @media print {
    .privacy {
      display: none;
    }
    fieldset,
    [part='feedback'] {
      break-inside: avoid;
    }
    :focus {
      outline: none !important;
    }
  }
`;
