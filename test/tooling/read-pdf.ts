/**
 * Reads a PDF back with pdf.js (Mozilla's reader, not the library that wrote
 * it): document metadata, and per page the structure tree with the text of
 * each element, the link annotations, and how much painted content lies
 * outside any marked-content sequence.
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A structure element as a reader sees it: its (role-mapped) type, /Lang, /Alt and text. */
export interface PdfNode {
  role: string;
  lang?: string;
  alt?: string;
  /** The text of the content it holds directly or through its descendants. */
  text: string;
  children: PdfNode[];
  /** The ids (`14R`) of the annotations it holds (OBJR kids). */
  objects: string[];
}

export interface PdfPage {
  tree: PdfNode | undefined;
  /** Painting operators (text, paths, images, shadings, XObjects) outside any marked content. */
  untagged: number;
  /** Painting operators inside an /Artifact sequence. */
  artifacts: number;
  links: Array<{ id: string; url?: string; contents: string }>;
  /** Widget annotations (form fields). */
  widgets: number;
}

export interface PdfReading {
  title: string;
  lang: string;
  xmp: { title: string; pdfuaPart: string; languages: string };
  displayDocTitle: boolean;
  marked: boolean;
  /** Every bookmark title, depth first. */
  bookmarks: string[];
  pages: PdfPage[];
}

/** pdf.js's structure tree node (its types are not exported under a stable name). */
interface RawNode {
  role?: string;
  lang?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: RawNode[];
}

type TextPiece = { str?: string; type?: string; id?: string | null; tag?: string };

/** Text by marked-content id (`p12R_mc3`), from the text content with its markers. */
function textById(items: TextPiece[]): Map<string, string> {
  const byId = new Map<string, string>();
  const stack: Array<string | null> = [];
  for (const item of items) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') stack.push(item.id ?? null);
    else if (item.type === 'endMarkedContent') stack.pop();
    else if (item.str !== undefined) {
      const id = [...stack].reverse().find(Boolean);
      if (id) byId.set(id, (byId.get(id) ?? '') + item.str);
    }
  }
  return byId;
}

function toNode(raw: RawNode, text: Map<string, string>): PdfNode {
  const children: PdfNode[] = [];
  let own = '';
  const objects: string[] = [];
  for (const kid of raw.children ?? []) {
    if (kid.type === 'content') own += text.get(kid.id ?? '') ?? '';
    else if (kid.type === 'object' || kid.type === 'annotation') objects.push(kid.id ?? '');
    else if (kid.role !== undefined) {
      const child = toNode(kid, text);
      children.push(child);
      own += child.text;
    }
  }
  return { role: raw.role ?? '', lang: raw.lang, alt: raw.alt, text: own, children, objects };
}

const PAINTS = new Set<number>([
  OPS.showText,
  OPS.showSpacedText,
  OPS.nextLineShowText,
  OPS.nextLineSetSpacingShowText,
  OPS.fill,
  OPS.eoFill,
  OPS.stroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
  OPS.shadingFill,
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintSolidColorImageMask,
  OPS.paintFormXObjectBegin,
]);

/** Painting operators outside marked content, and inside artifacts, from pdf.js's operator list. */
function paintCounts(fnArray: number[], argsArray: unknown[][]): { untagged: number; artifacts: number } {
  const stack: string[] = [];
  let untagged = 0;
  let artifacts = 0;
  let form = 0;
  for (const [i, fn] of fnArray.entries()) {
    if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) {
      // BDC gives its tag as a string, BMC as a name object.
      const tag = argsArray[i]![0] as string | { name: string };
      stack.push(typeof tag === 'string' ? tag : tag.name);
    } else if (fn === OPS.endMarkedContent) stack.pop();
    else if (fn === OPS.paintFormXObjectEnd) form--;
    // A path's painting operator is the first argument of constructPath; `n` (endPath) paints nothing.
    const paints = PAINTS.has(fn) || (fn === OPS.constructPath && argsArray[i]![0] !== OPS.endPath);
    if (paints && form === 0) {
      if (!stack.length) untagged++;
      else if (stack[0] === 'Artifact') artifacts++;
    }
    // What a form XObject draws counts as the Do that drew it.
    if (fn === OPS.paintFormXObjectBegin) form++;
  }
  return { untagged, artifacts };
}

/** Everything the handout structure test asserts, read from the PDF's bytes (a Buffer too; pdf.js gets a copy). */
export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const doc = await getDocument({
    data: Uint8Array.from(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const { info, metadata } = await doc.getMetadata();
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const raw = (await page.getStructTree()) as RawNode | null;
      const ops = await page.getOperatorList();
      const annotations = (await page.getAnnotations()) as Array<{
        id: string;
        subtype: string;
        url?: string;
        contentsObj?: { str: string };
      }>;
      pages.push({
        tree: raw ? toNode(raw, textById(content.items as TextPiece[])) : undefined,
        ...paintCounts(ops.fnArray, ops.argsArray as unknown[][]),
        links: annotations
          .filter((a) => a.subtype === 'Link')
          .map((a) => ({ id: a.id, url: a.url, contents: a.contentsObj?.str ?? '' })),
        widgets: annotations.filter((a) => a.subtype === 'Widget').length,
      });
    }
    const preferences = (await doc.getViewerPreferences()) as { DisplayDocTitle?: boolean } | null;
    const markInfo = await doc.getMarkInfo();
    type Bookmark = { title: string; items: Bookmark[] };
    const flatten = (items: Bookmark[]): string[] => items.flatMap((b) => [b.title, ...flatten(b.items)]);
    const infoDict = info as { Title?: string; Language?: string };
    return {
      title: infoDict.Title ?? '',
      lang: infoDict.Language ?? '',
      xmp: {
        title: metadata?.get('dc:title') ?? '',
        pdfuaPart: metadata?.get('pdfuaid:part') ?? '',
        languages: String(metadata?.get('dc:language') ?? ''),
      },
      displayDocTitle: preferences?.DisplayDocTitle === true,
      marked: markInfo?.Marked === true,
      bookmarks: flatten(((await doc.getOutline()) ?? []) as Bookmark[]),
      pages,
    };
  } finally {
    await doc.destroy();
  }
}

/** Every node of a tree, parents before children, each with the language it is in (its own /Lang or the nearest ancestor's). */
export function* walk(node: PdfNode, lang = ''): Generator<{ node: PdfNode; lang: string }> {
  const own = node.lang ?? lang;
  yield { node, lang: own };
  for (const child of node.children) yield* walk(child, own);
}

/** Text with hyphenation and line breaks left out, so that a sentence is found however a page set it. */
export const compact = (text: string): string => text.replace(/[\s\u00ad-]+/g, '');
