// `node --import tsx --import ./test/ssr/useReact18.mjs …`: React imports resolve to React 18.3 (test/react18).
import { register } from 'node:module';

register('./react18Resolve.mjs', import.meta.url);
