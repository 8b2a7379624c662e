import { fileURLToPath } from 'node:url';

/** React 18.3, installed on its own by scripts/ensure-react18.mjs (its peer range cannot sit beside React 19). */
const REACT18 = fileURLToPath(new URL('../react18/node_modules/', import.meta.url));

/** What the line of React a Vitest project runs is, for tests to check it really is the one they meant. */
export const REACT18_LINE = '18.3.';

/**
 * Vite aliases that send every React import to React 18.3: exact specifiers to exact files, so `react` does not
 * also catch `react-dom`, and the package `exports` of the root install's React 19 never take part.
 */
export function react18Aliases(target: 'node' | 'browser') {
  const file = (path: string) => `${REACT18}${path}`;
  const server = target === 'node' ? 'react-dom/server.node.js' : 'react-dom/server.browser.js';
  return [
    { find: /^react$/, replacement: file('react/index.js') },
    { find: /^react\/jsx-runtime$/, replacement: file('react/jsx-runtime.js') },
    { find: /^react\/jsx-dev-runtime$/, replacement: file('react/jsx-dev-runtime.js') },
    { find: /^react-dom$/, replacement: file('react-dom/index.js') },
    { find: /^react-dom\/client$/, replacement: file('react-dom/client.js') },
    { find: /^react-dom\/server$/, replacement: file(server) },
  ];
}

declare module 'vitest' {
  interface ProvidedContext {
    /** The React line a project runs (REACT18_LINE in the React 18 projects); unset: the root install's React 19. */
    reactLine?: string;
  }
}
