// react-chrono in horizontal mode (its row of dated points with one card open), otherwise its defaults.
import { createRoot, type Root } from 'react-dom/client';
import { Chrono } from 'react-chrono';
import type { ChronoItem } from '../lib/peerItems';
import { installHarness } from './harness';

let root: Root | null = null;

installHarness<ChronoItem[]>({
  // The wrapper shows first as an empty shell (while it tries to load its font); its points come with the content.
  readySelector: '.timeline-main-wrapper [data-item-id]',
  interactionSelector: '.timeline-main-wrapper',
  mount(container, items) {
    root = createRoot(container);
    root.render(<Chrono items={items} mode="HORIZONTAL" />);
  },
  unmount() {
    root?.unmount();
    root = null;
  },
});
