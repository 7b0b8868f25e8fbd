/* global structuredClone -- Node 17+ */
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

/**
 * Vue and JSX/TSX type declarations, generated from the finished manifest by
 * custom-element-vuejs-integration and custom-element-jsx-integration.
 *
 * Both generators type a handler as `(e: CustomEvent<T>) => void`, with `T`
 * the event's manifest type, so they expect the *detail* type there. The
 * manifest (rightly, by its schema) names the event class, e.g.
 * `PainTopicLoadedEvent`; the generators get a copy in which each event
 * class is replaced by its detail type, written as
 * `import("./index.js").PainTopicLoadedDetail` (the generators import plain
 * type names once per element, which would import a detail type shared by two
 * elements twice). Handlers then get the same type as the event class.
 * Property types come from the element classes, imported from `globalTypePath`.
 *
 * Vue checks a template's `:heading-level` and `@pain-topic-loaded` as the
 * props `headingLevel` and `onPainTopicLoaded` (camelized, as Vue's compiler
 * does), so the Vue copy names attributes by their property and events in
 * PascalCase; its hover text lists events through those `on…` props. React
 * 19 sets `heading-level` and listens through `onpain-topic-loaded` as
 * written, which is what the JSX generator emits.
 *
 * @param {{ outdir: string, vueFileName: string, jsxFileName: string, globalTypePath: string,
 *   eventClasses: Map<string, { detail?: string }> }} options
 */
export function frameworkTypesPlugin({ outdir, vueFileName, jsxFileName, globalTypePath, eventClasses }) {
  return {
    name: 'painkit-framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = withDetailTypes(customElementsManifest, eventClasses, globalTypePath);
      const common = { outdir, globalTypePath, hideLogs: true };
      generateVuejsTypes(vueNames(manifest), { ...common, fileName: vueFileName, hideEventDocs: true });
      generateJsxTypes(manifest, { ...common, fileName: jsxFileName });
    },
  };
}

/** A copy of the manifest whose event types are the events' detail types. */
function withDetailTypes(manifest, eventClasses, typesModule) {
  const copy = structuredClone(manifest);
  for (const declaration of copy.modules.flatMap((mod) => mod.declarations ?? [])) {
    for (const event of declaration.events ?? []) {
      const detail = event.type && eventClasses.get(event.type.text)?.detail;
      if (detail) event.type = { text: `import(${JSON.stringify(typesModule)}).${detail}` };
      else delete event.type;
    }
  }
  return copy;
}

/** A copy of the manifest with the prop and event names Vue's template compiler checks. */
function vueNames(manifest) {
  const copy = structuredClone(manifest);
  const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
  for (const declaration of copy.modules.flatMap((mod) => mod.declarations ?? [])) {
    for (const attribute of declaration.attributes ?? []) attribute.name = attribute.fieldName ?? camel(attribute.name);
    for (const event of declaration.events ?? []) event.name = camel(`-${event.name}`);
  }
  return copy;
}
