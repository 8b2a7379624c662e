// The fixed prose of RESULTS.md: how to run the benchmark, what each figure means, and what the peers cannot do.
import { ZOOM_STEPS } from './aggregate';
import { MEMORY_CYCLES, MEMORY_SIZE } from './measureMemory';
import { PAN_STEP_PX, PAN_STEPS, ZOOM_STEPS_PER_LEG } from './measureFrames';
import type { Caps } from './results';

export function howToRun(): string {
  return `## How to run

\`npm run bench\` checks for Chromium, builds the package, then runs \`tsx bench/run.ts\`: every library at every
size, three runs each, then the memory cycles; it writes \`bench/results.json\` (every run, every step) and this
file, prints the targets table, and exits 0 whether or not the targets are met (it is a report, not a gate).
About a quarter of an hour on a 2-core machine. For quick checks: \`npx tsx bench/run.ts --sizes 100,1000 --runs 1 --only
flashpoint --no-memory\`; a run with any option writes to \`bench/.out/\` instead, so the files here always come
from a full run. \`dist/\` must be built first (\`npm run build\`). After a change to how results are written,
\`npx tsx bench/reformat.ts\` rewrites both files from the raw runs in results.json without measuring again.`;
}

export function method(caps: Caps, runs: number): string {
  const capS = (ms: number) => `${Math.round(ms / 1000)} s`;
  return `## Method

- **Pages.** Each library gets its own page, bundled by esbuild (minified, \`NODE_ENV=production\`) from
  \`bench/pages/\`, with its stylesheet, in a 1,200 px wide container in a 1,280 × 1,000 viewport, served from the
  loopback; every other request is refused. Flashpoint is the built package (\`flashpoint/react\`, \`dist/\`),
  \`<Timeline dataset={dataset} />\` with default props. Each run is a fresh browser context.
- **Data.** \`generateDataset({ count, seed: 1 })\` once per size in Node; the peers get the same events
  (vis-timeline: id, title as content, start and end as epoch ms, the first acting actor as group, the actors
  as groups; react-chrono: the date as title, the event's title, place and summary on the card). The page fetches
  and parses its JSON before the timed mount; parsing is not timed.
- **Mount → first paint.** \`performance.now()\` just before the library's mount call (\`createRoot().render()\`,
  \`new Timeline()\`) until the end of the first frame painted with its content in the DOM (Flashpoint's plot
  \`svg.fp-plot\`, a vis-timeline item, a react-chrono point: not the empty shell react-chrono shows first). The
  content is looked for at each animation frame, before that frame's paint; the end of a frame is a task posted
  from requestAnimationFrame. Capped at ${capS(caps.mountMs)}.
- **Mount → settled.** Until the end of the last frame that changed the container (DOM mutations or scrolling)
  before it stayed still for two frames. Flashpoint first renders at its initial width and re-renders at the
  measured one; this figure includes that.
- **Zoom.** ${ZOOM_STEPS} Ctrl + wheel steps over the middle of the plot, through Playwright's mouse: ${ZOOM_STEPS_PER_LEG} in,
  ${ZOOM_STEPS_PER_LEG} out, ${ZOOM_STEPS_PER_LEG} in, then (after the pan) ${ZOOM_STEPS_PER_LEG} out. Each step zooms
  both libraries by ×1.2 (one wheel notch for vis-timeline, whose factor does not depend on the wheel's delta;
  deltaY ≈ 13.2 px for Flashpoint's d3-zoom), so at most ×15 from the start.
- **Pan.** ${PAN_STEPS} drag steps at that zoom: mouse down ${(PAN_STEPS / 2) * (PAN_STEP_PX / 2)} px right of the
  middle, ${PAN_STEPS / 2} moves of ${PAN_STEP_PX} px left and ${PAN_STEPS / 2} back, mouse up.
- **Frame time of a step.** A capture-phase listener on \`window\` notes \`performance.now()\` when the input event
  reaches the page; the page then follows frames until the container has been still for two frames. The step's
  frame time is the longest of: input → end of the first frame, and each frame → next frame up to the one that
  painted the last change. When a library answers in the first frame this is input → next frame; when it answers a
  frame later (a library may schedule its work after the input's frame) it is that frame's length, so a one-frame delay is
  not counted as a dropped frame but slow work is. p50, p95 (linear between ranks) and the longest over the steps;
  "over 16.7 ms" counts steps that missed a 60 Hz frame. "Input → painted" is the whole delay to the painted
  response. Every figure is the median of the runs' figures; results.json also has input → first frame per step.
- **DOM elements.** \`container.querySelectorAll('*').length\` after the mount has settled, and after every step;
  "most seen" is the highest of all of them in all runs.
- **JS heap.** Chromium's used JS heap (\`Runtime.getHeapUsage\` after \`HeapProfiler.collectGarbage\`, through the
  DevTools protocol) after the mount has settled, and how much the mount added to the page with its data loaded.
- **Size.** esbuild bundle of a one-line entry (\`export { … } from '…'\`: an import that is never used would be
  dropped), minified, \`NODE_ENV=production\`, React and ReactDOM external, code splitting on; the JS loaded with
  the entry is gzipped at level 9, and what it imports dynamically is counted apart. Stylesheets are minified by
  esbuild and gzipped the same way. The embed script is \`dist/embed/flashpoint.js\` as built.
- **Memory.** Flashpoint at ${MEMORY_SIZE.toLocaleString('en-GB')} events, mounted (\`createRoot().render()\`, until
  painted) and unmounted (\`root.unmount()\`) ${MEMORY_CYCLES} times in one page, after one warm-up mount and
  unmount; heap after forced GC before any mount (data loaded), after the warm-up (the baseline: what a page keeps
  once anything has run, compiled code, Intl formatters, the zone-offset cache, is the difference, reported apart),
  with the first timeline mounted, and after every 10th unmount. Flat means at most a quarter of what one mounted
  timeline adds, and never less than 2 MB, above the baseline: a retained timeline would exceed it, and so would a
  leak of even 0.5 % of one per cycle. The growth per cycle after the 10th shows whether anything still accumulates.
- **Runs and caps.** Each case ${runs === 1 ? 'once' : `${runs} times`}, medians reported; Flashpoint ÷ vis-timeline is the ratio of those
  medians (under 1: Flashpoint smaller or faster). A mount has ${capS(caps.mountMs)}, the zoom and pan steps of one run
  ${capS(caps.interactionMs)} together; past that the figure is recorded as timed out, never estimated, and the
  case's remaining runs skip what timed out.`;
}

export function peerNotes(): string {
  return `## What the peers are and cannot do

- **vis-timeline** 8 (standalone build): its defaults (stacking on, no cluster), except \`zoomKey: 'ctrlKey'\` so
  that, as in Flashpoint, only Ctrl + wheel zooms and a plain wheel scrolls the page. Items are given as arrays
  (it builds its DataSets in the timed mount). Titles go in \`content\`, which it treats as HTML and passes through
  its default XSS filter.
- **react-chrono** 3, \`mode="HORIZONTAL"\`: a row of evenly spaced dated points with one card open, not a time axis.
  It **has no zoom** (the zoom rows say "no zoom"). Dragging does nothing; its row is a native horizontal
  scroller, so its pan is ${PAN_STEPS} horizontal wheel steps of ${PAN_STEP_PX} px (30 one way, 30 back) over the row. It asks
  Google Fonts for Inter when it mounts; the request is refused here and it falls back to system fonts.
- Dates without a time are taken as midnight UTC for the peers (Flashpoint places them in their zone); this
  moves a point by hours and does not change the work.`;
}
