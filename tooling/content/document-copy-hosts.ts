/**
 * Sites that repost copies of other people's documents (textbook chapters,
 * hospital leaflets, slide decks, PDFs). A copy may be altered, outdated or
 * infringing, and its author is not who the page says: cite the publisher's
 * own page instead. A host here also covers its subdomains
 * (`es.scribd.com`, `www.studylib.net`).
 */
export const DOCUMENT_COPY_HOSTS: readonly string[] = [
  'aneskey.com',
  'basicmedicalkey.com',
  'calameo.com',
  'doczz.net',
  'dokumen.pub',
  'dokumen.tips',
  'documents.pub',
  'docplayer.net',
  'epdf.pub',
  'fdocuments.in',
  'fdocuments.net',
  'issuu.com',
  'musculoskeletalkey.com',
  'neupsykey.com',
  'obgynkey.com',
  'pdfcoffee.com',
  'pdfslide.net',
  'radiologykey.com',
  'scribd.com',
  'slideplayer.com',
  'slideserve.com',
  'slideshare.net',
  'studylib.es',
  'studylib.net',
  'vdocuments.mx',
  'vdocuments.net',
  'yumpu.com',
];
