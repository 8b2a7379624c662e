// The embed script (dist/embed/flashpoint.js, React included): defines window.Flashpoint and <flashpoint-timeline>
// once, and upgrades the page's `[data-flashpoint]` placeholders when the document is ready. A second copy of the
// script on the page defines nothing and only asks the first to upgrade (which skips what it has upgraded).
import { mount } from './mount';
import { upgrade } from './upgrade';
import { defineTimelineElement } from './defineTimelineElement';
import { VERSION as version } from '../cli/version';

export interface FlashpointGlobal {
  mount: typeof mount;
  upgrade: typeof upgrade;
  version: string;
}

declare global {
  interface Window {
    Flashpoint?: FlashpointGlobal;
  }
}

function whenDocumentReady(run: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}

if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  if (!window.Flashpoint) {
    window.Flashpoint = { mount, upgrade, version };
    defineTimelineElement();
  }
  const flashpoint = window.Flashpoint;
  whenDocumentReady(() => {
    if (typeof flashpoint.upgrade === 'function') flashpoint.upgrade();
  });
}
