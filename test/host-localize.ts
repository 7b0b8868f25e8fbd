import { expect, fixture, html } from '@open-wc/testing';
import type { PainProcedure } from '../src/pain-procedure.js';
import { DATA, shadowText, shown } from './helpers.js';

/** The host app with painkit elements in Spanish and English inside it, each shown with its topic. */
export async function renderHostWithPainkit() {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <host-app>
        <pain-procedure id="es" lang="es" topic="radiofrequency-ablation" content-base=${DATA}></pain-procedure>
        <pain-procedure id="en" lang="en" topic="radiofrequency-ablation" content-base=${DATA}></pain-procedure>
      </host-app>
    </div>`,
  );
  const [es, en] = ['es', 'en'].map((id) => page.querySelector<PainProcedure>(`#${id}`)!);
  await shown(es);
  await shown(en);
  return { host: page.querySelector('host-app')!, es, en };
}

const printButton = (el: PainProcedure) => el.shadowRoot!.querySelector('[part="print-button"]')!.textContent!.trim();

/** Each side shows its own words: the host's catalog for the host, painkit's for painkit, in each element's language. */
export function expectOwnStrings({ host, es, en }: Awaited<ReturnType<typeof renderHostWithPainkit>>) {
  const hostText = host.shadowRoot!.textContent!.replace(/\s+/g, ' ');
  expect(hostText).to.include('Hola desde la app');
  expect(hostText).to.include('IMPRIMIR DEL ANFITRIÓN');
  expect(hostText).to.include('FUENTES DEL ANFITRIÓN');
  expect(printButton(es)).to.equal('Imprimir');
  expect(printButton(en)).to.equal('Print');
  expect(shadowText(es)).to.include('Fuentes');
  expect(shadowText(es)).not.to.include('ANFITRIÓN');
  expect(shadowText(en)).to.include('Sources');
  expect(shadowText(en)).not.to.include('ANFITRIÓN');
}
