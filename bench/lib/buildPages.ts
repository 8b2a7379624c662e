// Bundles each library's page (minified, production React) into bench/.out/pages/, with its stylesheet and HTML.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { build } from 'esbuild';
import { stylesheetOf, type Library } from './libraries';
import { OUT_DIR, OUT_URL_PATH, ROOT } from './paths';

export interface BuiltPage {
  /** URL path of the page on the static server. */
  path: string;
  /** Set when the page had to use another stylesheet than the built one. */
  note?: string;
}

export async function buildPages(libraries: readonly Library[]): Promise<Map<Library['id'], BuiltPage>> {
  const outDir = resolve(OUT_DIR, 'pages');
  await mkdir(outDir, { recursive: true });
  const template = await readFile(resolve(ROOT, 'bench/pages/page.html'), 'utf8');
  const result = await build({
    entryPoints: libraries.map((library) => resolve(ROOT, 'bench/pages', library.entry)),
    outdir: outDir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Not bench/tsconfig.json: its paths point 'flashpoint/*' at the sources for type-checking; pages use dist/.
    tsconfig: resolve(ROOT, 'tsconfig.json'),
    // react-chrono's stylesheet is linked from the page like the others', not imported by its code.
    loader: { '.css': 'empty' },
    metafile: true,
    logLevel: 'warning',
  });
  if (libraries.some((library) => library.id === 'flashpoint') && !result.metafile.inputs['dist/react.js']) {
    throw new Error("Flashpoint's page was not bundled from dist/react.js: the benchmark measures what ships");
  }
  const pages = new Map<Library['id'], BuiltPage>();
  for (const library of libraries) {
    const name = basename(library.entry, extname(library.entry));
    const stylesheet = stylesheetOf(library, (path) => existsSync(resolve(ROOT, path)));
    await copyFile(resolve(ROOT, stylesheet.path), resolve(outDir, `${name}.css`));
    const html = template
      .replace('%TITLE%', library.id)
      .replace('%STYLESHEET%', `./${name}.css`)
      .replace('%SCRIPT%', `./${name}.js`);
    await writeFile(resolve(outDir, `${name}.html`), html);
    pages.set(library.id, { path: `${OUT_URL_PATH}/pages/${name}.html`, note: stylesheet.note });
  }
  return pages;
}
