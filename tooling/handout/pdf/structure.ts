import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';

const name = (n: string) => PDFName.of(n);
const K = name('K');
const P = name('P');
const S = name('S');
const A = name('A');
const ALT = name('Alt');
const TYPE = name('Type');

/** Structure types of PDF 1.7 that Chromium uses and PDF/UA-1 does not know, with the standard type each one means. */
const ROLE_MAP: Record<string, string> = { Strong: 'Span', Em: 'Span' };

/** One structure element and the reference its parent holds. */
interface Element {
  dict: PDFDict;
  ref: PDFRef;
}

/** Where the parent tree (ISO 32000-1, 14.7.4.4) holds each entry: the array and index to change when a kid moves. */
type ParentSlots = Map<number, { holder: PDFArray; index: number }>;

/** The parent tree's entries by key, from its /Nums arrays at every level. */
function parentSlots(tree: PDFDict | undefined): ParentSlots {
  const slots: ParentSlots = new Map();
  const visit = (node: PDFDict) => {
    const nums = node.lookupMaybe(name('Nums'), PDFArray);
    for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
      slots.set((nums.lookup(i, PDFNumber) as PDFNumber).asNumber(), { holder: nums, index: i + 1 });
    }
    const kids = node.lookupMaybe(name('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) visit(kids.lookup(i, PDFDict));
  };
  if (tree) visit(tree);
  return slots;
}

/** The kids of a structure element (its /K as a list). */
function kidsOf(dict: PDFDict): PDFObject[] {
  const k = dict.get(K);
  if (!k) return [];
  return k instanceof PDFArray ? k.asArray() : [k];
}

/** Every structure element under the root, parents before children. */
function elements(doc: PDFDocument, root: PDFDict): Element[] {
  const out: Element[] = [];
  const visit = (obj: PDFObject) => {
    if (!(obj instanceof PDFRef)) return;
    const dict = doc.context.lookup(obj);
    if (!(dict instanceof PDFDict) || dict.get(TYPE)?.toString() === '/OBJR' || dict.get(TYPE)?.toString() === '/MCR')
      return;
    out.push({ dict, ref: obj });
    kidsOf(dict).forEach(visit);
  };
  kidsOf(root).forEach(visit);
  return out;
}

const typeOf = (dict: PDFDict) => dict.lookupMaybe(S, PDFName)?.decodeText();

/** Makes `to` the parent of a kid moved out of `from`: a structure element's /P, or the parent tree's entry for content. */
function reparent(doc: PDFDocument, slots: ParentSlots, kid: PDFObject, from: Element, to: PDFRef): void {
  const page = (dict: PDFDict) => dict.lookupMaybe(name('Pg'), PDFDict) ?? from.dict.lookupMaybe(name('Pg'), PDFDict);
  const pointAt = (key: number | undefined, mcid?: number) => {
    const slot = key === undefined ? undefined : slots.get(key);
    if (!slot) return;
    const entry = slot.holder.lookup(slot.index);
    if (mcid !== undefined && entry instanceof PDFArray) entry.set(mcid, to);
    else slot.holder.set(slot.index, to);
  };
  if (kid instanceof PDFNumber) {
    pointAt(page(from.dict)?.lookupMaybe(name('StructParents'), PDFNumber)?.asNumber(), kid.asNumber());
    return;
  }
  const dict = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
  if (!(dict instanceof PDFDict)) return;
  const type = dict.get(TYPE)?.toString();
  if (type === '/MCR') {
    const mcid = dict.lookupMaybe(name('MCID'), PDFNumber)?.asNumber();
    pointAt(page(dict)?.lookupMaybe(name('StructParents'), PDFNumber)?.asNumber(), mcid);
  } else if (type === '/OBJR') {
    pointAt(dict.lookupMaybe(name('Obj'), PDFDict)?.lookupMaybe(name('StructParent'), PDFNumber)?.asNumber());
  } else dict.set(P, to);
}

/** A list item's body (ISO 32000-1, 14.8.4.3.3): everything after the label goes into an LBody of its own. */
function addListBody(doc: PDFDocument, slots: ParentSlots, item: Element): void {
  const kids = kidsOf(item.dict);
  const isLabel = (kid: PDFObject) => {
    const dict = kid instanceof PDFRef ? doc.context.lookup(kid) : undefined;
    return dict instanceof PDFDict && ['Lbl', 'LBody'].includes(typeOf(dict) ?? '');
  };
  const body = kids.filter((kid) => !isLabel(kid));
  if (!body.length) return;
  const lbody = doc.context.obj({ Type: 'StructElem', S: 'LBody', P: item.ref, K: body });
  const pg = item.dict.get(name('Pg'));
  if (pg) lbody.set(name('Pg'), pg);
  const ref = doc.context.register(lbody);
  for (const kid of body) reparent(doc, slots, kid, item, ref);
  item.dict.set(K, doc.context.obj([...kids.filter(isLabel), ref]));
}

/** What the structure fixes changed, for the caller's checks. */
export interface StructureFixes {
  listBodies: number;
  /** Glossary words Chromium tagged as push buttons (Form without a widget), now Span. */
  formsRetagged: number;
  /** Figures that only group a figure with its caption, now Div. */
  figureGroups: number;
}

/**
 * Fixes what Chromium's tagged PDF lacks for PDF/UA-1: a RoleMap for the
 * PDF 2.0 types it uses (Strong, Em), LBody in list items, no Form elements
 * without a form field (glossary words that had the button role), and an
 * outer Figure (`<figure>`) that holds a tagged image and its caption
 * becomes a Div, so every Figure left is an image with /Alt.
 */
export function fixStructure(doc: PDFDocument): StructureFixes {
  const fixes: StructureFixes = { listBodies: 0, formsRetagged: 0, figureGroups: 0 };
  const root = doc.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict);
  if (!root) return fixes;
  const slots = parentSlots(root.lookupMaybe(name('ParentTree'), PDFDict));
  const all = elements(doc, root);
  const used = new Set(all.map((e) => typeOf(e.dict)));
  const roleMap = root.lookupMaybe(name('RoleMap'), PDFDict) ?? doc.context.obj({});
  for (const [type, standard] of Object.entries(ROLE_MAP)) if (used.has(type)) roleMap.set(name(type), name(standard));
  if (roleMap.keys().length) root.set(name('RoleMap'), roleMap);
  const holdsWidget = (dict: PDFDict) =>
    kidsOf(dict).some((kid) => {
      const obj = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
      return (
        obj instanceof PDFDict && obj.lookupMaybe(name('Obj'), PDFDict)?.get(name('Subtype'))?.toString() === '/Widget'
      );
    });
  const holdsFigure = (dict: PDFDict): boolean =>
    kidsOf(dict).some((kid) => {
      const obj = kid instanceof PDFRef ? doc.context.lookup(kid) : undefined;
      return obj instanceof PDFDict && obj.has(S) && (typeOf(obj) === 'Figure' || holdsFigure(obj));
    });
  for (const element of all) {
    const type = typeOf(element.dict);
    if (type === 'LI') {
      addListBody(doc, slots, element);
      fixes.listBodies++;
    } else if (type === 'Form' && !holdsWidget(element.dict)) {
      element.dict.set(S, name('Span'));
      element.dict.delete(A);
      fixes.formsRetagged++;
    } else if (type === 'Figure' && !element.dict.has(ALT) && holdsFigure(element.dict)) {
      element.dict.set(S, name('Div'));
      fixes.figureGroups++;
    }
  }
  return fixes;
}

