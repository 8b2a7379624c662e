// `flashpoint/static`: the timeline as a standalone SVG and the event list as plain HTML, on a server or in a build
// step, without a browser (React renders them to strings; no DOM is needed).
export { renderStaticSvg, type StaticSvgOptions } from './renderStaticSvg';
export { renderStaticHtml, type StaticHtmlOptions } from './renderStaticHtml';
