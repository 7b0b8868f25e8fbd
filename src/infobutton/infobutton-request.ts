/**
 * Reading an HL7 Infobutton knowledge request (the URL-based implementation
 * guide, "Context-aware knowledge retrieval"): the query parameters an EHR
 * or patient portal sends when a reader asks for information about a code in
 * their record. Only what painkit answers with is read; other parameters
 * (age, gender, task context, `knowledgeResponseType`) are ignored, and the
 * answer is always an HTML page of patient education.
 */

/** The code systems painkit answers for, by the OID the request names them with. */
export const CODE_SYSTEMS = {
  '2.16.840.1.113883.6.12': 'cpt',
  '2.16.840.1.113883.6.96': 'snomed',
  '2.16.840.1.113883.6.90': 'icd10',
} as const;

/** `cpt`, `snomed` or `icd10`. */
export type CodeSystem = (typeof CODE_SYSTEMS)[keyof typeof CODE_SYSTEMS];

/** Language codes an EHR may send that are not BCP 47 tags: `sp` for Spanish, ISO 639-2 `spa` and `eng`. */
const LANGUAGE_ALIASES: Record<string, string> = { sp: 'es', spa: 'es', eng: 'en' };

/** What the request asks for, or why it cannot be answered. */
export type InfobuttonQuery =
  | { kind: 'code'; system: CodeSystem; code: string }
  | { kind: 'no-code' }
  | { kind: 'unsupported-system'; system: string; code: string };

export interface InfobuttonRequest {
  query: InfobuttonQuery;
  /** The display name the EHR gave (`mainSearchCriteria.v.dn`), shown as text only; `''` when none. */
  displayName: string;
  /** BCP 47 language of the reader (`informationRecipient.languageCode.c`), `en` when absent or not a language tag. */
  language: string;
  /** `PAT` (the patient, the default), `PROV` (a clinician), or whatever role code was sent, in capitals. */
  recipient: string;
}

/** The first non-empty value of a parameter, trimmed. */
const param = (params: URLSearchParams, name: string): string =>
  params
    .getAll(name)
    .map((v) => v.trim())
    .find(Boolean) ?? '';

/** A language code as a canonical BCP 47 tag, or `en` when it is not one. */
function languageOf(value: string): string {
  const code = LANGUAGE_ALIASES[value.toLowerCase()] ?? value;
  try {
    return code ? (Intl.getCanonicalLocales(code)[0] ?? 'en') : 'en';
  } catch {
    return 'en';
  }
}

/** Reads an Infobutton request from a page's query string (`location.search`). */
export function readInfobuttonRequest(search: string | URLSearchParams): InfobuttonRequest {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const code = param(params, 'mainSearchCriteria.v.c');
  const oid = param(params, 'mainSearchCriteria.v.cs');
  const system = Object.hasOwn(CODE_SYSTEMS, oid) ? CODE_SYSTEMS[oid as keyof typeof CODE_SYSTEMS] : undefined;
  const query: InfobuttonQuery = !code
    ? { kind: 'no-code' }
    : system
      ? { kind: 'code', system, code }
      : { kind: 'unsupported-system', system: oid, code };
  return {
    query,
    displayName: param(params, 'mainSearchCriteria.v.dn'),
    language: languageOf(param(params, 'informationRecipient.languageCode.c')),
    recipient: (param(params, 'informationRecipient') || 'PAT').toUpperCase(),
  };
}
