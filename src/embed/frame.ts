// The iframe child (dist/embed/frame.html loads dist/embed/frame.js). Contract stub: the frame helper writes it
// (pym.js, AMP and WordPress height messages; options from the query string).
import { mount } from './mount';
import { optionsFromQuery } from './embedOptions';

const root = document.getElementById('flashpoint');
if (root) mount(root, optionsFromQuery(location.search));