/** The description of a link for /Contents: its address, without `mailto:` / `tel:`, or the page it goes to. */
function linkDescription(annot: PDFDict, pageOf: (ref: PDFObject | undefined) => number): string {
  const uri = annot.lookupMaybe(name('A'), PDFDict)?.lookupMaybe(name('URI'), PDFString, PDFHexString)?.decodeText();
  if (uri) return uri.replace(/^(mailto|tel):/, '');
  const dest =
    annot.lookupMaybe(name('Dest'), PDFArray) ??
    annot.lookupMaybe(name('A'), PDFDict)?.lookupMaybe(name('D'), PDFArray);
  const page = pageOf(dest?.get(0));
  return page > 0 ? `Page ${page}` : 'Link';
}

/**
 * Gives every link annotation a /Contents (ISO 14289-1, 7.18.5) and every
 * page `/Tabs /S` (7.18.3). Returns the count of links described.
 */
export function describeLinks(doc: PDFDocument): number {
  const pages = doc.getPages();
  const pageOf = (ref: PDFObject | undefined) => pages.findIndex((p) => p.ref === ref) + 1;
  let links = 0;
  for (const page of pages) {
    page.node.set(name('Tabs'), name('S'));
    const annots = page.node.lookupMaybe(name('Annots'), PDFArray);
    for (let i = 0; annots && i < annots.size(); i++) {
      const annot = annots.lookup(i, PDFDict);
      if (annot.get(name('Subtype'))?.toString() !== '/Link' || annot.has(name('Contents'))) continue;
      annot.set(name('Contents'), PDFHexString.fromText(linkDescription(annot, pageOf)));
      links++;
    }
  }
  return links;
}
