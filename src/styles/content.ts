import { css } from 'lit';
import { glossaryWordStyles } from './glossary-word.js';

/**
 * How every content element shows a topic: titles, boxes, notices, errors,
 * the loading placeholder, red-flag boxes, the recovery timeline, the footer,
 * glossary words, and print rules that keep boxes and milestones whole.
 */
export const contentStyles = css`
  ${glossaryWordStyles}
  article {
    max-inline-size: var(--pain-max-width, 48rem);
  }
  /* A topic's sections are laid out and drawn only as the reader nears them: a long page (or 50
     topics) shows its first screen without laying the rest out first. Until then each keeps the
     size it last had, or about a screen. */
  section[part~='section'] {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 30rem;
    /* Margins do not collapse through a contained box: the space above the title is the section's own
       (an h2 title's, 0.83em of its 1.375em), and nothing is added below the last child. */
    margin-block: calc(0.83 * 1.375em) 0;
  }
  section[part~='section'] > :first-child {
    margin-block-start: 0;
  }
  section[part~='section'] > :last-child {
    margin-block-end: 0;
  }
  /* Containment clips what reaches outside the section: an open definition may. */
  section[part~='section']:has(.bubble) {
    content-visibility: visible;
  }
  .title {
    font-size: 1.75em;
    margin-block-start: 0.5em;
  }
  .section-title {
    font-size: 1.375em;
  }
  .group-title,
  .milestone-title,
  section :is(h3, h4, h5, h6):not([class]) {
    font-size: 1.125em;
  }
  .footer-title {
    font-size: 1em;
  }
  .summary {
    font-size: 1.125em;
  }
  .box {
    border-radius: var(--pain-radius, 0.5rem);
    padding: var(--pain-space, 1rem);
    margin-block: var(--pain-space, 1rem);
  }
  /* The box's padding is the space: no heading margin on top of it. */
  .box > :first-child {
    margin-block-start: 0;
  }
  .box > :last-child {
    margin-block-end: 0;
  }
  .notice {
    background: var(--pain-color-notice-background, #eef4fb);
    border-inline-start: 0.3rem solid var(--pain-color-accent, #0b5cad);
  }
  .notice p,
  .error p {
    margin-block: 0.25em;
  }
  .error {
    background: var(--pain-color-error-background, #fdf0ee);
    border-inline-start: 0.3rem solid var(--pain-color-danger, #b3261e);
  }
  button {
    font: inherit;
    padding-block: 0.5em;
    padding-inline: 1em;
    min-block-size: 2.75rem;
    border-radius: var(--pain-radius, 0.5rem);
    border: 2px solid var(--pain-color-accent, #0b5cad);
    background: var(--pain-color-accent, #0b5cad);
    color: var(--pain-color-on-accent, #fff);
    cursor: pointer;
  }
  .loading {
    min-block-size: var(--pain-loading-min-height, 40rem);
  }
  .skeleton {
    background: var(--pain-color-skeleton, #e4e7eb);
    border-radius: var(--pain-radius, 0.5rem);
    block-size: 1em;
    margin-block: 1em;
    animation: pulse 1.5s ease-in-out infinite;
  }
  .skeleton.title {
    block-size: 2em;
    inline-size: 60%;
  }
  .skeleton.short {
    inline-size: 40%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  .red-flags {
    border: 2px solid var(--pain-color-danger, #b3261e);
    background: var(--pain-color-error-background, #fdf0ee);
  }
  .red-flags :is(h3, h4, h5, h6) {
    margin-block-start: 0.5em;
    color: var(--pain-color-danger-text, #8c1d18);
  }
  .red-flags-call-care-team {
    border-color: var(--pain-color-warning, #8a5a00);
    background: var(--pain-color-warning-background, #fff8e6);
  }
  .red-flags-call-care-team :is(h3, h4, h5, h6) {
    color: var(--pain-color-warning-text, #6b4500);
  }
  /* Links to other websites are marked (the arrow is not read out). */
  a[href^='http']::after {
    content: '\\2197' / '';
    margin-inline-start: 0.15em;
    font-size: 0.85em;
  }
  .clinic-note {
    border: 2px dashed var(--pain-color-accent, #0b5cad);
  }
  .clinic-note[hidden] {
    display: none;
  }
  .clinic-note-label {
    margin-block: 0 0.25em;
    font-weight: 700;
  }
  .clinic-contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    font-weight: 600;
  }
  /* A phone number is read and dialled whole: it never breaks at its hyphen. */
  .clinic-contact a[href^='tel:'] {
    white-space: nowrap;
  }
  .timeline {
    list-style: none;
    padding-inline-start: 0;
    border-inline-start: 0.25rem solid var(--pain-color-accent, #0b5cad);
  }
  .milestone {
    padding-inline-start: var(--pain-space, 1rem);
    margin-block-end: var(--pain-space, 1rem);
  }
  .milestone.current {
    background: var(--pain-color-notice-background, #eef4fb);
    border-inline-start: 0.35rem solid var(--pain-color-accent, #0b5cad);
    margin-inline-start: -0.3rem;
    padding-block: 0.5em;
  }
  .milestone-dates {
    margin-block: 0.25em;
    font-weight: 600;
  }
  .today {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding-inline: 0.5em;
    border-radius: var(--pain-radius, 0.5rem);
    background: var(--pain-color-accent, #0b5cad);
    color: var(--pain-color-on-accent, #fff);
  }
  .milestone-label {
    font-weight: 700;
    margin-block: 0.5em 0;
  }
  footer {
    border-block-start: 1px solid var(--pain-color-border, #cbd2d9);
    margin-block-start: 2em;
    font-size: 0.9375em;
  }
  @media print {
    section[part~='section'] {
      content-visibility: visible;
    }
    :host {
      color: #000;
      font-size: max(12pt, var(--pain-font-size, 12pt));
    }
    .notice,
    .red-flags,
    .milestone {
      break-inside: avoid;
    }
    :is(h2, h3, h4) {
      break-after: avoid;
    }
    .skeleton,
    button {
      display: none;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
  }
`;
