/** The problems @medplum/core's FHIR R4 validator finds in a resource; an empty list when it is valid. */
export declare function fhirProblems(resource: unknown): string[];
