// A Node resolve hook (module.register) that sends every React import to React 18.3 in test/react18, as if the
// importer lived there: the server-render child process then runs React 18 while the root install has React 19.
const REACT18_PARENT = new URL('../react18/package.json', import.meta.url).href;
const REACT_SPECIFIER = /^react(?:-dom)?(?:\/.*)?$/;

export async function resolve(specifier, context, nextResolve) {
  if (!REACT_SPECIFIER.test(specifier)) return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, parentURL: REACT18_PARENT });
}
