import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useControllableState } from '../../src/react/hooks/useControllableState';

describe('useControllableState(value, defaultValue, onChange)', () => {
  it('keeps its own state when uncontrolled and reports changes', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState<string | null>(undefined, 'a', onChange));
    act(() => result.current[1]('b'));
    expect(result.current[0]).toBe('b');
    expect(onChange).toHaveBeenCalledWith('b');
  });

  it('follows the value when controlled and only asks for changes', () => {
    const onChange = vi.fn();
    const { result, rerender } = renderHook(({ value }) => useControllableState<string | null>(value, 'a', onChange), {
      initialProps: { value: 'x' as string | null },
    });
    act(() => result.current[1]('y'));
    expect(result.current[0]).toBe('x');
    expect(onChange).toHaveBeenCalledWith('y');
    rerender({ value: 'y' });
    expect(result.current[0]).toBe('y');
  });

  it('does not report a change to the same value', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState<string | null>(undefined, 'a', onChange));
    act(() => result.current[1]('a'));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps one setter identity across renders', () => {
    const { result, rerender } = renderHook(() => useControllableState<number>(undefined, 0));
    const first = result.current[1];
    rerender();
    expect(result.current[1]).toBe(first);
  });
});
