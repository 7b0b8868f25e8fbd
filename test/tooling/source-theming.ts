import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';
import { varReads } from '../../scripts/cem/css-properties.js';
import { HEADING_PARTS } from '../../src/elements/shared/heading.js';

// What each element's source actually uses, read from src/ with the
// TypeScript parser and independent of the analyzer: the `--pain-*`
// properties its styles read and the parts its templates render. A small
// call graph: an element's class members, the members of its base classes
// that Lit calls (`render`, `styles`, lifecycle) or that `this.x` reaches,
// and every top-level function or constant those name, transitively.

/** A top-level function or constant, or a class member: its code, and what it names. */
interface Unit {
  node: ts.Node;
  file: string;
}

interface ClassInfo {
  name: string;
  base?: string;
  members: Map<string, Unit>;
  /** Instance fields: their initializers run for every instance. */
  fields: Unit[];
}

/** Lit and the DOM call these on their own: a base class's are in use unless a subclass overrides them. */
const LIFECYCLE = [
  'render',
  'connectedCallback',
  'disconnectedCallback',
  'willUpdate',
  'update',
  'updated',
  'firstUpdated',
];

export class SourceTheming {
  /** `file#name` → the top-level function or constant. */
  private readonly topLevel = new Map<string, Unit>();
  /** Per file, each imported local name → `file#name` it comes from. */
  private readonly imports = new Map<string, Map<string, string>>();
  private readonly classes = new Map<string, ClassInfo>();

  constructor(root = 'src') {
    for (const file of tsFiles(root)) this.index(file);
  }

  /** Every `--pain-*` property the element's styles read. */
  propertiesOf(className: string): Set<string> {
    const units = this.reach(className, ['styles']);
    return new Set(units.flatMap((u) => varReads(u.node.getText(), '--pain-').map(([name]) => name)));
  }

  /**
   * Every part the element's templates can render, as written: a name, or a
   * pattern with `*` where the template fills in a value (`section-*`).
   */
  partsOf(className: string): Set<string> {
    const units = this.reach(className, LIFECYCLE, true);
    return new Set(units.flatMap((u) => partsIn(u, (from, name) => this.resolve(from, name))));
  }

  /** The units an element uses: its own members (with `allOwn`), the `lifecycle` ones, and all they reach. */
  private reach(className: string, lifecycle: string[], allOwn = false): Unit[] {
    const chain = this.chain(className);
    const seen = new Set<Unit>();
    const queue: Unit[] = [];
    const add = (unit: Unit | undefined) => {
      if (!unit || seen.has(unit)) return;
      seen.add(unit);
      queue.push(unit);
    };
    const member = (name: string) => chain.map((c) => c.members.get(name)).find(Boolean);
    if (allOwn) {
      for (const unit of chain[0]!.members.values()) add(unit);
      // Base classes' fields (controllers, tasks) are set up for every instance.
      for (const c of chain.slice(1)) for (const unit of c.fields) add(unit);
    }
    for (const name of lifecycle) add(member(name));
    while (queue.length) {
      const unit = queue.shift()!;
      const visit = (n: ts.Node): void => {
        if (ts.isHeritageClause(n) || ts.isTypeNode(n)) return;
        if (ts.isPropertyAccessExpression(n) && n.expression.kind === ts.SyntaxKind.ThisKeyword)
          add(member(n.name.text));
        else if (ts.isIdentifier(n) && !isPropertyName(n)) add(this.resolve(unit.file, n.text));
        ts.forEachChild(n, visit);
      };
      visit(unit.node);
    }
    return [...seen];
  }

  /** The top-level unit a name means in a file: its own, or the one it imports. */
  private resolve(file: string, name: string): Unit | undefined {
    return this.topLevel.get(`${file}#${name}`) ?? this.topLevel.get(this.imports.get(file)?.get(name) ?? '');
  }

  /** The class and its base classes, most derived first. */
  private chain(className: string): ClassInfo[] {
    const chain: ClassInfo[] = [];
    for (let c = this.classes.get(className); c; c = c.base ? this.classes.get(c.base) : undefined) chain.push(c);
    if (!chain.length) throw new Error(`no class ${className} in src/`);
    return chain;
  }

