import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser, `useEffect` where there is no document. Neither runs during server rendering,
 * but React 18's server renderer warns about every `useLayoutEffect` it meets (React 19 does not): hosts on
 * React 18 would see that warning once per graphic in their server logs.
 */
export const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
