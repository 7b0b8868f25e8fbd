import { css } from 'lit';

export const languagePickerStyles = css`
  :host {
    display: block;
  }
  .picker {
    /* As tall while the languages load as after, so the page does not move. */
    min-block-size: 2.75rem;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  label {
    font-weight: 600;
  }
  select {
    font: inherit;
    min-block-size: 2.75rem;
    padding-inline: 0.5em;
    border: 2px solid var(--pain-color-accent, #0b5cad);
    border-radius: var(--pain-radius, 0.5rem);
    background: var(--pain-color-field, #fff);
    color: var(--pain-color-field-text, #1f2933);
  }
  select:focus-visible {
    outline: 3px solid var(--pain-color-focus, #b35c00);
    outline-offset: 2px;
  }
  .error {
    color: var(--pain-color-danger-text, #8c1d18);
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
