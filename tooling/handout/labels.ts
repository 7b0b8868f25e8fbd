import {
  afterHoursText,
  glossaryTitleText,
  handoutUpdatedText,
  loadCatalog,
  localizer,
  moreInfoText,
  notesText,
  pageOfText,
  scanText,
  shortAskText,
  shortOnlineText,
  uiLocaleFor,
} from 'painkit/i18n';

/**
 * The few words a printed handout adds around the content (page footer,
 * clinic line, QR caption, notes), from painkit's interface catalog (the
 * XLIFF translators work in), in the handout's language.
 */
export interface HandoutLabels {
  page: (n: string, total: string) => string;
  /** "Updated {date}": when the text last changed. */
  updated: (date: string) => string;
  /** "After hours:", before the after-hours phone number. */
  afterHours: string;
  scan: string;
  notes: string;
  /** The heading of the list of glossary words at the end. */
  glossary: string;
  /** The heading of a short handout's last lines, which say where the full version is. */
  moreInfo: string;
  /** A short handout's pointer to the full version online, at `address`. */
  shortOnline: (address: string) => string;
  /** A short handout's pointer to the full version when there is no address: ask the care team. */
  shortAsk: string;
}

/** The labels for a content locale, resolved like the elements resolve it (`es-MX` → Spanish, `fr` → English). */
export async function loadLabels(locale: string): Promise<HandoutLabels> {
  const ui = uiLocaleFor(locale);
  await loadCatalog(ui);
  const t = localizer(ui);
  return {
    page: (n, total) => pageOfText(t, n, total),
    updated: (date) => handoutUpdatedText(t, date),
    afterHours: afterHoursText(t),
    scan: scanText(t),
    notes: notesText(t),
    glossary: glossaryTitleText(t),
    moreInfo: moreInfoText(t),
    shortOnline: (address) => shortOnlineText(t, address),
    shortAsk: shortAskText(t),
  };
}
