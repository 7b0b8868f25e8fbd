/**
 * The Infobutton page (`dist/infobutton.html`) opened the way an EHR opens
 * it: a standard HL7 Infobutton URL for a CPT, a SNOMED CT and an ICD-10-CM
 * code, in English and Spanish, and the requests it cannot answer (an
 * unknown code, an unknown code system, no code). Asserts what the reader
 * sees and the page's language. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launch, serveRoot, settle } from './browser.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const OID = { cpt: '2.16.840.1.113883.6.12', snomed: '2.16.840.1.113883.6.96', icd10: '2.16.840.1.113883.6.90' };

/** An Infobutton knowledge request as an EHR sends it (with the parameters painkit ignores, too). */
function infobuttonQuery(criteria: { c?: string; cs?: string; dn?: string }, extra: Record<string, string> = {}) {
  const params = new URLSearchParams({
    'representedOrganization.id.root': '1.3.6.1.4.1.3768',
    'taskContext.c.c': 'PROBLISTREV',
    'patientPerson.administrativeGenderCode.c': 'F',
    'age.v.v': '67',
    'age.v.u': 'a',
    performer: 'PROV',
    informationRecipient: 'PAT',
    knowledgeResponseType: 'text/html',
  });
  for (const [key, value] of Object.entries(criteria)) params.set(`mainSearchCriteria.v.${key}`, value!);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

interface Shown {
  htmlLang: string;
  title: string;
  /** The visible text of the page's own messages (not the elements'), spaces collapsed. */
  messages: string[];
  /** The main page's `<img>` elements: a display name must never become HTML. */
  images: number;
  /** Each element shown: its tag, its title (or error), and the language of its article. */
  elements: Array<{ tag: string; title: string; alert: string; articleLang: string | null }>;
}

/** Opens the Infobutton page with a query and waits until its answer and every element have loaded. */
async function open(page: Page, origin: string, query: string): Promise<Shown> {
  await page.goto(`${origin}/dist/infobutton.html?${query}`);
  await page.waitForFunction(() => document.querySelector('main')!.childElementCount > 0);
  await settle(page);
  // No named helpers inside page functions: tsx would wrap them in a helper the page lacks.
  return page.evaluate(() => ({
    htmlLang: document.documentElement.lang,
    title: document.title,
    messages: [...document.querySelectorAll<HTMLElement>('main > .message, main > .for-clinician')].map((m) =>
      m.innerText.replace(/\s+/g, ' ').trim(),
    ),
    images: document.querySelectorAll('main img').length,
    elements: [...document.querySelectorAll('main > pain-procedure, main > pain-plan')].map((el) => ({
      tag: el.localName,
      title: (el.shadowRoot!.querySelector('[part="title"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      alert: (el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      articleLang: el.shadowRoot!.querySelector('article')?.getAttribute('lang') ?? null,
    })),
  }));
}

describe('the Infobutton page (dist/infobutton.html)', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveRoot>>;
  let page: Page;

  before(async () => {
    server = await serveRoot();
    browser = await launch();
    page = await browser.newPage();
    page.on('pageerror', (e) => assert.fail(`uncaught error on the page: ${e.message}`));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('CPT: a procedure code opens its topic, in English by default', async () => {
    const shown = await open(page, server.origin, infobuttonQuery({ c: '62323', cs: OID.cpt, dn: 'Lumbar epidural' }));
    assert.equal(shown.htmlLang, 'en');
    assert.equal(shown.title, 'Patient information');
    assert.deepEqual(shown.messages, []);
    assert.deepEqual(shown.elements, [
      { tag: 'pain-procedure', title: 'Epidural steroid injection', alert: '', articleLang: 'en' },
    ]);
  });

  it('SNOMED CT: a problem code opens its condition page', async () => {
    const shown = await open(page, server.origin, infobuttonQuery({ c: '23056005', cs: OID.snomed, dn: 'Sciatica' }));
    assert.deepEqual(
      shown.elements.map((e) => e.title),
      ['Sciatica'],
    );
  });

  it('ICD-10-CM: a billable diagnosis code opens its condition page and care plan; axe finds nothing', async () => {
    const shown = await open(
      page,
      server.origin,
      infobuttonQuery({
        c: 'M48.061',
        cs: OID.icd10,
        dn: 'Spinal stenosis, lumbar region without neurogenic claudication',
      }),
    );
    assert.deepEqual(shown.elements, [
      { tag: 'pain-procedure', title: 'Spinal stenosis', alert: '', articleLang: 'en' },
      { tag: 'pain-plan', title: 'A typical plan for spinal stenosis', alert: '', articleLang: 'en' },
    ]);
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: { id: string }[] }> } })
        .axe;
      return (await axe.run(document)).violations.map((v) => v.id);
    });
    assert.deepEqual(violations, []);
  });

  it('Spanish (languageCode.c=es): the page, the condition and its plan in Spanish; es-US and the code without its dot work too', async () => {
    const es = await open(
      page,
      server.origin,
      infobuttonQuery({ c: 'M54.50', cs: OID.icd10 }, { 'informationRecipient.languageCode.c': 'es' }),
    );
    assert.equal(es.htmlLang, 'es');
    assert.equal(es.title, 'Información para pacientes');
    assert.deepEqual(es.elements, [
      { tag: 'pain-procedure', title: 'Dolor crónico en la parte baja de la espalda', alert: '', articleLang: 'es' },
      {
        tag: 'pain-plan',
        title: 'Un plan típico para el dolor crónico en la parte baja de la espalda',
        alert: '',
        articleLang: 'es',
      },
    ]);
    const us = await open(
      page,
      server.origin,
      infobuttonQuery({ c: '62323', cs: OID.cpt }, { 'informationRecipient.languageCode.c': 'es-US' }),
    );
    assert.equal(us.htmlLang, 'es-US');
    assert.deepEqual(
      us.elements.map((e) => [e.title, e.articleLang]),
      [['Inyección epidural de esteroides', 'es']],
    );
    const dotless = await open(
      page,
      server.origin,
      infobuttonQuery({ c: 'M5441', cs: OID.icd10 }, { 'informationRecipient.languageCode.c': 'es' }),
    );
    assert.deepEqual(
      dotless.elements.map((e) => e.title),
      ['Ciática', 'Un plan típico para la ciática'],
    );
  });

  it('an ICD-10-CM code no condition has: a localized message naming the code, the display name as text only', async () => {
    const dn = 'Radiculopathy <img src=x onerror="window.__pwned=1">';
    const en = await open(page, server.origin, infobuttonQuery({ c: 'M54.16', cs: OID.icd10, dn }));
    assert.deepEqual(en.elements, []);
    assert.deepEqual(en.messages, [
      `We could not find this information. We have no information for this diagnosis code yet. Your care team can give you this information. From the health record: ${dn} (M54.16)`,
    ]);
    assert.equal(en.images, 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    const es = await open(
      page,
      server.origin,
      infobuttonQuery({ c: 'M54.16', cs: OID.icd10 }, { 'informationRecipient.languageCode.c': 'es' }),
    );
    assert.deepEqual(es.messages, [
      'No encontramos esta información. Todavía no tenemos información para este código de diagnóstico. Su equipo de atención médica le puede dar esta información. Del expediente médico: M54.16',
    ]);
  });

  it('an unknown CPT code: the topic element explains it', async () => {
    const shown = await open(page, server.origin, infobuttonQuery({ c: '99213', cs: OID.cpt }));
    assert.equal(shown.elements.length, 1);
    assert.match(shown.elements[0]!.alert, /No topic matches this procedure code\./);
  });

  it('a code system painkit does not know (LOINC), and no code at all: localized messages', async () => {
    const loinc = await open(
      page,
      server.origin,
      infobuttonQuery({ c: '2345-7', cs: '2.16.840.1.113883.6.1', dn: 'Glucose' }),
    );
    assert.deepEqual(loinc.elements, []);
    assert.deepEqual(loinc.messages, [
      'We could not find this information. The link from the health record uses a kind of code we cannot look up. We can look up procedure codes (CPT, SNOMED CT) and diagnosis codes (ICD-10-CM). From the health record: Glucose (2345-7)',
    ]);
    const none = await open(page, server.origin, infobuttonQuery({}, { 'informationRecipient.languageCode.c': 'es' }));
    assert.equal(none.htmlLang, 'es');
    assert.deepEqual(none.messages, [
      'No se indicó ningún código. El enlace del expediente médico no dijo qué procedimiento o afección explicar. Su equipo de atención médica le puede dar esta información.',
    ]);
  });

  it('a clinician (informationRecipient=PROV) is told this is what patients get', async () => {
    const shown = await open(
      page,
      server.origin,
      infobuttonQuery({ c: '62323', cs: OID.cpt }, { informationRecipient: 'PROV' }),
    );
    assert.deepEqual(shown.messages, ['This is the information we give patients about this code.']);
    assert.equal(shown.elements[0]!.title, 'Epidural steroid injection');
  });
});
