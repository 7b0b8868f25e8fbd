/** Condition slugs (a contract: clinics filter and template plans by them). */
export const CONDITIONS = [
  'herniated-disc',
  'spinal-stenosis',
  'sciatica',
  'facet-arthritis',
  'sacroiliac-joint-pain',
  'knee-osteoarthritis',
  'complex-regional-pain-syndrome',
  'cancer-pain',
  'compression-fracture',
  'post-surgical-back-pain',
  'myofascial-pain',
  'neuropathic-pain',
  'chronic-neck-pain',
  'chronic-low-back-pain',
] as const;

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
