/**
 * One entry per event. The analyzer reports an event twice when it is both
 * documented (`@fires pain-error - …`, a name without a type) and dispatched
 * as a typed event class (`dispatchEvent(new PainErrorEvent(…))`, a type
 * without a name). This plugin learns every event class of the package
 * (`class PainErrorEvent extends CustomEvent<PainErrorDetail>` whose
 * constructor calls `super('pain-error', …)`), gives each entry both its
 * name and its class, and merges the entries of one name. An event it cannot
 * name fails the analysis.
 */
export function typedEventsPlugin() {
  /** @type {Map<string, { eventName: string, detail?: string, description?: string }>} */
  const classes = new Map();
  return {
    name: 'painkit-typed-events',
    /** Event classes by class name, for other plugins (e.g. the framework types). */
    eventClasses: classes,
    collectPhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const base = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      if (!base || base.expression.getText() !== 'CustomEvent') return;
      const eventName = superEventName(ts, node);
      if (!eventName) return;
      const description = node.jsDoc?.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '').join('\n') || undefined;
      classes.set(node.name.text, { eventName, detail: base.typeArguments?.[0]?.getText(), description });
    },
    packageLinkPhase({ customElementsManifest }) {
      const byName = new Map([...classes].map(([type, { eventName }]) => [eventName, type]));
      const problems = [];
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events?.length) continue;
          const merged = new Map();
          for (const event of declaration.events) {
            const type = event.type?.text ?? byName.get(event.name);
            const name = event.name ?? classes.get(type)?.eventName;
            if (!name) {
              problems.push(`${declaration.name} (${mod.path}) fires an event of type ${type} with no name.`);
              continue;
            }
            const entry = merged.get(name) ?? { name, own: false };
            entry.type ??= type && { text: type };
            entry.description ||= event.description;
            entry.inheritedFrom ??= event.inheritedFrom;
            entry.own ||= !event.inheritedFrom;
            merged.set(name, entry);
          }
          // The element's own words (@fires) first, else the event class's JSDoc. Inherited
          // only when no entry of that name is the class's own.
          declaration.events = [...merged.values()].map(({ name, type, description, inheritedFrom, own }) => {
            const text = description || classes.get(type?.text)?.description;
            return {
              name,
              ...(type ? { type } : {}),
              ...(text ? { description: text } : {}),
              ...(inheritedFrom && !own ? { inheritedFrom } : {}),
            };
          });
        }
      }
      if (problems.length) throw new Error(`Events:\n  ${problems.join('\n  ')}`);
    },
  };
}

/** The event name an event class passes to `super('name', …)` in its constructor. */
function superEventName(ts, klass) {
  const constructor = klass.members.find((m) => ts.isConstructorDeclaration(m));
  let name;
  const visit = (n) => {
    if (name) return;
    if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.SuperKeyword) {
      const first = n.arguments[0];
      if (first && ts.isStringLiteralLike(first)) name = first.text;
      return;
    }
    ts.forEachChild(n, visit);
  };
  if (constructor?.body) visit(constructor.body);
  return name;
}
