// The three libraries measured, and how each is driven.

export type LibraryId = 'flashpoint' | 'vis-timeline' | 'react-chrono';

export interface Library {
  id: LibraryId;
  /** The page entry under bench/pages/ (built to bench/.out/pages/<entry>.js). */
  entry: string;
  /** The library's stylesheet, copied beside the page. */
  stylesheet: string;
  /** Used when `stylesheet` is missing, with a note in the results (dist/ half rebuilt by someone else). */
  stylesheetSource?: string;
  /** The package whose version is reported. */
  packageName: string;
  /**
   * Wheel deltaY (px) of one Ctrl + wheel zoom-in step (zooming out: the opposite sign), or null when the library
   * cannot zoom. Each is chosen so that one step zooms by ×1.2: vis-timeline zooms by 1.2 per wheel event whatever
   * its deltaY (Chromium reports wheelDelta ±120 for every synthetic wheel event, and vis divides by its
   * zoomFriction, 5), so Flashpoint's d3-zoom, which scales by 2^(−deltaY × 0.002 × 10) with Ctrl, gets
   * deltaY = −log2(1.2) / 0.02 ≈ −13.2.
   */
  zoomInDeltaY: number | null;
  /**
   * How the view is panned: "drag" (mouse down, moves, up), or "scroll" when dragging does nothing and the
   * library's own horizontal scrolling is what moves it (wheel events with deltaX).
   */
  pan: 'drag' | 'scroll';
}

export const LIBRARIES: readonly Library[] = [
  {
    id: 'flashpoint',
    entry: 'flashpoint.tsx',
    stylesheet: 'dist/styles.css',
    // scripts/build-assets.mjs copies this file to dist/styles.css unchanged.
    stylesheetSource: 'src/theme/styles.css',
    packageName: 'flashpoint',
    zoomInDeltaY: -Math.log2(1.2) / 0.02,
    pan: 'drag',
  },
  {
    id: 'vis-timeline',
    entry: 'visTimeline.ts',
    stylesheet: 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css',
    packageName: 'vis-timeline',
    zoomInDeltaY: -100,
    pan: 'drag',
  },
  {
    id: 'react-chrono',
    entry: 'reactChrono.tsx',
    stylesheet: 'node_modules/react-chrono/dist/style.css',
    packageName: 'react-chrono',
    // No zoom; a drag does nothing, and its row of dated points is a native horizontal scroller.
    zoomInDeltaY: null,
    pan: 'scroll',
  },
];

export function libraryById(id: LibraryId): Library {
  const library = LIBRARIES.find((candidate) => candidate.id === id);
  if (!library) throw new Error(`unknown library ${id}`);
  return library;
}

/** The stylesheet to use and, when it is not the built one, why. */
export function stylesheetOf(library: Library, exists: (path: string) => boolean): { path: string; note?: string } {
  if (exists(library.stylesheet) || !library.stylesheetSource) return { path: library.stylesheet };
  return {
    path: library.stylesheetSource,
    note: `${library.stylesheet} was missing (dist/ only partly built), so ${library.stylesheetSource} was used: the build copies it unchanged`,
  };
}
