import { register } from 'node:module';
import type * as StaticRenderers from '../static/index';

let hooked = false;

/**
 * flashpoint/static, loaded when `render` runs (validate and convert never load React). From source the stylesheet
 * imports (`styles.css?inline`) need a module hook first; the build inlines them.
 */
export async function loadStaticRenderers(): Promise<typeof StaticRenderers> {
  if (!hooked && import.meta.url.endsWith('.ts')) {
    register('./inlineCssHook.mjs', import.meta.url);
    hooked = true;
  }
  return import('../static/index');
}
