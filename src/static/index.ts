// `flashpoint/static`: the timeline as a standalone SVG and the event list as plain HTML, without a browser.
// Contract: the static helper implements these (src/static/renderStaticSvg.tsx, renderStaticHtml.tsx).
export { renderStaticSvg, type StaticSvgOptions } from './renderStaticSvg';
export { renderStaticHtml, type StaticHtmlOptions } from './renderStaticHtml';
