import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  // Pre-bundle the d3 and visx modules so the first visit does not reload mid-way.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'd3-scale',
        'd3-selection',
        'd3-shape',
        'd3-time',
        'd3-transition',
        'd3-zoom',
        'd3-array',
        '@visx/axis',
        '@visx/group',
        '@visx/brush',
        '@visx/geo',
        'topojson-client',
      ],
    },
  }),
};

export default config;
