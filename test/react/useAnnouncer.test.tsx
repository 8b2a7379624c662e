import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StrictMode, useEffect, useRef } from 'react';
import { act, renderHook } from '@testing-library/react';
import { useAnnouncer } from '../../src/react/hooks/useAnnouncer';
import { SHOWING_DELAY_MS, useTimelineAnnouncements } from '../../src/react/hooks/useTimelineAnnouncements';
import { en } from '../../src/i18n/messages';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useAnnouncer()', () => {
  it('says a message at once, a delayed one only after the last call settles, and never the same twice in a row', () => {
    const { result } = renderHook(() => useAnnouncer());
    expect(result.current.message).toBe('');
    act(() => result.current.announce('Selected: A'));
    expect(result.current.message).toBe('Selected: A');
    act(() => result.current.announce('Showing 3', 500));
    act(() => vi.advanceTimersByTime(300));
    act(() => result.current.announce('Showing 4', 500));
    act(() => vi.advanceTimersByTime(300));
    expect(result.current.message).toBe('Selected: A');
    act(() => vi.advanceTimersByTime(200));
    expect(result.current.message).toBe('Showing 4');
    const rendersBefore = result.current;
    act(() => result.current.announce('Showing 4'));
    expect(result.current).toBe(rendersBefore);
  });
});

describe('useTimelineAnnouncements(options)', () => {
  const describeEvent = (id: string) => ({ title: `Event ${id}`, date: '1 May 2024' });

  it('is silent for the state it opens in, then says selections, closing, and settled views', () => {
    const props = (selectedId: string | null, viewKey: string, words: string) => ({
      selectedId,
      describeEvent,
      viewKey,
      describeView: () => words,
      messages: en,
    });
    const { result, rerender } = renderHook((p) => useTimelineAnnouncements(p), {
      initialProps: props('a', '0 10 33', 'Showing all 33'),
    });
    act(() => vi.advanceTimersByTime(2 * SHOWING_DELAY_MS));
    expect(result.current).toBe('');
    rerender(props('b', '0 10 33', 'Showing all 33'));
    expect(result.current).toBe('Selected: Event b, 1 May 2024');
    rerender(props(null, '0 10 33', 'Showing all 33'));
    expect(result.current).toBe('Details closed');
    // New words for the same view (a zone resolved after mount): nothing to say.
    rerender(props(null, '0 10 33', 'Showing all 33 (your time)'));
    act(() => vi.advanceTimersByTime(2 * SHOWING_DELAY_MS));
    expect(result.current).toBe('Details closed');
    rerender(props(null, '2 8 5', 'Showing 5 of 33'));
    expect(result.current).toBe('Details closed');
    act(() => vi.advanceTimersByTime(SHOWING_DELAY_MS));
    expect(result.current).toBe('Showing 5 of 33');
  });
});

describe('useAnnouncer() under StrictMode', () => {
  it('still says an announcement made at mount, once, after development’s unmount and remount', () => {
    const { result } = renderHook(
      () => {
        const announcer = useAnnouncer();
        const { announce } = announcer;
        // Like the new-events count: each event is counted once, so the remount's effect has nothing to add.
        const counted = useRef(false);
        useEffect(() => {
          if (!counted.current) announce('2 new events', SHOWING_DELAY_MS, true);
          counted.current = true;
        }, [announce]);
        return announcer;
      },
      { wrapper: StrictMode },
    );
    act(() => vi.advanceTimersByTime(SHOWING_DELAY_MS - 1));
    expect(result.current.message).toBe('');
    act(() => vi.advanceTimersByTime(1));
    expect(result.current.message).toBe('2 new events');
    act(() => vi.advanceTimersByTime(10 * SHOWING_DELAY_MS));
    expect(result.current.message).toBe('2 new events');
  });

  it('says nothing after a real unmount', () => {
    const { result, unmount } = renderHook(() => useAnnouncer(), { wrapper: StrictMode });
    act(() => result.current.announce('Showing 3', 500));
    const spoken = result.current;
    unmount();
    act(() => vi.advanceTimersByTime(1_000));
    expect(spoken.message).toBe('');
    expect(vi.getTimerCount()).toBe(0);
  });
});
