// Runs in a test page before any of its scripts (page.addInitScript({ path })): plain JavaScript, so nothing a
// compiler adds can be missing in the page. Wraps addEventListener/removeEventListener, the observer constructors,
// timers, animation frames and Function, and defines window.__flashpointLeaks() (see LeakCounts in embedHarness.ts).
(() => {
  const listeners = [];
  const captureOf = (options) => (typeof options === 'boolean' ? options : Boolean(options && options.capture));
  const indexOf = (target, type, listener, capture) =>
    listeners.findIndex(
      (e) => e.target === target && e.type === type && e.listener === listener && e.capture === capture,
    );
  const drop = (entry) => {
    const at = listeners.indexOf(entry);
    if (at >= 0) listeners.splice(at, 1);
  };
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const capture = captureOf(options);
    if (listener && indexOf(this, type, listener, capture) < 0) {
      const entry = { target: this, type, listener, capture };
      listeners.push(entry);
      // A `once` listener leaves by itself after it runs, and any listener when its signal aborts.
      if (typeof options === 'object' && options && options.once)
        add.call(this, type, () => drop(entry), { once: true, capture });
      if (typeof options === 'object' && options && options.signal)
        add.call(options.signal, 'abort', () => drop(entry));
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const at = indexOf(this, type, listener, captureOf(options));
    if (at >= 0) listeners.splice(at, 1);
    return remove.call(this, type, listener, options);
  };

  const observers = [];
  for (const kind of ['IntersectionObserver', 'ResizeObserver', 'MutationObserver']) {
    const Original = window[kind];
    if (!Original) continue;
    const counted = class extends Original {
      constructor(...args) {
        super(...args);
        this.__record = { kind, targets: new Set() };
        observers.push(this.__record);
      }
      observe(target, ...rest) {
        this.__record.targets.add(target);
        return super.observe(target, ...rest);
      }
      disconnect() {
        this.__record.targets.clear();
        return super.disconnect();
      }
    };
    if (Original.prototype.unobserve) {
      counted.prototype.unobserve = function (target) {
        this.__record.targets.delete(target);
        return Original.prototype.unobserve.call(this, target);
      };
    }
    window[kind] = counted;
  }

  const timeouts = new Set();
  const intervals = new Set();
  const frames = new Set();
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  const raf = window.requestAnimationFrame.bind(window);
  const caf = window.cancelAnimationFrame.bind(window);
  window.setTimeout = (handler, delay, ...args) => {
    const id = st(
      (...a) => {
        timeouts.delete(id);
        if (typeof handler === 'function') handler(...a);
      },
      delay,
      ...args,
    );
    timeouts.add(id);
    return id;
  };
  window.clearTimeout = (id) => {
    timeouts.delete(id);
    ct(id);
  };
  window.setInterval = (handler, delay, ...args) => {
    const id = si(handler, delay, ...args);
    intervals.add(id);
    return id;
  };
  window.clearInterval = (id) => {
    intervals.delete(id);
    ci(id);
  };
  window.requestAnimationFrame = (callback) => {
    const id = raf((time) => {
      frames.delete(id);
      callback(time);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    frames.delete(id);
    caf(id);
  };

  // `new Function(…)` and `Function(…)`: zod's probe reads the global, so the count sees it too.
  let functionConstructions = 0;
  window.Function = new Proxy(Function, {
    construct(target, args) {
      functionConstructions += 1;
      return Reflect.construct(target, args);
    },
    apply(target, self, args) {
      functionConstructions += 1;
      return Reflect.apply(target, self, args);
    },
  });

  const targetName = (target) =>
    target === window
      ? 'window'
      : target === document
        ? 'document'
        : (target.constructor && target.constructor.name) || 'object';
  window.__flashpointLeaks = () => {
    const listenersByTarget = {};
    let live = 0;
    let detachedListeners = 0;
    for (const entry of listeners) {
      if (entry.target instanceof Node && entry.target !== document && !entry.target.isConnected) {
        detachedListeners += 1;
        continue;
      }
      live += 1;
      const key = `${targetName(entry.target)} ${entry.type}`;
      listenersByTarget[key] = (listenersByTarget[key] || 0) + 1;
    }
    const observing = { IntersectionObserver: 0, ResizeObserver: 0, MutationObserver: 0 };
    for (const record of observers) if (record.targets.size > 0) observing[record.kind] += 1;
    return {
      listeners: live,
      listenersByTarget,
      detachedListeners,
      observers: observing,
      timeouts: timeouts.size,
      intervals: intervals.size,
      animationFrames: frames.size,
      adoptedStyleSheets: document.adoptedStyleSheets.length,
      functionConstructions,
    };
  };
})();
