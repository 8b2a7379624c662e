// The iframe child (dist/embed/frame.html loads dist/embed/frame.js): the graphic from the query's options,
// transparent over the host page, telling the host its height in pym.js's, AMP's and WordPress's messages.
// Works inside `sandbox="allow-scripts"` (an opaque origin: it stores nothing and fetches `src` with CORS).
import { mount } from './mount';
import { adoptFrameStyles } from './frame/frameStyles';
import { readFrameSettings } from './frame/frameSettings';
import { reportHeight } from './frame/reportHeight';

const root = document.getElementById('flashpoint');
if (root) {
  const settings = readFrameSettings(location.search);
  adoptFrameStyles(document, settings);
  if (settings.options.locale) document.documentElement.setAttribute('lang', settings.options.locale);
  mount(root, settings.options);
  reportHeight(window, document.body, settings.pymChildId);
}
