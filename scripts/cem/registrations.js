import { SourceIndex, modulePath } from './source-index.js';

/**
 * Tag definitions for elements registered through a helper, e.g.
 * `define('pain-procedure', PainProcedure)` in `src/pain-procedure.ts`: each
 * call adds a `custom-element-definition` export to its module, pointing at
 * the module that declares the class. The analyzer's own definition for the
 * `customElements.define(tag, element)` inside the helper (named after the
 * variable, not a tag) is dropped: a tag name always has a hyphen.
 *
 * @param {{ helper: string }} options `helper` is "module#function", e.g. "src/define.ts#define".
 */
export function registrationsPlugin({ helper }) {
  const [helperModule, helperName] = helper.split('#');
  const index = new SourceIndex();
  return {
    name: 'painkit-registrations',
    collectPhase({ ts, node }) {
      if (node.kind === ts.SyntaxKind.SourceFile) index.add(ts, node);
    },
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      const callee = index.modules.get(moduleDoc.path)?.imports.get(node.expression.text);
      if (callee?.module !== helperModule || callee.name !== helperName) return;
      const [tag, klass] = node.arguments;
      if (!tag || !ts.isStringLiteralLike(tag) || !klass || !ts.isIdentifier(klass)) {
        throw new Error(
          `${modulePath(node.getSourceFile().fileName)}: ${helperName}() needs a tag name string and a class name.`,
        );
      }
      const declared = index.resolve(moduleDoc.path, klass.text) ?? { module: moduleDoc.path, name: klass.text };
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: declared.name, module: declared.module },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
      }
    },
  };
}
