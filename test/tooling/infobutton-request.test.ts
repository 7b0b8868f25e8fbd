/**
 * Reading HL7 Infobutton request parameters (src/infobutton/infobutton-request.ts):
 * the code and its system by OID, the reader's language, the recipient.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readInfobuttonRequest } from '../../src/infobutton/infobutton-request.js';

const ICD10 = '2.16.840.1.113883.6.90';

describe('readInfobuttonRequest', () => {
  it('reads a diagnosis request as MedlinePlus Connect documents it', () => {
    const request = readInfobuttonRequest(
      `?mainSearchCriteria.v.cs=${ICD10}&mainSearchCriteria.v.c=M48.061&mainSearchCriteria.v.dn=Spinal+stenosis&informationRecipient.languageCode.c=es-us&informationRecipient=PROV`,
    );
    assert.deepEqual(request, {
      query: { kind: 'code', system: 'icd10', code: 'M48.061' },
      displayName: 'Spinal stenosis',
      language: 'es-US',
      recipient: 'PROV',
    });
  });

  it('tells CPT from SNOMED CT by the OID, and names an OID it does not know', () => {
    assert.deepEqual(
      readInfobuttonRequest('mainSearchCriteria.v.c=62323&mainSearchCriteria.v.cs=2.16.840.1.113883.6.12').query,
      {
        kind: 'code',
        system: 'cpt',
        code: '62323',
      },
    );
    assert.equal(
      readInfobuttonRequest('mainSearchCriteria.v.c=23056005&mainSearchCriteria.v.cs=2.16.840.1.113883.6.96').query
        .kind,
      'code',
    );
    assert.deepEqual(
      readInfobuttonRequest('mainSearchCriteria.v.c=2345-7&mainSearchCriteria.v.cs=2.16.840.1.113883.6.1').query,
      {
        kind: 'unsupported-system',
        system: '2.16.840.1.113883.6.1',
        code: '2345-7',
      },
    );
    // A code without its system cannot be looked up either.
    assert.equal(readInfobuttonRequest('mainSearchCriteria.v.c=62323').query.kind, 'unsupported-system');
  });

  it('without a code (or only blanks) asks for nothing; defaults to English and the patient', () => {
    assert.deepEqual(readInfobuttonRequest(`mainSearchCriteria.v.cs=${ICD10}&mainSearchCriteria.v.c=%20`), {
      query: { kind: 'no-code' },
      displayName: '',
      language: 'en',
      recipient: 'PAT',
    });
  });

  it('reads sp, spa and eng as es and en, and an invalid language tag as English', () => {
    const language = (code: string) => readInfobuttonRequest(`informationRecipient.languageCode.c=${code}`).language;
    assert.deepEqual(['sp', 'SPA', 'eng', 'ES', 'not a tag!', ''].map(language), ['es', 'es', 'en', 'es', 'en', 'en']);
  });

  it('takes the first non-empty value of a repeated parameter', () => {
    const { query } = readInfobuttonRequest(
      `mainSearchCriteria.v.c=&mainSearchCriteria.v.c=M54.50&mainSearchCriteria.v.c=G89.3&mainSearchCriteria.v.cs=${ICD10}`,
    );
    assert.deepEqual(query, { kind: 'code', system: 'icd10', code: 'M54.50' });
  });
});
