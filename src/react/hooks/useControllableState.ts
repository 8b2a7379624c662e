import { useCallback, useRef, useState } from 'react';

/**
 * One vocabulary for controlled and uncontrolled props (`selectedId` / `defaultSelectedId` /
 * `onSelectedIdChange`): when `value` is undefined the component keeps its own state.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange?: (next: T) => void,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  // The latest values, so the setter keeps one identity across renders.
  const latest = useRef({ current, controlled, onChange });
  latest.current = { current, controlled, onChange };

  const set = useCallback((next: T) => {
    const { current: previous, controlled: isControlled, onChange: notify } = latest.current;
    if (Object.is(previous, next)) return;
    if (!isControlled) setOwn(next);
    notify?.(next);
  }, []);

  return [current, set];
}
