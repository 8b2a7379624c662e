// Counts event listeners added and not removed, on any target. Targets are held weakly: the count must not keep a
// removed graphic's nodes alive (that would be a leak of the test's own making, seen in the heap and DOM counts).
import { callSite } from './callSite';

interface ListenerEntry {
  type: string;
  listener: Listener;
  capture: boolean;
  site: string;
}

const byTarget = new WeakMap<EventTarget, ListenerEntry[]>();
const targets = new Set<WeakRef<EventTarget>>();
const collected = new FinalizationRegistry<WeakRef<EventTarget>>((ref) => targets.delete(ref));

type Listener = EventListenerOrEventListenerObject | null;
type AddOptions = boolean | AddEventListenerOptions | undefined;
type AddListener = typeof EventTarget.prototype.addEventListener;

const captureOf = (options?: boolean | EventListenerOptions) =>
  typeof options === 'boolean' ? options : Boolean(options?.capture);

function entriesOf(target: EventTarget): ListenerEntry[] {
  let entries = byTarget.get(target);
  if (!entries) {
    entries = [];
    byTarget.set(target, entries);
    const ref = new WeakRef(target);
    targets.add(ref);
    collected.register(target, ref);
  }
  return entries;
}

function drop(target: EventTarget, entry: ListenerEntry): void {
  const entries = byTarget.get(target);
  const at = entries?.indexOf(entry) ?? -1;
  if (at >= 0) entries!.splice(at, 1);
}

/** "window", "document", "MediaQueryList", "VisualViewport", or an element's tag for a node still in the page. */
function targetName(target: EventTarget): string {
  if (target === window) return 'window';
  if (target === document) return 'document';
  if (target instanceof Element) return `<${target.localName}>`;
  return target.constructor?.name ?? 'EventTarget';
}

function record(target: EventTarget, type: string, listener: Listener, options: AddOptions, add: AddListener): void {
  const capture = captureOf(options);
  const { site, harness } = callSite();
  if (!listener || harness) return;
  const entries = entriesOf(target);
  if (entries.some((e) => e.type === type && e.listener === listener && e.capture === capture)) return;
  const entry = { type, listener, capture, site };
  entries.push(entry);
  // Held weakly here too: a signal may outlive the node it was given with.
  const ref = new WeakRef(target);
  const leave = () => {
    const node = ref.deref();
    if (node) drop(node, entry);
  };
  if (typeof options === 'object' && options.once) add.call(target, type, leave, { once: true, capture });
  if (typeof options === 'object' && options.signal) add.call(options.signal, 'abort', leave, { once: true });
}

function unrecord(target: EventTarget, type: string, listener: Listener, options?: boolean | EventListenerOptions) {
  const capture = captureOf(options);
  const entries = byTarget.get(target);
  const at = entries?.findIndex((e) => e.type === type && e.listener === listener && e.capture === capture) ?? -1;
  if (at >= 0) entries!.splice(at, 1);
}

/**
 * Wraps EventTarget.prototype.addEventListener/removeEventListener (once, signal and capture as the DOM does),
 * and the window's own pair when the page has one (Vitest's error catcher puts its own on the window).
 */
export function installListenerCount(): void {
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type, listener, options) {
    record(this, type, listener, options, add);
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type, listener, options) {
    unrecord(this, type, listener, options);
    return remove.call(this, type, listener, options);
  };
  const own = window as unknown as Record<'addEventListener' | 'removeEventListener', unknown>;
  if (Object.hasOwn(window, 'addEventListener')) {
    const addOwn = window.addEventListener;
    own.addEventListener = function (
      this: EventTarget | undefined,
      type: string,
      listener: Listener,
      options?: AddOptions,
    ) {
      record(window, type, listener, options, add);
      return addOwn.call(this ?? window, type, listener as EventListenerOrEventListenerObject, options);
    };
  }
  if (Object.hasOwn(window, 'removeEventListener')) {
    const removeOwn = window.removeEventListener;
    own.removeEventListener = function (
      this: EventTarget | undefined,
      type: string,
      listener: Listener,
      options?: boolean | EventListenerOptions,
    ) {
      unrecord(window, type, listener, options);
      return removeOwn.call(this ?? window, type, listener as EventListenerOrEventListenerObject, options);
    };
  }
}

/**
 * Listeners still attached, by "target type @ creation site": on window, document, media queries and other
 * non-node targets, and on nodes still in the document. Listeners on nodes taken out of the page go with them
 * (if the nodes themselves stay alive, the DOM and heap counts say so).
 */
export function liveListeners(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const ref of targets) {
    const target = ref.deref();
    if (!target) {
      targets.delete(ref);
      continue;
    }
    if (target instanceof Node && target !== document && !target.isConnected) continue;
    for (const entry of byTarget.get(target) ?? []) {
      const key = `${targetName(target)} ${entry.type} @ ${entry.site}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  return counts;
}
