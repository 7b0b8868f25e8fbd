import { SourceIndex } from './source-index.js';

/**
 * Lists, for every custom element, the CSS custom properties its styles
 * actually read: it follows the class's `static styles` (through imported
 * `css` constants, nested `${…}` interpolations, `super.styles` and the
 * superclass's styles) and collects every `var(--prefix…)`, with its
 * fallback as the default.
 *
 * The list is derived, so it cannot drift from the styles. Descriptions come
 * from `@cssprop` JSDoc: the element's own, else the first element in tag
 * order that documents the same property (not in the order the analyzer
 * met the modules, which moves when an import is added). The analysis
 * fails, naming element and property, when a property read has no
 * description anywhere, or when an element documents a property its styles
 * never read.
 *
 * @param {{ prefix?: string }} [options]
 */
export function cssPropertiesPlugin({ prefix = '--pain-' } = {}) {
  const index = new SourceIndex();
  let ts;
  return {
    name: 'painkit-css-properties',
    collectPhase({ ts: typescript, node }) {
      ts = typescript;
      if (node.kind === ts.SyntaxKind.SourceFile) index.add(ts, node);
    },
    packageLinkPhase({ customElementsManifest }) {
      const reader = new StyleReader(ts, index, prefix);
      const elements = customElementsManifest.modules.flatMap((mod) =>
        (mod.declarations ?? []).filter((d) => d.customElement).map((declaration) => ({ mod, declaration })),
      );
      const catalog = new Map();
      const inTagOrder = [...elements].sort((a, b) =>
        (a.declaration.tagName ?? '').localeCompare(b.declaration.tagName ?? ''),
      );
      for (const { declaration } of inTagOrder) {
        for (const prop of declaration.cssProperties ?? []) {
          if (prop.description && !catalog.has(prop.name)) catalog.set(prop.name, prop.description);
        }
      }
      const problems = [];
      for (const { mod, declaration } of elements) {
        const reads = reader.classReads(mod.path, declaration.name);
        const documented = new Map((declaration.cssProperties ?? []).map((p) => [p.name, p]));
        if (declaration.tagName) {
          for (const [name, prop] of documented) {
            if (!prop.inheritedFrom && !reads.has(name)) {
              problems.push(`<${declaration.tagName}> (${mod.path}) documents ${name}, but its styles never read it.`);
            }
          }
        }
        declaration.cssProperties = [...reads].map(([name, fallback]) => {
          const description = documented.get(name)?.description || catalog.get(name);
          if (!description) {
            problems.push(
              `${declaration.tagName ? `<${declaration.tagName}>` : declaration.name} (${mod.path}) reads ${name}, but no element documents it: add "@cssprop ${name} - …" to its class JSDoc.`,
            );
          }
          return { name, description, ...(fallback ? { default: fallback } : {}) };
        });
        if (!declaration.cssProperties.length) delete declaration.cssProperties;
      }
      if (problems.length) throw new Error(`CSS custom properties:\n  ${problems.join('\n  ')}`);
    },
  };
}

/** Walks styles expressions and collects the custom properties they read. */
class StyleReader {
  constructor(ts, index, prefix) {
    this.ts = ts;
    this.index = index;
    this.prefix = prefix;
  }

  /**
   * Custom properties read by a class's styles, in order, each with its first fallback.
   * @returns {Map<string, string | undefined>}
   */
  classReads(module, className, seen = new Set()) {
    const reads = new Map();
    const key = `${module}#${className}`;
    const klass = this.index.modules.get(module)?.classes.get(className);
    if (!klass || seen.has(key)) return reads;
    seen.add(key);
    // `static styles = …` or `static get styles() { … }`
    const styles = klass.members.find(
      (m) =>
        (this.ts.isPropertyDeclaration(m) || this.ts.isGetAccessorDeclaration(m)) &&
        m.name.getText() === 'styles' &&
        m.modifiers?.some((x) => x.kind === this.ts.SyntaxKind.StaticKeyword),
    );
    const definition = styles?.initializer ?? styles?.body;
    if (definition) this.expressionReads(module, definition, klass, reads, seen);
    else this.superReads(module, klass, reads, seen);
    return reads;
  }

  superReads(module, klass, reads, seen) {
    const ts = this.ts;
    const extendsClause = klass.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
    const base = extendsClause?.types[0]?.expression;
    const target = base && ts.isIdentifier(base) ? this.index.resolve(module, base.text) : undefined;
    if (target) merge(reads, this.classReads(target.module, target.name, seen));
  }

  expressionReads(module, node, klass, reads, seen) {
    const ts = this.ts;
    const visit = (n) => {
      if (
        ts.isNoSubstitutionTemplateLiteral(n) ||
        ts.isTemplateHead(n) ||
        ts.isTemplateMiddle(n) ||
        ts.isTemplateTail(n)
      ) {
        for (const [name, fallback] of varReads(n.text, this.prefix)) if (!reads.has(name)) reads.set(name, fallback);
        return;
      }
      if (ts.isPropertyAccessExpression(n) && n.name.text === 'styles') {
        if (n.expression.kind === ts.SyntaxKind.SuperKeyword) this.superReads(module, klass, reads, seen);
        else if (ts.isIdentifier(n.expression)) this.namedReads(module, n.expression.text, reads, seen);
        return;
      }
      if (ts.isIdentifier(n)) {
        this.namedReads(module, n.text, reads, seen);
        return;
      }
      ts.forEachChild(n, visit);
    };
    visit(node);
  }

  /** Reads of a named constant (or a class's styles), wherever it is declared. */
  namedReads(module, name, reads, seen) {
    const target = this.index.resolve(module, name);
    if (!target) return;
    const entry = this.index.modules.get(target.module);
    const key = `${target.module}:${target.name}`;
    if (entry.classes.has(target.name)) {
      merge(reads, this.classReads(target.module, target.name, seen));
    } else if (!seen.has(key)) {
      seen.add(key);
      this.expressionReads(target.module, entry.consts.get(target.name), undefined, reads, seen);
    }
  }
}

function merge(into, from) {
  for (const [name, fallback] of from) if (!into.has(name)) into.set(name, fallback);
}

/**
 * Every `var(--prefix…[, fallback])` in a piece of CSS text.
 * @returns {Array<[string, string | undefined]>}
 */
export function varReads(text, prefix) {
  const found = [];
  const pattern = /var\(\s*(--[\w-]+)\s*(,?)/g;
  for (let match; (match = pattern.exec(text));) {
    if (!match[1].startsWith(prefix)) continue;
    let fallback;
    if (match[2]) {
      let depth = 0;
      let end = pattern.lastIndex;
      for (; end < text.length; end++) {
        if (text[end] === '(') depth++;
        else if (text[end] === ')' && depth-- === 0) break;
      }
      fallback = text.slice(pattern.lastIndex, end).trim() || undefined;
    }
    found.push([match[1], fallback]);
  }
  return found;
}
