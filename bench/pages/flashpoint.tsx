// Flashpoint as a React user mounts it: the built package (flashpoint/react) and its stylesheet, default props.
import { createRoot, type Root } from 'react-dom/client';
import { Timeline } from 'flashpoint/react';
import type { Dataset } from 'flashpoint';
import { installHarness } from './harness';

let root: Root | null = null;

installHarness<Dataset>({
  readySelector: '[data-fp="timeline"] svg.fp-plot',
  interactionSelector: '[data-fp="timeline"] svg.fp-plot',
  mount(container, dataset) {
    root = createRoot(container);
    root.render(<Timeline dataset={dataset} />);
  },
  unmount() {
    root?.unmount();
    root = null;
  },
});
