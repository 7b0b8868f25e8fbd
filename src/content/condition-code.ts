import { ContentError } from './content-error.js';
import { loadManifest } from './load-topic.js';
import type { ContentManifest } from './types.js';

/**
 * An ICD-10-CM code as content lists it: upper case, no spaces, with its dot
 * (`m4806 1` → `M48.061`; EHRs often send `M48061`).
 */
export function normalizeIcd10(code: string): string {
  const compact = code.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 && !compact.includes('.') ? `${compact.slice(0, 3)}.${compact.slice(3)}` : compact;
}

/**
 * The condition an ICD-10-CM diagnosis code leads to: the condition page that
 * lists the code, or the most specific code above it (`M48.061` is under
 * `M48.06` and `M48.0`), so a page listing `M48.0` answers every spinal
 * stenosis code. Undefined when none does, and for content built before
 * painkit knew ICD-10-CM codes. Only the manifest's own keys count.
 */
export function conditionForCode(manifest: ContentManifest, code: string): string | undefined {
  const codes = manifest.conditionCodes;
  if (!codes || typeof codes !== 'object') return undefined;
  for (let key = normalizeIcd10(code); key.length >= 3; key = key.slice(0, -1).replace(/\.$/, '')) {
    if (Object.hasOwn(codes, key) && typeof codes[key] === 'string') return codes[key];
  }
  return undefined;
}

/** No condition page has the ICD-10-CM code asked for (`unknown-code`, told apart from a procedure code). */
export class UnknownConditionCodeError extends ContentError {
  constructor(readonly conditionCode: string) {
    super('unknown-code', `no condition has the ICD-10-CM code "${conditionCode}"`);
  }
}

/**
 * Loads the manifest of a content folder and finds the condition of an
 * ICD-10-CM code; an `unknown-code` ContentError when no condition has it.
 */
export async function loadConditionForCode(base: string, code: string): Promise<string> {
  const condition = conditionForCode(await loadManifest(base), code);
  if (!condition) throw new UnknownConditionCodeError(code.trim());
  return condition;
}
