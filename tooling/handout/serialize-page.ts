/**
 * Runs in the page: the whole document as self-contained HTML, shadow roots
 * as declarative shadow DOM (`<template shadowrootmode="open">`) with their
 * adopted style sheets written out, and no scripts. A browser shows it
 * without running any JavaScript. A string, so the test runner's TypeScript
 * transform cannot add helpers the page lacks.
 */
export const SERIALIZE_PAGE = `(() => {
  const text = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
  const attr = (s) => s.replace(/[&"]/g, (c) => ({ '&': '&amp;', '"': '&quot;' })[c]);
  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const css = (root) =>
    [...root.adoptedStyleSheets].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\\n')).join('\\n');
  const serialize = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return text(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE || node.localName === 'script') return '';
    const tag = node.localName;
    let out = '<' + tag + [...node.attributes].map((a) => ' ' + a.name + '="' + attr(a.value) + '"').join('') + '>';
    if (node.shadowRoot) {
      out += '<template shadowrootmode="open"><style>' + css(node.shadowRoot) + '</style>';
      out += [...node.shadowRoot.childNodes].map(serialize).join('') + '</template>';
    }
    if (VOID.has(tag)) return out;
    const children = tag === 'template' ? node.content.childNodes : node.childNodes;
    return out + [...children].map(serialize).join('') + '</' + tag + '>';
  };
  return '<!doctype html>\\n' + serialize(document.documentElement);
})()`;
