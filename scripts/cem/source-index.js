import { dirname, join, normalize, relative, resolve } from 'node:path';

/**
 * What the manifest plugins need to know about the analyzed sources, gathered
 * once in the analyzer's collect phase: for every module, its relative
 * imports, its top-level constants and its classes (by name).
 *
 * Module keys are the paths the analyzer uses for `modules[].path`
 * (e.g. `src/elements/procedure/procedure.ts`).
 */
export class SourceIndex {
  /** @type {Map<string, { imports: Map<string, { module: string, name: string }>, consts: Map<string, import('typescript').Expression>, classes: Map<string, import('typescript').ClassDeclaration> }>} */
  modules = new Map();

  /**
   * Records one source file (call from `collectPhase` with the SourceFile node).
   * @param {typeof import('typescript')} ts
   * @param {import('typescript').SourceFile} file
   */
  add(ts, file) {
    const path = modulePath(file.fileName);
    const entry = { imports: new Map(), consts: new Map(), classes: new Map() };
    for (const statement of file.statements) {
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        const target = resolveRelative(path, statement.moduleSpecifier.text);
        const named = statement.importClause?.namedBindings;
        if (target && named && ts.isNamedImports(named)) {
          for (const element of named.elements) {
            entry.imports.set(element.name.text, { module: target, name: (element.propertyName ?? element.name).text });
          }
        }
      } else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.initializer) {
            entry.consts.set(declaration.name.text, declaration.initializer);
          }
        }
      } else if (ts.isClassDeclaration(statement) && statement.name) {
        entry.classes.set(statement.name.text, statement);
      }
    }
    this.modules.set(path, entry);
  }

  /**
   * Follows a name used in `module` to where it is declared: a constant or
   * class of this module, or (through relative imports) of another one.
   * @param {string} module
   * @param {string} name
   * @returns {{ module: string, name: string } | undefined}
   */
  resolve(module, name) {
    for (let hops = 0; hops < 20; hops++) {
      const entry = this.modules.get(module);
      if (!entry) return undefined;
      if (entry.consts.has(name) || entry.classes.has(name)) return { module, name };
      const imported = entry.imports.get(name);
      if (!imported) return undefined;
      ({ module, name } = imported);
    }
    return undefined;
  }
}

/** The analyzer's path for a source file, relative to the package root. */
export function modulePath(fileName) {
  return relative(process.cwd(), resolve(fileName)).split('\\').join('/');
}

/** `./x.js` imported from `src/a/b.ts` is `src/a/x.ts`; package imports give undefined. */
function resolveRelative(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  return normalize(join(dirname(from), specifier))
    .split('\\')
    .join('/')
    .replace(/\.js$/, '.ts');
}
