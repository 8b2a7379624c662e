import { useEffect, useState, type RefObject } from 'react';
import { createFrameRing, frameStats, pushFrame, recentFrames, type FrameStats } from './frameTimes';

export interface FrameTimesReading {
  /** From the story's first render to the first frame after the component's root is in the DOM; null until then. */
  mountMs: number | null;
  /** Over the last ~2 s of frames produced while the reader zoomed or panned; null before any. */
  stats: FrameStats | null;
  /** Elements inside the component's root, itself included. */
  elementCount: number | null;
  /** "measuring" until mounted and while an interaction's frames are still being published, then "idle". */
  state: 'measuring' | 'idle';
}

/** At most 4 updates a second: the readout must not itself cost frames. */
const PUBLISH_EVERY_MS = 250;
/** Frames keep being timed this long after the last input (a zoom settles, a drag ends). */
const INPUT_TAIL_MS = 500;
/** What a reader does to make frames: zoom (wheel, buttons, keys), pan (drag, swipe). */
const INPUT_EVENTS = ['wheel', 'pointerdown', 'pointermove', 'keydown', 'touchmove'] as const;

const countElements = (root: Element) => root.getElementsByTagName('*').length + 1;

/**
 * Times the component inside `target` (its first `[data-fp]` element is the root): mount, then rAF deltas while
 * input arrives. Frames go into a ring through refs; React state changes only on the 250 ms publish, so only the
 * component holding this hook re-renders, never the measured one.
 */
export function useFrameTimes(target: RefObject<HTMLElement | null>, startedAt: number): FrameTimesReading {
  const [reading, setReading] = useState<FrameTimesReading>({
    mountMs: null,
    stats: null,
    elementCount: null,
    state: 'measuring',
  });

  useEffect(() => {
    const container = target.current;
    if (!container) return undefined;
    const ring = createFrameRing();
    let published = 0;
    let lastInput = Number.NEGATIVE_INFINITY;
    let lastFrame: number | undefined;
    let loop = 0;
    let mountFrame = 0;
    let mountTask: ReturnType<typeof setTimeout> | undefined;
    const root = () => container.querySelector('[data-fp]');

    const onFrame = (time: number) => {
      if (lastFrame !== undefined) pushFrame(ring, time - lastFrame);
      lastFrame = time;
      const active = performance.now() - lastInput < INPUT_TAIL_MS;
      loop = active ? requestAnimationFrame(onFrame) : 0;
      // The gap between two bursts of input is not a frame.
      if (!active) lastFrame = undefined;
    };
    const onInput = (event: Event) => {
      // A pointer moving without a button pressed is hovering, not panning.
      if (event.type === 'pointermove' && (event as PointerEvent).buttons === 0) return;
      lastInput = performance.now();
      if (!loop) loop = requestAnimationFrame(onFrame);
    };
    // Capture, passive: seen before the graphic handles (or stops) the event, and never delays it.
    INPUT_EVENTS.forEach((type) => container.addEventListener(type, onInput, { capture: true, passive: true }));

    const waitForRoot = () => {
      const element = root();
      if (!element) {
        mountFrame = requestAnimationFrame(waitForRoot);
        return;
      }
      // A task queued from rAF runs after that frame's style, layout and paint: the mount includes them.
      mountTask = setTimeout(() => {
        const mountMs = performance.now() - startedAt;
        setReading((previous) => ({ ...previous, mountMs, elementCount: countElements(element), state: 'idle' }));
      }, 0);
    };
    mountFrame = requestAnimationFrame(waitForRoot);

    let countStale = false;
    const publish = setInterval(() => {
      const framesChanged = ring.pushed !== published;
      // Counting walks the whole subtree: done once the interaction has settled, never between its frames.
      const recount = countStale && !framesChanged && loop === 0;
      if (!framesChanged && !recount) return;
      published = ring.pushed;
      countStale = framesChanged;
      const element = recount ? root() : null;
      setReading((previous) => ({
        ...previous,
        stats: framesChanged ? frameStats(recentFrames(ring)) : previous.stats,
        elementCount: element ? countElements(element) : previous.elementCount,
        state: recount && previous.mountMs !== null ? 'idle' : 'measuring',
      }));
    }, PUBLISH_EVERY_MS);

    return () => {
      INPUT_EVENTS.forEach((type) => container.removeEventListener(type, onInput, { capture: true }));
      cancelAnimationFrame(loop);
      cancelAnimationFrame(mountFrame);
      clearTimeout(mountTask);
      clearInterval(publish);
    };
  }, [target, startedAt]);

  return reading;
}
