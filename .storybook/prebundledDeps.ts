/**
 * Modules Vite pre-bundles up front for Storybook and the browser test projects. Discovered mid-run, Vite
 * would reload the page and fail the first tests of a fresh clone ("Failed to fetch dynamically imported module").
 */
export const PREBUNDLED_DEPS = [
  'react',
  'react-dom',
  'react-dom/client',
  // flashpoint/static renders with it (Docs / Static output).
  'react-dom/server',
  'react/jsx-dev-runtime',
  'zod',
  'd3-array',
  'd3-interpolate',
  'd3-random',
  'd3-scale',
  'd3-selection',
  'd3-shape',
  'd3-time',
  'd3-transition',
  'd3-zoom',
  '@visx/brush',
  '@visx/geo',
  'topojson-client',
];

/** Also pre-bundled for the browser test project, which renders every story itself (AxeMatrix.browser.test.tsx). */
export const PORTABLE_STORY_DEPS = ['@storybook/react-vite', 'storybook/test', 'axe-core'];
