import { resolve } from 'node:path';

/** The repository root (bench/ is one level down). */
export const ROOT = resolve(import.meta.dirname, '../..');
/** Built pages, generated data and size bundles: git-ignored, rebuilt by every run. */
export const OUT_DIR = resolve(ROOT, 'bench/.out');
/** The same folder as the static server serves it (it serves the repository root). */
export const OUT_URL_PATH = '/bench/.out';
