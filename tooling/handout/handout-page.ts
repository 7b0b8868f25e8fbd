import type { ClinicDetails as SharedClinicDetails, GlossaryTerm, TopicChunk } from 'painkit/markdown';
import type { HandoutLabels } from './labels.js';

/** The clinic's details for a handout (`--clinic clinic.json`): those of `<pain-clinic>`, and where topics are online. */
export interface ClinicDetails extends SharedClinicDetails {
  /**
   * Where each topic is online, for the QR code: `{topic}` and `{lang}` are
   * replaced, e.g. `https://clinic.example/learn/{topic}?lang={lang}`. No QR
   * code without it.
   */
  onlineUrl?: string;
}

/** What one handout shows. */
export interface HandoutPage {
  /** The patient's language: its topic chunk (maybe the English fallback). */
  chunk: TopicChunk;
  /** The glossary words the topic uses, with their meanings (listed at the end). */
  words: GlossaryTerm[];
  /** For a bilingual handout: the second language, in facing columns section by section. */
  second?: { chunk: TopicChunk; labels: HandoutLabels; words: GlossaryTerm[] };
  clinic?: ClinicDetails;
  largePrint?: boolean;
  paper: 'letter' | 'a4';
  /** An SVG QR code linking to the online version, if the clinic gave a URL pattern. */
  qrSvg?: string;
  /** The address the QR code opens: its alternative text, and printed under it. */
  onlineUrl?: string;
  /** The words the handout adds, in `chunk`'s language. */
  labels: HandoutLabels;
  /** Only these section ids, in this order (see `handoutSections`); every section when absent. */
  sections?: string[];
  /**
   * The short form (`--short`, with `sections` from `shortSections`): no
   * sources, word list or notes area, but a "More information" line saying
   * where the full version is.
   */
  short?: boolean;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The clinic's name and phone numbers, for the top of the first page. */
function clinicLine(clinic: ClinicDetails | undefined, labels: HandoutLabels): string {
  if (!clinic?.name && !clinic?.phone) return '';
  const parts = [clinic.name, clinic.phone, clinic.afterHoursPhone && `${labels.afterHours} ${clinic.afterHoursPhone}`]
    .filter(Boolean)
    .map((p) => escapeHtml(String(p)));
  return `<p class="clinic-line">${parts.join(' · ')}</p>`;
}

/** `<pain-clinic>` with the clinic's details, so the elements show them where the content says to call. */
function clinicElement(clinic: ClinicDetails | undefined): string {
  if (!clinic) return '';
  const attrs: Array<[string, string | undefined]> = [
    ['name', clinic.name],
    ['phone', clinic.phone],
    ['after-hours-phone', clinic.afterHoursPhone],
    ['website', clinic.website],
    ['emergency-number', clinic.emergencyNumber],
    ['crisis-line', clinic.crisisLine],
  ];
  return `<pain-clinic ${attrs
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}="${escapeHtml(String(v))}"`)
    .join(' ')}></pain-clinic>`;
}

const procedure = (chunk: TopicChunk, extra = '') =>
  `<pain-procedure topic="${escapeHtml(chunk.slug)}" lang="${escapeHtml(chunk.locale)}" content-base="/data/" heading-level="1"${extra}></pain-procedure>`;

/**
 * The topic's title (and summary) on its own, for layouts that compose bare
 * elements. An id makes Chromium keep the wrapper in the PDF's structure
 * tree, where it carries /Lang for a screen reader's voice.
 */
const titleBlock = (c: TopicChunk, summary: boolean) =>
  `<div lang="${c.locale}" id="${c.locale}-title"><h1>${escapeHtml(c.title)}</h1>${summary ? `<p class="summary">${escapeHtml(c.summary)}</p>` : ''}</div>`;

/**
 * Facing columns, section by section: the patient's language first, the
 * second language beside it. Everything a single-language handout has is
 * there in both languages: the translation notices first, then the key
 * points, every section, then the disclaimer, sources and dates.
 */
function bilingualBody(first: TopicChunk, second: TopicChunk, sections: string[], summary: boolean): string {
  const row = (sections: string) =>
    `<div class="row">${[first, second].map((c) => procedure(c, ` bare sections="${sections}" id="${c.locale}-${sections}"`)).join('')}</div>`;
  const rows = ['notices', 'key-points', ...sections, 'footer'].map(row);
  return `<div class="row title-row">${titleBlock(first, summary)}${titleBlock(second, summary)}</div>${rows.join('\n')}`;
}

/**
 * The short form in one language, in two columns (one in large print, whose
 * boxes would not fit a column's height): the title without its
 * summary (the key points say it again), then the notices, key points, the
 * chosen sections and the footer (without sources: see `shortTopic`), and
 * where the full version is.
 */
const shortBody = (chunk: TopicChunk, sections: string[], end: string, largePrint: boolean | undefined) =>
  `${titleBlock(chunk, false)}<div${largePrint ? '' : ' class="columns"'}>${procedure(chunk, ` bare sections="${['notices', 'key-points', ...sections, 'footer'].join(',')}"`)}${end}</div>`;

/** The margins of a short handout's pages: the running header and footer need no more. */
export const SHORT_MARGINS = { top: '13mm', bottom: '14mm', left: '13mm', right: '13mm' };

/**
 * How the short form fits two pages at 12 pt: two columns, tighter lines
 * and boxes, smaller margins.
 */
const SHORT_STYLES = `
  @page { margin: ${SHORT_MARGINS.top} ${SHORT_MARGINS.right} ${SHORT_MARGINS.bottom}; }
  .columns { columns: 2; column-gap: 7mm; }
  pain-procedure { line-height: 1.35; --pain-space: 0.5rem; }
  pain-procedure::part(section) { margin-block-start: 0.6em; }
  main > div > h1, .title-row h1 { font-size: 1.5em; margin-block: 0 0.3em; }
  .short-end { break-inside: avoid; margin-block-start: 0.8em; }
  .more-info h2 { font-size: 1.1em; margin-block: 0 0.2em; }
  .more-info p { margin: 0; overflow-wrap: anywhere; }
  .short-end .qr { margin: 0.6em 0 0; }
  .short-end .qr-url { display: none; }
  .short-end .qr-code svg { inline-size: 24mm; block-size: 24mm; }`;

/** One language of a handout: what the page adds around the elements in it. */
interface Side {
  locale: string;
  labels: HandoutLabels;
  /** The glossary words its topic uses. */
  words: GlossaryTerm[];
}

/** The glossary words of a topic with their meanings, as a definition list (nothing when there are none). */
function wordList({ locale, labels, words }: Side): string {
  if (!words.length) return '';
  const items = words
    .map((w) => `<div><dt><dfn>${escapeHtml(w.term)}</dfn></dt><dd>${escapeHtml(w.definition)}</dd></div>`)
    .join('');
  return `<section class="glossary" lang="${escapeHtml(locale)}"><h2>${escapeHtml(labels.glossary)}</h2><dl>${items}</dl></section>`;
}

/** A short handout's last lines, in one language: where the full version (with its sources) is. */
function moreInfo({ locale, labels }: Side, address: string | undefined): string {
  const line = escapeHtml(address ? labels.shortOnline(address) : labels.shortAsk);
  return `<section class="more-info" lang="${escapeHtml(locale)}"><h2>${escapeHtml(labels.moreInfo)}</h2><p>${line}</p></section>`;
}

/**
 * The HTML page Chromium prints: painkit's own elements (the same code as on
 * a website) with print styles, loaded from the CDN build, plus a header
 * line with the clinic, a notes area and an optional QR code.
 */
export function handoutPage(page: HandoutPage): string {
  const { chunk, second, labels } = page;
  const sides: Side[] = [{ locale: chunk.locale, labels, words: page.words }];
  if (second) sides.push({ locale: second.chunk.locale, labels: second.labels, words: second.words });
  /** One part per language: side by side in a bilingual handout. */
  const perLanguage = (part: (side: Side) => string) =>
    second ? `<div class="row">${sides.map(part).join('')}</div>` : part(sides[0]!);
  const size = page.largePrint ? '16pt' : '12pt';
  const sections = page.sections ?? chunk.sections.map((s) => s.id);
  const qr = page.qrSvg
    ? `<figure class="qr"><div class="qr-code">${page.qrSvg.replace('<svg', `<svg role="img" aria-label="${escapeHtml(`${labels.scan}: ${page.onlineUrl ?? ''}`)}"`)}</div><figcaption>${escapeHtml(labels.scan)} <span class="qr-url">${escapeHtml(page.onlineUrl ?? '')}</span></figcaption></figure>`
    : '';
  const shortEnd = `<div class="short-end">${perLanguage((side) => moreInfo(side, page.onlineUrl))}${qr}</div>`;
  const content = !page.short
    ? `${clinicLine(page.clinic, labels)}
