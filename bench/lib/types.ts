// Shapes shared by the Node runner and the pages it drives (the pages import these as types only).

/** What the page reports for one timed mount. */
export interface MountTiming {
  /** performance.now() before the mount call → the end of the first frame painted with the library's content. */
  firstPaintMs: number;
  /** Mount call → the end of the last frame that changed the container before it stayed still for two frames. */
  settledMs: number;
  /** False when the container was still changing when the settle cap ran out. */
  settled: boolean;
  /** `container.querySelectorAll('*').length` once settled. */
  domCount: number;
}

/** One zoom or pan step: one input event and the frames up to the one that painted its result. */
export interface StepTiming {
  /** The longest frame of the step: input → end of the first frame, then frame end → frame end, up to the response. */
  frameMs: number;
  /** Input → end of the first frame after it, whatever the library did (the plainest reading of "next frame"). */
  firstFrameMs: number;
  /** Input → end of the frame that painted the last change to the container. */
  latencyMs: number;
  /** Frames from the input to the response (1 when the library answered in the first frame). */
  frames: number;
  /** Whether the container changed at all (DOM mutation or scroll) after this input. */
  changed: boolean;
  /** False when the container was still changing after the step's frame cap. */
  settled: boolean;
  /** Elements in the container after the step. */
  domCount: number;
}

export interface Point {
  x: number;
  y: number;
}

/** What each page exposes as `window.bench`. */
export interface BenchApi {
  /** Fetches and parses the case's data (not timed). */
  load(url: string): Promise<number>;
  /** Mounts the library and times it; null when nothing painted within capMs. */
  mount(capMs: number): Promise<MountTiming | null>;
  unmount(): void;
  domCount(): number;
  /** The middle of the visible part of the element that takes wheel and drag, in viewport px. */
  target(): Point | null;
  /** Listen for the next input event of this type (wheel, pointermove): it starts a step. */
  arm(type: string): void;
  /** Resolves once the armed step's response has been painted. */
  step(): Promise<StepTiming>;
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}
