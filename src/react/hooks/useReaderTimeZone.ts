import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};
// The one place that asks for the machine's zone, on purpose: the reader's clock, read in the browser only.
const readBrowserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverZone = () => undefined;

/**
 * The reader's own IANA zone: undefined on the server and while hydrating (so the markup matches),
 * the browser's zone afterwards. Nothing is guessed during server rendering.
 */
export function useReaderTimeZone(): string | undefined {
  return useSyncExternalStore(subscribe, readBrowserZone, serverZone);
}
