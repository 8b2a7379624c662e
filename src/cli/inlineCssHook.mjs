// A Node module hook for running the command from source (node --import tsx src/cli/index.ts): an import of
// `./file.css?inline` gives the file's text, as the build's esbuild plugin and Vite do. The built dist/cli.js has
// the text inlined and never registers it.
import { readFile } from 'node:fs/promises';

export async function load(url, context, nextLoad) {
  if (!/\.css\?inline$/.test(url)) return nextLoad(url, context);
  const text = await readFile(new URL(url.replace(/\?inline$/, '')), 'utf8');
  return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
}
