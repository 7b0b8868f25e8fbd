/** Body-area slugs, for filtering topics by where it hurts. */
export const BODY_AREAS = [
  'neck',
  'upper-back',
  'lower-back',
  'buttock-hip',
  'arm',
  'leg',
  'knee',
  'abdomen',
  'whole-body',
] as const;
