// First: zod must know it may not compile parsers with `new Function` before any schema is built (strict CSP).
import './zodWithoutEval';
import { createRoot, type Root } from 'react-dom/client';
import { safeParseDataset } from '../schema/safeParseDataset';
import type { EmbedError, EmbedHandle, EmbedOptions } from './embedOptions';
import { adoptStyles } from './adoptStyles';
import { embedMessagesFor } from './embedMessages';
import { EmbedView, type EmbedState } from './EmbedView';
import { DatasetLoadError, loadDataset, type LoadFailure } from './loadDataset';
import { effectiveAllowedOrigins, pageAllowedOrigins } from './allowedOrigins';
import { fillFailure } from './failureWords';

/** The live embed of each element, so mounting again replaces it instead of stacking a second one. */
const mounted = new WeakMap<Element, EmbedHandle>();

// React's useId is unique within one root only: every embed gets its own prefix, and the token keeps two copies of
// the script (two counters) apart as well.
const scriptToken = Math.random().toString(36).slice(2, 6);
let embedCount = 0;

function failureOf(error: unknown, src: string): LoadFailure {
  return error instanceof DatasetLoadError ? error.failure : { reason: 'unreachable', url: src, cause: error };
}

function describeFailure(options: EmbedOptions, failure: LoadFailure): EmbedError {
  const messages = embedMessagesFor(options.locale);
  const cause = 'cause' in failure ? failure.cause : undefined;
  if (failure.reason === 'noData') return { kind: 'parse', message: `${messages.loadFailed} ${messages.noData}` };
  const detail = fillFailure(messages, failure).join('');
  return { kind: failure.reason === 'notJson' ? 'parse' : 'fetch', message: `${messages.loadFailed} ${detail}`, cause };
}

/**
 * Renders a Timeline into `element` (React included in the embed script): a loading sentence while `src` is
 * fetched, a readable one in place if it cannot be (the detail goes to the console and to `onError`), the lenient
 * render with a list of issues for invalid data. Never throws into the page. Mounting on an element that already
 * has an embed destroys that one first.
 */
export function mount(element: HTMLElement, initial: EmbedOptions): EmbedHandle {
  if (!element || typeof element.replaceChildren !== 'function') {
    console.error('Flashpoint.mount: the first argument must be an element of the page, got', element);
    return { update() {}, destroy() {} };
  }
  mounted.get(element)?.destroy();

  let options: EmbedOptions = { ...initial };
  let state: EmbedState = { status: 'loading' };
  let destroyed = false;
  let loadCount = 0;
  let controller: AbortController | null = null;

  // React's root listeners stay on its container; a container of our own leaves with them on destroy().
  const container = element.ownerDocument.createElement('div');
  element.replaceChildren(container);
  const scope = container.getRootNode();
  const stylesheetRoot = typeof ShadowRoot !== 'undefined' && scope instanceof ShadowRoot ? scope : null;
  const releaseStyles = adoptStyles(container);

  // The page's own callback throwing must not turn into an error of the page either.
  const notify = (error: EmbedError) => {
    try {
      options.onError?.(error);
    } catch (callbackError) {
      console.error('Flashpoint: the onError callback threw', callbackError);
    }
  };
  const report = (error: EmbedError) => {
    console.error(`Flashpoint: ${error.message}`, error.cause ?? '');
    notify(error);
  };

  const root: Root = createRoot(container, {
    identifierPrefix: `f${scriptToken}${++embedCount}-`,
    // The boundary in EmbedView shows the fallback; this is the console's copy, under our name.
    onCaughtError: (error: unknown) => console.error('Flashpoint: the timeline could not be shown', error),
    // Nothing should get past EmbedView's boundaries; if something does, it is reported here, not to the page.
    onUncaughtError: (error: unknown) => {
      report({ kind: 'render', message: embedMessagesFor(options.locale).renderFailed, cause: error });
    },
  });

  const onRenderError = (error: unknown) => {
    // After the commit: an onError that destroys the embed must not unmount a root in the middle of rendering.
    queueMicrotask(() => {
      if (!destroyed) notify({ kind: 'render', message: embedMessagesFor(options.locale).renderFailed, cause: error });
    });
  };

  const render = () => {
    if (destroyed) return;
    root.render(
      <EmbedView state={state} options={options} stylesheetRoot={stylesheetRoot} onRenderError={onRenderError} />,
    );
  };

  const accept = (data: unknown) => {
    try {
      state = { status: 'ready', parsed: safeParseDataset(data) };
    } catch (cause) {
      // safeParseDataset promises not to throw; if it ever does, the reader still gets a sentence.
      state = { status: 'failed', failure: { reason: 'notJson', url: options.src ?? '', cause } };
      report({ kind: 'parse', message: embedMessagesFor(options.locale).loadFailed, cause });
    }
    render();
  };

  const fail = (failure: LoadFailure) => {
    state = { status: 'failed', failure };
    report(describeFailure(options, failure));
    render();
  };

  const load = () => {
    controller?.abort();
    controller = null;
    // Only the latest load may land: an older fetch that answers late is ignored even if it could not be aborted.
    const current = ++loadCount;
    if (options.data !== undefined) return accept(options.data);
    const src = options.src;
    if (!src) return fail({ reason: 'noData' });
    const ownController = new AbortController();
    controller = ownController;
    state = { status: 'loading' };
    render();
    const allowedOrigins = effectiveAllowedOrigins(options.allowedOrigins, pageAllowedOrigins(element.ownerDocument));
    loadDataset(src, ownController.signal, { allowedOrigins }).then(
      (data) => {
        if (current === loadCount && !destroyed) accept(data);
      },
      (error: unknown) => {
        if (current === loadCount && !destroyed && !ownController.signal.aborted) fail(failureOf(error, src));
      },
    );
  };

  const handle: EmbedHandle = {
    update(next) {
      if (destroyed) return;
      const srcChanged = 'src' in next && next.src !== options.src;
      const dataChanged = 'data' in next && next.data !== options.data;
      options = { ...options, ...next };
      // A new address replaces data given inline before, unless data comes with it.
      if (srcChanged && !('data' in next)) options.data = undefined;
      if (srcChanged || dataChanged) load();
      else render();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      loadCount += 1;
      controller?.abort();
      controller = null;
      root.unmount();
      container.remove();
      releaseStyles();
      if (mounted.get(element) === handle) mounted.delete(element);
    },
  };
  mounted.set(element, handle);
  load();
  return handle;
}

/** Whether `element` has a live embed (from mount, a placeholder or the custom element). */
export function isMounted(element: Element): boolean {
  return mounted.has(element);
}
