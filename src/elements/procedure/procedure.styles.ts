import { css } from 'lit';

/** What only `<pain-procedure>` needs on top of the shared content styles. */
export const procedureStyles = css`
  /* A whole topic is many screens long: reserving a screen while it loads keeps what follows out of view, so it never jumps. */
  :host(:not([sections])) .loading,
  :host([sections='']) .loading {
    min-block-size: var(--pain-loading-min-height, max(40rem, 100vh));
  }
  section + section {
    margin-block-start: 1.5em;
  }
  @media print {
    /* Room to write an answer under each question. */
    [part~='section-questions'] li {
      padding-block-end: 1.6em;
      border-block-end: 1px solid #8a8a8a;
      margin-block-end: 0.6em;
    }
  }
`;
