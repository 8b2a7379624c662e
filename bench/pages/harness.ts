// The page side of the benchmark, the same for every library: load data, time the mount, time each input step.
import type { BenchApi, MountTiming, Point, StepTiming } from '../lib/types';

/** What a page tells the harness about its library. */
export interface Adapter<Data> {
  /** Present once the library's content is in the DOM. */
  readySelector: string;
  /** The element that receives wheel zoom and drag pan. */
  interactionSelector: string;
  /** The library's own mount call: what is timed. */
  mount(container: HTMLElement, data: Data): void;
  unmount(): void;
}

/** A step stops after this many frames even if the container keeps changing (an animation). */
const STEP_FRAME_CAP = 30;
/** Frames without a change that end a step or a mount: one is not enough for work deferred by a frame. */
const QUIET_FRAMES = 2;
const SETTLE_CAP_MS = 10_000;

/** Calls back in a new task: posted from requestAnimationFrame, it runs once that frame has been painted. */
function afterPaint(callback: (now: number) => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback(performance.now());
  channel.port2.postMessage(null);
}

/** Resolves after the next frame has been painted. */
function frameEnd(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => afterPaint(resolve)));
}

/**
 * Resolves at the end of the first frame painted once `found()` holds, checked at each animation frame before
 * its paint (so the frame that finds it is the one measured, not the next); null past the cap.
 */
function firstPaintWhere(found: () => boolean, start: number, capMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const check = () => {
      if (found()) afterPaint(resolve);
      else if (performance.now() - start > capMs) resolve(null);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

export function installHarness<Data>(adapter: Adapter<Data>): void {
  const container = document.getElementById('bench-root');
  if (!container) throw new Error('bench page without #bench-root');
  let data: Data | undefined;
  let changes = 0;
  const observer = new MutationObserver((records) => {
    changes += records.length;
  });
  const watch = () =>
    observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
  // Scrolling changes what is shown without a mutation (react-chrono's strip scrolls natively).
  const onScroll = () => {
    changes += 1;
  };
  const domCount = () => container.querySelectorAll('*').length;

  /** Frames from `start` until the container has been still for QUIET_FRAMES frames (or the caps run out). */
  async function followFrames(start: number, frameCap: number, timeCap: number) {
    const ends: number[] = [];
    let lastChanged = -1;
    let settled = false;
    for (let i = 0; i < frameCap && performance.now() - start < timeCap; i++) {
      ends.push(await frameEnd());
      if (changes > 0) lastChanged = i;
      changes = 0;
      if (i - lastChanged >= QUIET_FRAMES) {
        settled = true;
        break;
      }
    }
    return { ends, lastChanged, settled };
  }

  let armedType: string | null = null;
  let pendingStep: Promise<StepTiming> | null = null;
  let stepArrived: (() => void) | null = null;

  async function timeStep(inputAt: number): Promise<StepTiming> {
    const { ends, lastChanged, settled } = await followFrames(inputAt, STEP_FRAME_CAP, Infinity);
    const response = Math.max(0, lastChanged);
    let frameMs = 0;
    for (let k = 0; k <= response; k++) frameMs = Math.max(frameMs, ends[k]! - (k === 0 ? inputAt : ends[k - 1]!));
    return {
      frameMs,
      firstFrameMs: ends[0]! - inputAt,
      latencyMs: ends[response]! - inputAt,
      frames: response + 1,
      changed: lastChanged >= 0,
      settled,
      domCount: domCount(),
    };
  }

  const onInput = (event: Event) => {
    if (event.type !== armedType || pendingStep) return;
    const inputAt = performance.now();
    changes = 0;
    pendingStep = timeStep(inputAt);
    stepArrived?.();
  };
  for (const type of ['wheel', 'pointermove']) window.addEventListener(type, onInput, { capture: true });
  window.addEventListener('scroll', onScroll, { capture: true, passive: true });

  const api: BenchApi = {
    async load(url) {
      const response = await fetch(url);
      data = (await response.json()) as Data;
      return Number(response.headers.get('content-length') ?? 0);
    },
    async mount(capMs): Promise<MountTiming | null> {
      if (data === undefined) throw new Error('bench.load() first');
      observer.disconnect();
      const start = performance.now();
      adapter.mount(container, data);
      const firstPaint = await firstPaintWhere(() => !!container.querySelector(adapter.readySelector), start, capMs);
      if (firstPaint === null) return null;
      changes = 0;
      watch();
      const { ends, lastChanged, settled } = await followFrames(firstPaint, Infinity, SETTLE_CAP_MS);
      return {
        firstPaintMs: firstPaint - start,
        settledMs: (lastChanged >= 0 ? ends[lastChanged]! : firstPaint) - start,
        settled,
        domCount: domCount(),
      };
    },
    unmount() {
      observer.disconnect();
      adapter.unmount();
    },
    domCount,
    target(): Point | null {
      const element = container.querySelector(adapter.interactionSelector);
      if (!element) return null;
      element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const rect = element.getBoundingClientRect();
      const top = Math.max(rect.top, 0);
      const bottom = Math.min(rect.bottom, window.innerHeight);
      const left = Math.max(rect.left, 0);
      const right = Math.min(rect.right, window.innerWidth);
      if (bottom <= top || right <= left) return null;
      return { x: Math.round((left + right) / 2), y: Math.round((top + bottom) / 2) };
    },
    arm(type) {
      armedType = type;
      pendingStep = null;
    },
    async step() {
      if (!pendingStep) await new Promise<void>((resolve) => (stepArrived = resolve));
      stepArrived = null;
      armedType = null;
      return pendingStep!;
    },
  };
  window.bench = api;
}
