/**
 * The URL rules for sources and links (`urlProblem`): https only, no
 * document-copy sites (subdomains included), no tracking parameters; a
 * clean primary page passes. The fixtures in validate.test.ts check the
 * file:line messages.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DOCUMENT_COPY_HOSTS } from '../../tooling/content/document-copy-hosts.js';
import { urlProblem } from '../../tooling/content/https-url.js';

describe('urlProblem', () => {
  it('passes a clean https page, query parameters that are part of the page included', () => {
    assert.equal(urlProblem('https://medlineplus.gov/ency/article/007484.htm'), undefined);
    assert.equal(urlProblem('https://myhealth.alberta.ca/Health/Pages/conditions.aspx?hwid=stn166055'), undefined);
    // A document-copy host's name inside another host's name is not that host.
    assert.equal(urlProblem('https://notscribd.com/page'), undefined);
  });

  it('refuses http, other schemes and text that is not a URL', () => {
    for (const url of [
      'http://www.nhs.uk/conditions/sciatica/',
      'ftp://example.org/a.pdf',
      'www.nhs.uk',
      'javascript:alert(1)',
    ])
      assert.equal(urlProblem(url), `"${url}" is not a well-formed https URL`);
  });

  it('refuses every document-copy host, and its subdomains', () => {
    assert.ok(DOCUMENT_COPY_HOSTS.length >= 6);
    for (const host of ['dokumen.tips', 'issuu.com', 'scribd.com', 'aneskey.com', 'pdfcoffee.com', 'studylib.net'])
      assert.ok(DOCUMENT_COPY_HOSTS.includes(host), host);
    for (const host of DOCUMENT_COPY_HOSTS) {
      for (const url of [`https://${host}/doc/1`, `https://www.${host}/doc/1`, `https://ES.${host.toUpperCase()}/doc`])
        assert.match(
          urlProblem(url) ?? '',
          new RegExp(`is on ${host.replace(/\./g, '\\.')}, a site that reposts copies`),
          url,
        );
    }
  });

  it('names each tracking parameter', () => {
    const cases: Array<[string, string]> = [
      ['https://www.fda.gov/x?utm_medium=email', 'has tracking parameter "utm_medium": remove it'],
      ['https://www.fda.gov/x?gclid=1&GCLID=2', 'has tracking parameters "gclid", "GCLID": remove them'],
      ['https://www.mayoclinic.org/x?p=1&source=foo', 'has tracking parameter "source": remove it'],
      ['https://www.mayoclinic.org/x?clset=92f5', 'has tracking parameter "clset": remove it'],
      ['https://www.nhs.uk/x?fbclid=abc', 'has tracking parameter "fbclid": remove it'],
    ];
    for (const [url, message] of cases) assert.equal(urlProblem(url), `"${url}" ${message}`);
  });
});