${second ? bilingualBody(chunk, second.chunk, sections, true) : procedure(chunk, page.sections ? ` sections="${escapeHtml(page.sections.join(','))}"` : '')}
${perLanguage(wordList)}
<section class="notes" aria-label="${escapeHtml(labels.notes)}"><h2>${escapeHtml(labels.notes)}</h2>${'<div class="line"></div>'.repeat(5)}</section>
${qr}`
    : second
      ? `${bilingualBody(chunk, second.chunk, sections, false)}\n${shortEnd}`
      : shortBody(chunk, sections, shortEnd, page.largePrint);
  return `<!doctype html>
<html lang="${escapeHtml(chunk.locale)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(second ? `${chunk.title} / ${second.chunk.title}` : chunk.title)}</title>
<style>
  @page { size: ${page.paper === 'a4' ? 'A4' : 'Letter'}; margin: 16mm 15mm 18mm; }
  html { font-size: ${size}; }
  body { margin: 0; font-family: system-ui, 'DejaVu Sans', sans-serif; color: #000; }
  @media screen { body { max-inline-size: 52rem; margin-inline: auto; padding: 1.5rem; } }
  pain-procedure { --pain-font-size: ${size}; --pain-max-width: none; --pain-loading-min-height: 0; }
  .clinic-line { font-weight: 700; border-block-end: 2px solid #000; padding-block-end: 0.3em; margin-block: 0 0.8em; }
  .row { display: grid; grid-template-columns: 1fr 1fr; gap: 7mm; }
  .title-row h1 { font-size: 1.6em; margin-block: 0 0.3em; }
  .summary { font-size: 1.05em; }
  .glossary { margin-block-start: 1.5em; }
  .glossary h2, .notes h2 { font-size: 1.2em; }
  .glossary dl div { break-inside: avoid; margin-block-end: 0.4em; }
  .glossary dt { display: inline; font-weight: 700; }
  .glossary dt::after { content: ': '; }
  .glossary dd { display: inline; margin: 0; }
  .glossary dfn { font-style: normal; }
  .notes { break-inside: avoid; margin-block-start: 1.5em; }
  .notes .line { border-block-end: 1px solid #8a8a8a; block-size: 2em; }
  .qr { break-inside: avoid; display: flex; align-items: center; gap: 1em; margin: 1.5em 0 0; }
  .qr-url { display: block; overflow-wrap: anywhere; }
  .qr-code svg { inline-size: 28mm; block-size: 28mm; }${page.short ? SHORT_STYLES : ''}
</style>
<script type="module" src="/cdn/painkit.js"></script>
</head>
<body${second ? ' class="bilingual"' : ''}>
${clinicElement(page.clinic)}
<main>
${content}
</main>
</body>
</html>`;
}
