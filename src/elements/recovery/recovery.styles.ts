import { css } from 'lit';

/** What only `<pain-recovery>` needs on top of the shared content styles. */
export const recoveryStyles = css`
  .intro {
    margin-block-end: 1em;
  }
`;
