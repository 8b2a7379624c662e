// vis-timeline's standalone build with its defaults, except that Ctrl + wheel zooms (as in Flashpoint) so a plain
// wheel scrolls the page in both.
import { Timeline } from 'vis-timeline/standalone';
import type { VisData } from '../lib/peerItems';
import { installHarness } from './harness';

let timeline: Timeline | null = null;

installHarness<VisData>({
  readySelector: '.vis-timeline .vis-item',
  interactionSelector: '.vis-timeline .vis-panel.vis-center',
  mount(container, data) {
    timeline = new Timeline(container, data.items, data.groups, { zoomKey: 'ctrlKey' });
  },
  unmount() {
    timeline?.destroy();
    timeline = null;
  },
});
