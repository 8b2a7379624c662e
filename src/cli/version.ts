// Bundled into dist/cli.js at build time (only this field), read from package.json when run from source.
import { version } from '../../package.json';

export const VERSION: string = version;
