// The source tree's stand-in for dist/data/loaders.js, which `build-content`
// writes: the source holds no compiled content, so no file has a module here
// and painkit fetches its own folder (see src/content/own-content.ts).
export default {};
