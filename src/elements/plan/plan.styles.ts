import { css } from 'lit';

/** What only `<pain-plan>` needs on top of the shared content styles. */
export const planStyles = css`
  .steps {
    list-style: none;
    padding-inline-start: 0;
    margin-block: 1.5em;
  }
  .step {
    border: 1px solid var(--pain-color-border, #cbd2d9);
    border-inline-start: 0.3rem solid var(--pain-color-accent, #0b5cad);
    border-radius: var(--pain-radius, 0.5rem);
    padding: var(--pain-space, 1rem);
    margin-block-end: var(--pain-space, 1rem);
  }
  .step-title {
    font-size: 1.25em;
    margin-block-start: 0;
  }
  .step-number {
    display: block;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--pain-color-accent, #0b5cad);
  }
  .step-summary,
  .facts {
    margin-block: 0.5em;
  }
  .facts > div {
    margin-block-end: 0.5em;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin-inline-start: 0;
  }
  .team {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    list-style: none;
    padding-inline-start: 0;
    margin: 0;
  }
  .team li {
    padding-inline: 0.6em;
    border: 1px solid var(--pain-color-border, #cbd2d9);
    border-radius: 1em;
  }
  .note {
    background: var(--pain-color-notice-background, #eef4fb);
    border: 1px dashed var(--pain-color-accent, #0b5cad);
  }
  .note p {
    margin-block: 0.25em;
  }
  .note-label {
    font-weight: 700;
  }
  .open-button {
    display: inline-flex;
    align-items: center;
    gap: 0.6em;
    margin-block-start: 0.5em;
  }
  /* A chevron that points down when closed and up when open: the same in either writing direction. */
  .open-button::after {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  .open-button[aria-expanded='true']::after {
    transform: translateY(0.15em) rotate(-135deg);
  }
  .step-topic {
    margin-block-start: var(--pain-space, 1rem);
    padding-block-start: var(--pain-space, 1rem);
    border-block-start: 2px solid var(--pain-color-accent, #0b5cad);
  }
  .step-topic[hidden] {
    display: none;
  }
  /* An opened topic's title sits below its step's title in the outline: it should not look bigger than the plan's. */
  .step-topic pain-procedure::part(title) {
    font-size: 1.375em;
  }
  .close-button {
    background: transparent;
    color: var(--pain-color-accent, #0b5cad);
  }
  .care-team ul {
    padding-inline-start: 1.25em;
  }
  section {
    margin-block-start: 1.5em;
  }
  @media (forced-colors: active) {
    .step,
    .team li,
    .note {
      border-color: CanvasText;
    }
    .step-number {
      color: CanvasText;
    }
  }
  @media print {
    .step {
      border-inline-start-width: 2pt;
    }
    .step > :not(.step-topic) {
      break-inside: avoid;
    }
    .step-title {
      break-after: avoid;
    }
    .step-topic {
      border-block-start-style: dashed;
    }
    .open-button,
    .close-button {
      display: none;
    }
  }
`;