  private index(file: string): void {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const addTop = (name: string, node: ts.Node) => this.topLevel.set(`${file}#${name}`, { node, file });
    const imported = new Map<string, string>();
    this.imports.set(file, imported);
    for (const statement of source.statements) {
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        const from = statement.moduleSpecifier.text;
        const bindings = statement.importClause?.namedBindings;
        if (!from.startsWith('.') || !bindings || !ts.isNamedImports(bindings) || statement.importClause?.isTypeOnly)
          continue;
        const target = normalize(join(dirname(file), from.replace(/\.js$/, '.ts')));
        for (const e of bindings.elements) {
          if (!e.isTypeOnly) imported.set(e.name.text, `${target}#${(e.propertyName ?? e.name).text}`);
        }
      } else if (ts.isFunctionDeclaration(statement) && statement.name) addTop(statement.name.text, statement);
      else if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) addTop(d.name.text, d);
      } else if (ts.isClassDeclaration(statement) && statement.name) {
        const base = statement.heritageClauses
          ?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)
          ?.types[0]?.expression.getText();
        const members = new Map<string, Unit>();
        const fields: Unit[] = [];
        for (const m of statement.members) {
          if (!m.name || ts.isComputedPropertyName(m.name)) continue;
          const unit = { node: m, file };
          members.set(m.name.getText(), unit);
          if (ts.isPropertyDeclaration(m) && !m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword))
            fields.push(unit);
        }
        this.classes.set(statement.name.text, { name: statement.name.text, base, members, fields });
        // A helper class (a controller) used with `new`: all of its code.
        addTop(statement.name.text, statement);
      }
    }
  }
}

function* tsFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'generated') yield* tsFiles(path);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** `x` in `a.x` or `{ x: … }`: a property's name, not a reference to a top-level `x`. */
const isPropertyName = (n: ts.Identifier): boolean =>
  (ts.isPropertyAccessExpression(n.parent) && n.parent.name === n) ||
  (ts.isPropertyAssignment(n.parent) && n.parent.name === n);

/**
 * The parts one unit renders: `part="a b"` in templates (a `${…}` inside the
 * quotes becomes `*`), the string literals of a `part=${…}` expression (and
 * of the top-level functions and constants it names, e.g. a lookup table),
 * `{ part: 'x' }` (heading options), headings of a kind that is always a
 * part, and `setAttribute('part', 'x')`.
 */
function partsIn(unit: Unit, resolve: (file: string, name: string) => Unit | undefined): string[] {
  const found: string[] = [];
  const words = (text: string) => found.push(...text.split(/\s+/).filter(Boolean));
  const followed = new Set<Unit>();
  const literals = (n: ts.Node, file: string): void => {
    if (ts.isStringLiteralLike(n) && !(ts.isPropertyAssignment(n.parent) && n.parent.name === n)) words(n.text);
    const named = ts.isIdentifier(n) && !isPropertyName(n) ? resolve(file, n.text) : undefined;
    if (named && !followed.has(named)) {
      followed.add(named);
      literals(named.node, named.file);
    }
    ts.forEachChild(n, (child) => literals(child, file));
  };
  const visit = (n: ts.Node): void => {
    // Lit templates, and HTML built as a string (glossary words in content).
    if (ts.isTemplateExpression(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isStringLiteral(n)) {
      for (const m of n.getText().matchAll(/\bpart="([^"]*)"/g)) words(m[1]!.replace(/\$\{[^}]*\}/g, '*'));
    }
    if (ts.isTemplateSpan(n) && /\bpart=$/.test(templateTextBefore(n))) literals(n.expression, unit.file);
    if (ts.isPropertyAssignment(n) && ts.isStringLiteralLike(n.initializer)) {
      const key = n.name.getText();
      if (key === 'part') words(n.initializer.text);
      if (key === 'kind' && HEADING_PARTS.has(n.initializer.text)) words(n.initializer.text);
    }
    if (
      ts.isCallExpression(n) &&
      n.expression.getText().endsWith('setAttribute') &&
      n.arguments[0] &&
      ts.isStringLiteralLike(n.arguments[0]) &&
      n.arguments[0].text === 'part' &&
      n.arguments[1]
    )
      literals(n.arguments[1], unit.file);
    ts.forEachChild(n, visit);
  };
  visit(unit.node);
  return found;
}

/** The template text right before a `${…}`. */
function templateTextBefore(span: ts.TemplateSpan): string {
  const template = span.parent;
  const index = template.templateSpans.indexOf(span);
  return index === 0 ? template.head.text : template.templateSpans[index - 1]!.literal.text;
}
