import { css } from 'lit';

/** What only `<pain-diary>` needs on top of the shared content styles. */
export const diaryStyles = css`
  .phases > li {
    margin-block-end: 0.5em;
  }
  .status {
    font-weight: 700;
  }
  .entry,
  .privacy {
    margin-block: 1em;
  }
  .field {
    display: block;
    margin-block: 0.75em;
    font-weight: 600;
  }
  .field :is(input, select, textarea) {
    display: block;
    inline-size: 100%;
    max-inline-size: 32rem;
    box-sizing: border-box;
    margin-block-start: 0.25em;
    font: inherit;
    font-weight: 400;
    padding: 0.5em;
    color: var(--pain-color-field-text, inherit);
    background: var(--pain-color-field, #fff);
    border: 1px solid var(--pain-color-input-border, #616e7c);
    border-radius: var(--pain-radius, 0.5rem);
  }
  .rating {
    border: 0;
    padding: 0;
    margin: 1em 0;
  }
  .rating legend {
    font-weight: 700;
    margin-block-end: 0.5em;
  }
  .scale {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(5.5rem, 1fr));
    gap: 0.5rem;
  }
  .level {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.1em;
    min-block-size: 4.5rem;
    padding: 0.5em 0.25em;
    border: 2px solid var(--pain-color-border, #cbd2d9);
    border-radius: var(--pain-radius, 0.5rem);
    text-align: center;
    cursor: pointer;
  }
  .level:has(input:checked) {
    border-color: var(--pain-color-accent, #0b5cad);
    background: var(--pain-color-notice-background, #e8f1fb);
  }
  .level input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--pain-color-accent, #0b5cad);
  }
  .level-number {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.1;
  }
  .level-words {
    font-size: 0.8125em;
  }
  .rating-value {
    font-weight: 700;
    min-block-size: 1.6em;
  }
  .keep {
    display: flex;
    gap: 0.5em;
    align-items: center;
    font-weight: 600;
  }
  .keep input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }
  .hint {
    font-size: 0.9375em;
  }
  .chart-figure {
    margin: 1em 0;
    max-inline-size: 36rem;
  }
  .chart {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
  figcaption {
    font-size: 0.9375em;
  }
  .chart .grid,
  .chart .phase {
    stroke: var(--pain-color-border, #cbd2d9);
    stroke-width: 1;
  }
  .chart .phase {
    stroke-dasharray: 2 3;
  }
  .chart .baseline {
    stroke: currentColor;
    stroke-width: 2;
    stroke-dasharray: 8 5;
  }
  .chart .ratings {
    fill: none;
    stroke: var(--pain-color-accent, #0b5cad);
    stroke-width: 3;
  }
  .chart .point {
    fill: var(--pain-color-accent, #0b5cad);
  }
  .chart .axis {
    fill: currentColor;
    font-size: 13px;
  }
  .table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .table :is(th, td) {
    border: 1px solid var(--pain-color-border, #cbd2d9);
    padding: 0.35em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  .table tr.marked {
    outline: 3px solid var(--pain-color-accent, #0b5cad);
    outline-offset: -3px;
  }
  @media print {
    .entry,
    .privacy,
    .status {
      display: none;
    }
    .chart .ratings,
    .chart .point,
    .chart .baseline {
      stroke: #000;
    }
    .chart .point {
      fill: #000;
    }
    .table tr {
      break-inside: avoid;
    }
    .table tr.marked {
      outline: none;
    }
    .table td {
      min-inline-size: 4em;
      block-size: 1.8em;
    }
  }
`;
