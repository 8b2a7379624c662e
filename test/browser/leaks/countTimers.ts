// Counts timers that are still pending: timeouts not yet run or cleared, intervals not cleared, animation frames
// and idle callbacks not yet run or cancelled. Vitest's own timers (its RPC, the test timeout) are left out.
import { callSite } from './callSite';

export type TimerKind = 'timeout' | 'interval' | 'animationFrame' | 'idleCallback';

const pending = new Map<string, { kind: TimerKind; site: string }>();
const keyOf = (kind: TimerKind, id: number) => `${kind === 'interval' ? 'timeout' : kind}:${id}`;

function remember(kind: TimerKind, id: number, site: string): void {
  pending.set(keyOf(kind, id), { kind, site });
}

type Callback = (...args: unknown[]) => void;

/** Replaces the window's timer functions with ones that record what is pending (ids as the originals give). */
export function installTimerCount(): void {
  const scope = window as unknown as Record<string, unknown>;
  const original = {
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    setInterval: window.setInterval.bind(window),
    clearInterval: window.clearInterval.bind(window),
    requestAnimationFrame: window.requestAnimationFrame.bind(window),
    cancelAnimationFrame: window.cancelAnimationFrame.bind(window),
    requestIdleCallback: window.requestIdleCallback?.bind(window),
    cancelIdleCallback: window.cancelIdleCallback?.bind(window),
  };
  // A timer of Vitest's own is passed straight through; the others are recorded until they run or are cleared.
  scope.setTimeout = (handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const { site, harness } = callSite();
    if (harness || typeof handler !== 'function') return original.setTimeout(handler, delay, ...args);
    const id = original.setTimeout(
      (...a: unknown[]) => {
        pending.delete(keyOf('timeout', id));
        (handler as Callback)(...a);
      },
      delay,
      ...args,
    );
    remember('timeout', id, site);
    return id;
  };
  scope.setInterval = (handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const { site, harness } = callSite();
    const id = original.setInterval(handler, delay, ...args);
    if (!harness) remember('interval', id, site);
    return id;
  };
  const clear = (id?: number) => {
    if (id !== undefined) pending.delete(keyOf('timeout', id));
  };
  scope.clearTimeout = (id?: number) => {
    clear(id);
    original.clearTimeout(id);
  };
  scope.clearInterval = (id?: number) => {
    clear(id);
    original.clearInterval(id);
  };
  scope.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const { site, harness } = callSite();
    if (harness) return original.requestAnimationFrame(callback);
    const id = original.requestAnimationFrame((time) => {
      pending.delete(keyOf('animationFrame', id));
      callback(time);
    });
    remember('animationFrame', id, site);
    return id;
  };
  scope.cancelAnimationFrame = (id: number) => {
    pending.delete(keyOf('animationFrame', id));
    original.cancelAnimationFrame(id);
  };
  const { requestIdleCallback, cancelIdleCallback } = original;
  if (requestIdleCallback && cancelIdleCallback) {
    scope.requestIdleCallback = (callback: IdleRequestCallback, options?: IdleRequestOptions) => {
      const { site, harness } = callSite();
      if (harness) return requestIdleCallback(callback, options);
      const id = requestIdleCallback((deadline) => {
        pending.delete(keyOf('idleCallback', id));
        callback(deadline);
      }, options);
      remember('idleCallback', id, site);
      return id;
    };
    scope.cancelIdleCallback = (id: number) => {
      pending.delete(keyOf('idleCallback', id));
      cancelIdleCallback(id);
    };
  }
}

/** Timers still pending, by "kind @ creation site". */
export function pendingTimers(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { kind, site } of pending.values()) {
    const key = `${kind} @ ${site}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
