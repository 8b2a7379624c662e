import type { Preview } from '@storybook/react-vite';
import '../src/theme/styles.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Every story runs as a test in Chromium; an axe violation fails it.
    a11y: { test: 'error' },
    // `npm start` opens on the bundled escalation dataset.
    options: { storySort: { order: ['Components', ['EventList', ['Full Dataset', '*']], 'Docs'] } },
  },
  tags: ['autodocs'],
};

export default preview;
