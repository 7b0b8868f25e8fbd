import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

const compact = (text: string) => text.replace(/\s+/g, '');

/**
 * Puts the spaces back into bookmark titles. Chromium builds each bookmark
 * from the heading's text runs and drops the space where a heading wraps
 * ("sala de emergenciassi"); a bookmark whose letters are those of a known
 * heading gets that heading's text. Returns how many titles changed.
 */
export function fixOutlineTitles(doc: PDFDocument, headings: string[]): number {
  const known = new Map(headings.map((h) => [compact(h), h.replace(/\s+/g, ' ').trim()]));
  let fixed = 0;
  const visit = (item: PDFDict | undefined, seen: Set<PDFDict>) => {
    for (let at = item; at && !seen.has(at); at = at.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      seen.add(at);
      const title = at.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText();
      const proper = title === undefined ? undefined : known.get(compact(title));
      if (proper !== undefined && proper !== title) {
        at.set(PDFName.of('Title'), PDFHexString.fromText(proper));
        fixed++;
      }
      visit(at.lookupMaybe(PDFName.of('First'), PDFDict), seen);
    }
  };
  visit(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict), new Set());
  return fixed;
}
