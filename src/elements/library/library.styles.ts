import { css } from 'lit';

/** What only `<pain-library>` needs on top of the shared base and content styles. */
export const libraryStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--pain-space, 1rem);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .field-search {
    flex: 2 1 16rem;
  }
  label {
    font-weight: 600;
  }
  input,
  select {
    font: inherit;
    color: var(--pain-color-field-text, #1f2933);
    background: var(--pain-color-field, #fff);
    min-block-size: 2.75rem;
    padding-inline: 0.5em;
    border: 2px solid var(--pain-color-input-border, #52606d);
    border-radius: var(--pain-radius, 0.5rem);
    max-inline-size: 100%;
  }
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--pain-color-focus, #b35c00);
    outline-offset: 2px;
  }
  .status {
    font-weight: 600;
    margin-block: var(--pain-space, 1rem);
  }
  .group-heading {
    font-size: 1.375em;
    margin-block-start: 1em;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--pain-card-min-width, 18rem)), 1fr));
    gap: var(--pain-space, 1rem);
  }
  .card {
    position: relative;
    padding: var(--pain-space, 1rem);
    border: 1px solid var(--pain-color-border, #cbd2d9);
    border-radius: var(--pain-radius, 0.5rem);
  }
  .card:hover {
    border-color: var(--pain-color-accent, #0b5cad);
  }
  .card:has(.card-button:focus-visible) {
    outline: 3px solid var(--pain-color-focus, #b35c00);
    outline-offset: 2px;
  }
  .card-title {
    font-size: 1.125em;
    margin-block: 0 0.5em;
  }
  /* The title is the card's one control; it stretches over the whole card, a bigger target. */
  .card-button {
    font: inherit;
    font-weight: 700;
    text-align: start;
    color: var(--pain-color-link, #0b5cad);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    background: none;
    border: 0;
    padding: 0;
    min-block-size: 0;
    cursor: pointer;
  }
  .card-button::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .card-button:focus-visible {
    outline: none;
  }
  .card-summary,
  .card-language {
    margin-block: 0;
  }
  .card-language {
    margin-block-start: 0.5em;
    font-size: 0.875em;
    font-style: italic;
  }
  .no-results button {
    margin-block-start: 0.5em;
  }
  button.secondary {
    background: transparent;
    color: var(--pain-color-accent, #0b5cad);
  }
  .back {
    margin-block: var(--pain-space, 1rem);
  }
  .back-arrow {
    display: inline-block;
  }
  .back-arrow:dir(rtl) {
    transform: scaleX(-1);
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .card-button {
      color: LinkText;
    }
    input,
    select,
    button.secondary {
      border-color: ButtonText;
    }
    .card:has(.card-button:focus-visible) {
      outline-color: Highlight;
    }
  }
  @media print {
    .controls,
    .no-results {
      display: none;
    }
    .cards {
      display: block;
    }
    .card {
      border: 0;
      padding: 0;
      margin-block: 0.75em;
      break-inside: avoid;
    }
    .card-button {
      display: inline;
      color: inherit;
      text-decoration: none;
    }
    .card-button::after {
      content: none;
    }
  }
`;
