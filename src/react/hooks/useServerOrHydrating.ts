import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};
const onClient = () => false;
const onServerOrHydrating = () => true;

/**
 * True on the server and while hydrating server HTML (the first render must then match the server's markup), false
 * for a graphic mounted in the browser, which may leave parts out of its first render.
 */
export function useServerOrHydrating(): boolean {
  return useSyncExternalStore(subscribe, onClient, onServerOrHydrating);
}
