/**
 * The few words a printed handout adds around the content (page footer,
 * clinic line, QR caption). Kept here because the PDF header and footer are
 * drawn by Chromium outside the page's own elements. Add a locale by adding
 * its words; unknown locales use English.
 */
export interface HandoutLabels {
  page: (n: string, total: string) => string;
  reviewed: (date: string) => string;
  afterHours: string;
  scan: string;
  notes: string;
}

const LABELS: Record<string, HandoutLabels> = {
  en: {
    page: (n, total) => `Page ${n} of ${total}`,
    reviewed: (date) => `Reviewed ${date}`,
    afterHours: 'After hours',
    scan: 'Scan to read this online',
    notes: 'Notes',
  },
  es: {
    page: (n, total) => `Página ${n} de ${total}`,
    reviewed: (date) => `Revisado el ${date}`,
    afterHours: 'Fuera del horario de atención',
    scan: 'Escanee para leer esto en internet',
    notes: 'Notas',
  },
};

export const labelsFor = (locale: string): HandoutLabels => LABELS[locale.split('-')[0]] ?? LABELS.en;
