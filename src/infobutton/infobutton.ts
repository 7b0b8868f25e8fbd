import '../pain-plan.js';
import '../pain-procedure.js';
import { loadConditionForCode, UnknownConditionCodeError } from '../content/condition-code.js';
import { resolveContentBase } from '../content/content-base.js';
import { directionOf, uiLocaleFor } from '../i18n/locales.js';
import { loadCatalog, localizer, type Localizer } from '../i18n/localizer.js';
import { errorText, unknownConditionCodeText } from '../elements/shared/messages.js';
import { asContentError } from '../elements/shared/pain-element.js';
import type { InfobuttonRequest } from './infobutton-request.js';
import {
  askedAboutText,
  forClinicianText,
  noCodeText,
  pageTitleText,
  unsupportedSystemText,
} from './infobutton-messages.js';

/** A new element with attributes; text is only ever set as text, never parsed as HTML. */
function element(tag: string, attributes: Record<string, string> = {}, text?: string): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A message box: what went wrong, what to do, and what the record asked about. */
function message(t: Localizer, text: { title: string; body: string }, request: InfobuttonRequest): HTMLElement {
  const box = element('div', { class: 'message', role: 'alert' });
  const title = element('p');
  title.append(element('strong', {}, text.title));
  box.append(title, element('p', {}, text.body));
  const code = request.query.kind === 'no-code' ? '' : request.query.code;
  const asked = [request.displayName, code && (request.displayName ? `(${code})` : code)].filter(Boolean).join(' ');
  if (asked) box.append(element('p', { class: 'asked' }, askedAboutText(t, asked)));
  return box;
}

/** The elements that answer a diagnosis code: the condition's page and its care plan. */
async function answerDiagnosis(t: Localizer, request: InfobuttonRequest, code: string): Promise<HTMLElement[]> {
  try {
    const condition = await loadConditionForCode(resolveContentBase(undefined), code);
    return [
      element('pain-procedure', { topic: condition, 'heading-level': '1' }),
      element('pain-plan', { condition, 'heading-level': '2' }),
    ];
  } catch (error) {
    const text =
      error instanceof UnknownConditionCodeError
        ? unknownConditionCodeText(t)
        : errorText(t, asContentError(error).code);
    return [message(t, text, request)];
  }
}

/**
 * Answers an Infobutton request in `root`: the page's language and title
 * follow `informationRecipient.languageCode.c`; a procedure code (CPT,
 * SNOMED CT) shows its topic with `<pain-procedure code>`, which explains an
 * unknown code itself; a diagnosis code (ICD-10-CM) shows its condition's
 * page and care plan; no code, an unknown code system or an ICD-10-CM code
 * no condition has shows a localized message naming what the record asked
 * about (as text). A clinician (`PROV`) sees a note that this is what
 * patients get.
 */
export async function answerInfobutton(request: InfobuttonRequest, root: HTMLElement): Promise<void> {
  const locale = uiLocaleFor(request.language);
  document.documentElement.lang = request.language;
  document.documentElement.dir = directionOf(locale);
  await loadCatalog(locale);
  const t = localizer(locale);
  document.title = pageTitleText(t);
  const shown: HTMLElement[] = [];
  if (request.recipient === 'PROV') shown.push(element('p', { class: 'for-clinician' }, forClinicianText(t)));
  const { query } = request;
  if (query.kind === 'no-code') shown.push(message(t, noCodeText(t), request));
  else if (query.kind === 'unsupported-system') shown.push(message(t, unsupportedSystemText(t), request));
  else if (query.system === 'icd10') shown.push(...(await answerDiagnosis(t, request, query.code)));
  else shown.push(element('pain-procedure', { code: query.code, 'heading-level': '1' }));
  root.replaceChildren(...shown);
}
