/** What the XMP metadata of a handout says. */
export interface XmpFields {
  /** dc:title, the title a PDF/UA reader shows in its window title bar. */
  title: string;
  /** Every language of the content (dc:language). */
  languages: string[];
  /** xmp:CreateDate and xmp:ModifyDate: the content's date, so the same content gives the same file. */
  date: Date;
  producer: string;
  creator: string;
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * An XMP packet (ISO 16684-1) for a PDF/UA-1 file: `pdfuaid:part` 1
 * (ISO 14289-1, 5), dc:title (7.1) and the same producer and dates as the
 * document information dictionary.
 */
export function xmpPacket(fields: XmpFields): string {
  const date = fields.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const languages = fields.languages.map((l) => `<rdf:li>${escapeXml(l)}</rdf:li>`).join('');
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag>${languages}</rdf:Bag></dc:language>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <xmp:CreatorTool>${escapeXml(fields.creator)}</xmp:CreatorTool>
   <pdf:Producer>${escapeXml(fields.producer)}</pdf:Producer>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
