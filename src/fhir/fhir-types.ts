/**
 * The parts of FHIR R4 `Questionnaire` and `QuestionnaireResponse` that the
 * diary uses (https://hl7.org/fhir/R4/questionnaire.html), so the package
 * needs no FHIR library. A test checks them against a full FHIR validator.
 */

/** A Questionnaire item type used by the diary. */
export type QuestionnaireItemType = 'group' | 'display' | 'integer' | 'decimal' | 'string' | 'text' | 'dateTime';

export interface QuestionnaireItem {
  linkId: string;
  text?: string;
  type: QuestionnaireItemType;
  required?: boolean;
  repeats?: boolean;
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  url: string;
  name: string;
  title: string;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  language: string;
  item: QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  valueInteger?: number;
  valueDecimal?: number;
  valueString?: string;
  valueDateTime?: string;
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  questionnaire: string;
  status: 'in-progress' | 'completed';
  authored: string;
  language: string;
  item: QuestionnaireResponseItem[];
}
