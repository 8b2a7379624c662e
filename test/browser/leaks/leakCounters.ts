// The page-side counts of what a graphic leaves behind. Import this module before anything that mounts a
// component (first import of the test file): it wraps the page's listener, observer and timer functions once, as it
// is evaluated, so everything the components (and React, and d3) create afterwards is seen.
import { installListenerCount, liveListeners } from './countListeners';
import { installObserverCount, liveObservers } from './countObservers';
import { installTimerCount, pendingTimers } from './countTimers';

const INSTALLED = Symbol.for('flashpoint.leakCounters');
const scope = window as unknown as Record<symbol, boolean>;
if (!scope[INSTALLED]) {
  scope[INSTALLED] = true;
  installListenerCount();
  installObserverCount();
  installTimerCount();
}

/** Everything that must come back to its baseline, each by "what @ where it was created". */
export interface LeakCounts {
  /** Listeners on window, document, media queries, the visual viewport, and on nodes still in the page. */
  listeners: Record<string, number>;
  /** Observers still alive and observing. */
  observers: Record<string, number>;
  /** Timeouts, intervals, animation frames and idle callbacks still pending. */
  timers: Record<string, number>;
  /** document.adoptedStyleSheets, by the first characters of each sheet's first rule. */
  adoptedStyleSheets: Record<string, number>;
  /** Elements in the document (connected only; detached ones are counted through the DevTools protocol). */
  elementsInPage: number;
}

function sheetNames(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const sheet of document.adoptedStyleSheets) {
    const key = `sheet ${sheet.cssRules[0]?.cssText.slice(0, 60) ?? '(empty)'}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

export function leakCounts(): LeakCounts {
  return {
    listeners: liveListeners(),
    observers: liveObservers(),
    timers: pendingTimers(),
    adoptedStyleSheets: sheetNames(),
    elementsInPage: document.getElementsByTagName('*').length,
  };
}
