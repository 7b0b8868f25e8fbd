/** Why content could not be shown. Stable strings: they appear in `pain-error` events. */
export type ContentErrorCode =
  | 'no-topic'
  | 'unknown-topic'
  | 'unknown-code'
  | 'unknown-term'
  | 'not-allowed'
  | 'network'
  | 'malformed'
  | 'invalid-attribute'
  | 'not-approved';

/** A failure to load content that the element explains to the reader. */
export class ContentError extends Error {
  override name = 'ContentError';

  constructor(
    readonly code: ContentErrorCode,
    message: string,
    readonly url?: string,
  ) {
    super(message);
  }
}
