/**
 * painkit's own compiled content as modules: each file's path in the content
 * folder (`en/radiofrequency-ablation.json`) to a literal `import()` of the
 * module `build-content` wrote beside it, which bundlers follow, split and
 * fingerprint.
 */
declare const loaders: Readonly<Record<string, () => Promise<{ default: unknown }>>>;
export default loaders;
