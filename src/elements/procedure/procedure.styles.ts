import { css } from 'lit';

/** What only `<pain-procedure>` needs on top of the shared content styles. */
export const procedureStyles = css`
  section + section {
    margin-block-start: 1.5em;
  }
`;
