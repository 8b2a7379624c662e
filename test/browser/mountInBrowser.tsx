import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// Tell React this is a test environment, so act() flushes updates without warnings.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const mounted: { root: Root; host: HTMLElement }[] = [];

/** Renders `element` into a fresh div appended to the page (`width` in px, if given) and returns that div. */
export async function mountInBrowser(element: ReactElement, options: { width?: number } = {}): Promise<HTMLElement> {
  const host = document.createElement('div');
  if (options.width) host.style.width = `${options.width}px`;
  document.body.append(host);
  const root = createRoot(host);
  mounted.push({ root, host });
  await act(async () => root.render(element));
  return host;
}

/** Unmounts and removes everything `mountInBrowser` rendered; call it from each file's `afterEach`. */
export function unmountAll(): void {
  for (const { root, host } of mounted.splice(0)) {
    act(() => root.unmount());
    host.remove();
  }
}
