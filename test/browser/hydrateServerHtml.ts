import { act, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { vi } from 'vitest';

/** Inside act() while hydrating (so hydration and its effects are flushed before a test looks), off afterwards. */
const setActEnvironment = (on: boolean) => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = on;
};

export interface Hydrated {
  container: HTMLElement;
  /** Errors React recovered from by rendering on the client instead (a mismatch React 19 cannot patch). */
  recoverableErrors: string[];
  /** console.error calls: React's hydration mismatch warnings (and anything else said in error). */
  consoleErrors: string[];
  consoleWarnings: string[];
  unmount: () => void;
}

const text = (value: unknown) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
/** console.error('%s did not match. Server: %s Client: %s', …) as one readable line. */
const formatted = (args: unknown[]) => {
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(text).join(' ');
  let i = 0;
  return (
    first.replace(/%[sdoO]/g, () => text(rest[i++])) +
    rest
      .slice(i)
      .map((r) => ` ${text(r)}`)
      .join('')
  );
};

const hydrated: { root: Root; container: HTMLElement; restore: () => void }[] = [];

/**
 * Puts server HTML in a fresh container (test-only: a page would have it in its markup), hydrates `element` over it
 * and collects every recoverable error and console error or warning until `unmount`.
 */
export async function hydrateServerHtml(html: string, element: ReactElement, width = 960): Promise<Hydrated> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  container.innerHTML = html;
  document.body.append(container);

  const recoverableErrors: string[] = [];
  const consoleErrors: string[] = [];
  const consoleWarnings: string[] = [];
  const error = vi.spyOn(console, 'error').mockImplementation((...args) => void consoleErrors.push(formatted(args)));
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args) => void consoleWarnings.push(formatted(args)));

  let root: Root | undefined;
  setActEnvironment(true);
  try {
    await act(async () => {
      root = hydrateRoot(container, element, { onRecoverableError: (e) => void recoverableErrors.push(text(e)) });
    });
    // One more turn for what mounting starts: the reader's zone, the measured width.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  } finally {
    // Later updates (clicks, observers) then render as they would for a reader, without act() warnings.
    setActEnvironment(false);
  }

  const entry = {
    root: root!,
    container,
    restore: () => {
      error.mockRestore();
      warn.mockRestore();
    },
  };
  hydrated.push(entry);
  const unmount = () => {
    const index = hydrated.indexOf(entry);
    if (index >= 0) hydrated.splice(index, 1);
    act(() => entry.root.unmount());
    container.remove();
    entry.restore();
  };
  return { container, recoverableErrors, consoleErrors, consoleWarnings, unmount };
}

/** Unmounts whatever a test left hydrated; call it from `afterEach`. */
export function unmountHydrated(): void {
  for (const { root, container, restore } of hydrated.splice(0)) {
    act(() => root.unmount());
    container.remove();
    restore();
  }
}
