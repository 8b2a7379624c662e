import type { Preview } from '@storybook/react-vite';
import '../src/theme/styles.css';
import { GLOBAL_TYPES, INITIAL_GLOBALS } from './globalTypes';
import { withLocaleGlobals } from './withLocaleGlobals';

const preview: Preview = {
  parameters: {
    // The theme wrapper of `withLocaleGlobals` pads the story and paints the theme's background edge to edge.
    layout: 'fullscreen',
    controls: { expanded: true },
    // Every story runs as a test in Chromium; an axe violation fails it.
    a11y: { test: 'error' },
    // `npm start` opens on the bundled escalation dataset.
    options: { storySort: { order: ['Components', ['EventList', ['Full Dataset', '*']], 'Docs'] } },
  },
  // Toolbar menus for language, digits, calendar, direction, time zone, times shown and theme.
  globalTypes: GLOBAL_TYPES,
  initialGlobals: { ...INITIAL_GLOBALS },
  decorators: [withLocaleGlobals],
  tags: ['autodocs'],
};

export default preview;
