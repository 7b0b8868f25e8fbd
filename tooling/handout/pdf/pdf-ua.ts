import { createHash } from 'node:crypto';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDocument,
  PDFHeader,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFObject,
  type PDFPage,
} from 'pdf-lib';
import { markUntaggedAsArtifacts } from './content-stream.js';
import { fixOutlineTitles } from './outline.js';
import { describeLinks, fixStructure, type StructureFixes } from './structure.js';
import { xmpPacket } from './xmp.js';

/** What the post-processing needs to know about a handout. */
export interface PdfUaOptions {
  /** The handout's title (Info /Title, XMP dc:title, shown in the window title bar). */
  title: string;
  /** The document language (/Lang). */
  lang: string;
  /** Every language in it, the document language first. */
  languages: string[];
  /** The content's date: creation and modification dates, so the same content gives the same bytes. */
  date: Date;
  /** The text of every heading on the page, to put the spaces back into bookmarks. */
  headings: string[];
}

/** A PDF/UA-1 file and what was changed to make it one. */
export interface PdfUaResult {
  bytes: Uint8Array;
  /** Runs of untagged content (running header and footer, rules, box drawings) marked as artifacts. */
  artifacts: number;
  links: number;
  /** Bookmark titles whose spaces were put back. */
  bookmarks: number;
  fixes: StructureFixes;
}

const CREATOR = 'painkit-cli';

/** The page's content streams as one decoded stream. */
function pageContent(page: PDFPage): { bytes: Uint8Array; refs: PDFObject[] } {
  const contents = page.node.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  const parts = refs.map((ref) => {
    const stream = page.doc.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) throw new Error('handout PDF: a page content stream is not a stream');
    return decodePDFRawStream(stream).decode();
  });
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    out[at + part.length] = 0x0a;
    at += part.length + 1;
  }
  return { bytes: out, refs };
}

/** Marks each page's untagged content as artifacts; returns how many runs were marked. */
function markArtifacts(doc: PDFDocument): number {
  let artifacts = 0;
  for (const page of doc.getPages()) {
    const content = pageContent(page);
    const marked = markUntaggedAsArtifacts(content.bytes);
    artifacts += marked.artifacts;
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(marked.bytes)));
    for (const ref of content.refs) if (ref instanceof PDFRef) doc.context.delete(ref);
  }
  return artifacts;
}

/** Sets the file identifier (trailer /ID) to a digest of the file saved with a blank one: same content, same ID. */
async function saveWithContentId(doc: PDFDocument): Promise<Uint8Array> {
  const id = (hex: string) => doc.context.obj([PDFHexString.of(hex), PDFHexString.of(hex)]);
  doc.context.trailerInfo.ID = id('0'.repeat(32));
  const blank = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  doc.context.trailerInfo.ID = id(createHash('sha256').update(blank).digest('hex').slice(0, 32));
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/**
 * Turns the tagged PDF Chromium prints into a PDF/UA-1 file, as far as
 * painkit can check without veraPDF: XMP metadata with `pdfuaid:part` 1 and
 * dc:title, the title shown in the window title bar, /Lang, /MarkInfo,
 * `/Tabs /S`, untagged content marked as artifacts, /Contents on links, LBody
 * in list items, a RoleMap for non-standard types, bookmark titles with their
 * spaces, and fixed dates and file
 * identifier so that the same handout gives the same bytes.
 */
export async function toPdfUa(pdf: Uint8Array, options: PdfUaOptions): Promise<PdfUaResult> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const producer = `${doc.getProducer() ?? 'Chromium'}; ${CREATOR} (pdf-lib)`;
  const artifacts = markArtifacts(doc);
  const fixes = fixStructure(doc);
  const links = describeLinks(doc);
  const bookmarks = fixOutlineTitles(doc, options.headings);

  doc.setTitle(options.title, { showInWindowTitleBar: true });
  doc.setLanguage(options.lang);
  doc.setCreator(CREATOR);
  doc.setProducer(producer);
  doc.setCreationDate(options.date);
  doc.setModificationDate(options.date);
  doc.catalog.set(PDFName.of('MarkInfo'), doc.context.obj({ Marked: true }));
  const xmp = xmpPacket({ ...options, producer, creator: CREATOR });
  const metadata = doc.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(metadata));
  doc.context.header = PDFHeader.forVersion(1, 7);
  return { bytes: await saveWithContentId(doc), artifacts, links, bookmarks, fixes };
}
