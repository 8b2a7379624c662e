// What each library ships, measured one way for all: an esbuild bundle of a one-line entry, minified, React and
// ReactDOM left out, gzip level 9; the stylesheet minified by esbuild and gzipped the same way.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, transform, type Metafile } from 'esbuild';
import { libraryById, stylesheetOf, type LibraryId } from './libraries';
import { OUT_DIR, ROOT } from './paths';

export const gzipBytes = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export interface ShippedSize {
  library: LibraryId;
  /** The one-line entry that was bundled. */
  entry: string;
  stylesheet: string;
  /** Minified JS loaded with the entry (the entry's file and the chunks it imports statically). */
  jsMinifiedBytes: number;
  jsGzipBytes: number;
  /** JS the bundle loads later through dynamic import() (Flashpoint's map outlines), gzip. */
  lazyJsGzipBytes: number;
  cssGzipBytes: number;
}

/** The one-line entry of each library: an export, since an import that is never used would be dropped. */
const ENTRIES: Record<LibraryId, string> = {
  flashpoint: "export { Timeline } from 'flashpoint/react';",
  'vis-timeline': "export { Timeline } from 'vis-timeline/standalone';",
  'react-chrono': "export { Chrono } from 'react-chrono';",
};

/** Output files reachable from the entry through static imports. */
export function initialOutputs(metafile: Metafile, entryOutput: string): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of metafile.outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entryOutput);
  return seen;
}

async function measureOne(library: LibraryId): Promise<ShippedSize> {
  const code = ENTRIES[library];
  const stylesheet = stylesheetOf(libraryById(library), (path) => existsSync(resolve(ROOT, path))).path;
  const dir = resolve(OUT_DIR, 'size', library);
  await mkdir(dir, { recursive: true });
  // Inside the repository, so 'flashpoint/react' resolves through the package's own exports (the built dist/).
  const entryFile = resolve(dir, 'entry.js');
  await writeFile(entryFile, `${code}\n`);
  const result = await build({
    entryPoints: [entryFile],
    outdir: resolve(dir, 'out'),
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Not bench/tsconfig.json, whose paths point 'flashpoint/*' at the sources (for type-checking only).
    tsconfig: resolve(ROOT, 'tsconfig.json'),
    external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    loader: { '.css': 'empty' },
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  if (library === 'flashpoint' && !result.metafile.inputs['dist/react.js']) {
    throw new Error('the Flashpoint bundle did not come from dist/react.js: what ships is what is measured');
  }
  const relative = (path: string) => path.slice(ROOT.length + 1);
  const entryOutput = relative(resolve(dir, 'out', 'entry.js'));
  const initial = initialOutputs(result.metafile, entryOutput);
  const texts = (wanted: boolean) =>
    result.outputFiles
      .filter((file) => file.path.endsWith('.js') && initial.has(relative(file.path)) === wanted)
      .map((file) => file.text)
      .join('');
  const css = await transform(await readFile(resolve(ROOT, stylesheet), 'utf8'), { loader: 'css', minify: true });
  const lazy = texts(false);
  return {
    library,
    entry: code,
    stylesheet,
    jsMinifiedBytes: Buffer.byteLength(texts(true)),
    jsGzipBytes: gzipBytes(texts(true)),
    lazyJsGzipBytes: lazy ? gzipBytes(lazy) : 0,
    cssGzipBytes: gzipBytes(css.code),
  };
}

export interface Sizes {
  libraries: ShippedSize[];
  /** dist/embed/flashpoint.js as built (React included), gzip level 9. */
  embedGzipBytes: number;
}

export async function measureSizes(libraries: readonly LibraryId[]): Promise<Sizes> {
  const measured: ShippedSize[] = [];
  for (const library of libraries) measured.push(await measureOne(library));
  return {
    libraries: measured,
    embedGzipBytes: gzipBytes(await readFile(resolve(ROOT, 'dist/embed/flashpoint.js'))),
  };
}
