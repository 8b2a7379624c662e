// The embed script (dist/embed/flashpoint.js): React included, defines window.Flashpoint. Contract version:
// the embed helper adds the placeholder upgrade, lazy mounting and the custom element.
import { mount } from './mount';
import { VERSION as version } from '../cli/version';

declare global {
  interface Window {
    Flashpoint?: { mount: typeof mount; version: string };
  }
}

if (typeof window !== 'undefined' && !window.Flashpoint) {
  window.Flashpoint = { mount, version };
}
