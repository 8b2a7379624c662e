import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StrictMode } from 'react';
import { act, fireEvent, render, renderHook } from '@testing-library/react';
import { EventList, Timeline, VerticalTimeline } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import type { Dataset } from '../../src/schema/dataset';
import type { TimelineEvent } from '../../src/schema/event';
import { datePeriod, startEpochMs } from '../../src/schema/epoch';
import { newEventIds } from '../../src/state/newEventIds';
import { useFollowingDomain } from '../../src/react/hooks/useFollowingDomain';
import type { Domain } from '../../src/layout/types';

/** The bundled story's events in time order: a live story reveals them a few at a time. */
const ordered = [...escalation2023.events].sort((a, b) => startEpochMs(a.start) - startEpochMs(b.start));
const story = (events: TimelineEvent[]): Dataset => ({ ...escalation2023, events, corrections: [] });
const first = (n: number) => story(ordered.slice(0, n));
const retitled = (event: TimelineEvent, title: string): TimelineEvent => ({ ...event, title });
const region = (container: HTMLElement) => container.querySelector('[role="status"]')!.textContent;
/** The end of the last event of the first `n` (dated to the day): the events after it are "new since". */
const sinceAfter = (n: number) => datePeriod(ordered[n - 1]!.start, ordered[n - 1]!.timeZone)!.end;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());
const settle = () => act(() => vi.advanceTimersByTime(1_000));

describe('newEventIds(events, since)', () => {
  it('marks events that start after `since`, a date-only start through its whole day, and nothing without since', () => {
    const [a, b] = ordered;
    const dayOnly = { ...b!, id: 'day-only', start: '2024-01-28' };
    const since = Date.parse('2024-01-28T12:00:00Z');
    expect([...newEventIds([a!, dayOnly], since, { timeZone: 'UTC' })]).toEqual(['day-only']);
    expect(newEventIds([a!, dayOnly], undefined).size).toBe(0);
  });

  it('prefers the host’s addedAt, and ignores one that throws or cannot be read', () => {
    const [a, b] = ordered;
    const since = Date.parse('2030-01-01T00:00:00Z');
    const addedAt = (event: TimelineEvent) => {
      if (event.id === a!.id) return '2030-06-01T00:00:00Z';
      throw new Error('no record');
    };
    expect([...newEventIds([a!, b!], since, { addedAt })]).toEqual([a!.id]);
    expect(newEventIds([a!], since, { addedAt: () => 'not a date' }).size).toBe(0);
  });
});

describe('useFollowingDomain (the Timeline’s zoom across updates)', () => {
  const clamp = (d: Domain) => d;
  it('follows the extent until the reader picks a span, then keeps it; back to everything follows again', () => {
    const { result, rerender } = renderHook(({ bounds }) => useFollowingDomain({}, bounds, clamp), {
      initialProps: { bounds: [0, 100] as Domain },
    });
    rerender({ bounds: [0, 200] });
    expect(result.current.domain).toEqual([0, 200]);
    act(() => result.current.setDomain([50, 80]));
    rerender({ bounds: [0, 300] });
    expect(result.current.domain).toEqual([50, 80]);
    act(() => result.current.setDomain([0, 300]));
    rerender({ bounds: [0, 400] });
    expect(result.current.domain).toEqual([0, 400]);
  });
});

describe('<Timeline> as the dataset changes (developing stories)', () => {
  it('keeps the open event open across an update and shows its edited content', () => {
    const target = ordered[3]!;
    const { container, rerender } = render(<Timeline dataset={first(6)} defaultSelectedId={target.id} />);
    const edited = story([...ordered.slice(0, 3), retitled(target, 'Edited headline'), ...ordered.slice(4, 9)]);
    rerender(<Timeline dataset={edited} defaultSelectedId={target.id} />);
    const detail = container.querySelector('[data-fp="event-detail"]')!;
    expect(detail.getAttribute('data-event-id')).toBe(target.id);
    expect(detail.textContent).toContain('Edited headline');
  });

  it('closes the detail when an update removes its event, tells the host, and says so once', () => {
    const target = ordered[3]!;
    const onSelectedIdChange = vi.fn();
    const props = { defaultSelectedId: target.id, onSelectedIdChange };
    const { container, rerender } = render(<Timeline dataset={first(6)} {...props} />);
    settle();
    const without = story(ordered.slice(0, 6).filter((event) => event.id !== target.id));
    rerender(<Timeline dataset={without} {...props} />);
    expect(container.querySelector('[data-fp="event-detail"]')).toBeNull();
    expect(onSelectedIdChange).toHaveBeenLastCalledWith(null);
    expect(region(container)).toBe('The event you had open was removed in an update');
    settle();
    rerender(<Timeline dataset={without} {...props} showLegend={false} />);
    settle();
    expect(region(container)).not.toContain('Details closed');
    expect(onSelectedIdChange).toHaveBeenCalledTimes(1);
  });

  it('treats a controlled selectedId that names a removed event as none, without throwing', () => {
    const target = ordered[3]!;
    const { container, rerender } = render(<Timeline dataset={first(6)} selectedId={target.id} />);
    rerender(<Timeline dataset={story(ordered.slice(0, 3))} selectedId={target.id} />);
    expect(container.querySelector('[data-fp="event-detail"]')).toBeNull();
    rerender(<Timeline dataset={first(6)} selectedId={target.id} />);
    expect(container.querySelector('[data-fp="event-detail"]')!.getAttribute('data-event-id')).toBe(target.id);
  });

  it('keeps the reader’s filters across an update, dropping only values no event has any more', () => {
    const onFiltersChange = vi.fn();
    const data = first(11);
    const props = { defaultFilters: { categories: ['strike', 'diplomacy'] }, onFiltersChange, showFilters: true };
    const { rerender } = render(<Timeline dataset={data} {...props} />);
    rerender(<Timeline dataset={story([...data.events, ordered[11]!])} {...props} />);
    expect(onFiltersChange).not.toHaveBeenCalled();
    rerender(<Timeline dataset={story(data.events.filter((e) => e.category !== 'diplomacy'))} {...props} />);
    expect(onFiltersChange).toHaveBeenCalledTimes(1);
    expect(onFiltersChange.mock.calls[0]![0].categories).toEqual(['strike']);
  });

  it('marks events newer than highlightSince: data-new, "New: " in the name, a badge in the list', () => {
    const { container } = render(<Timeline dataset={first(8)} highlightSince={sinceAfter(5)} />);
    settle();
    const fresh = ordered.slice(5, 8).map((event) => event.id);
    const marked = [...container.querySelectorAll('.fp-mark[data-new="true"]')].map((m) =>
      m.getAttribute('data-event-id'),
    );
    const inClusters = [...container.querySelectorAll('.fp-cluster[data-new="true"]')];
    expect(marked.length + inClusters.length).toBeGreaterThan(0);
    for (const id of marked) expect(fresh).toContain(id);
    for (const mark of container.querySelectorAll('.fp-mark[data-new="true"], .fp-cluster[data-new="true"]')) {
      expect(mark.getAttribute('aria-label')).toMatch(/^New: /);
    }
    expect(container.querySelectorAll('.fp-mark:not([data-new]) .fp-mark__new')).toHaveLength(0);
    const listed = [...container.querySelectorAll('[data-fp="event-list"] li[data-new="true"]')];
    expect(listed.map((li) => li.getAttribute('data-event-id')).sort()).toEqual([...fresh].sort());
    expect(listed[0]!.querySelector('.fp-new-badge')!.textContent).toBe('New');
    expect(container.querySelector('.fp-timeline__new')!.textContent).toMatch(/^ ?New since /);
  });

  it('announces new events once per batch: at mount, not after an unrelated re-render, then the next batch', () => {
    const since = sinceAfter(5);
    const { container, rerender } = render(<Timeline dataset={first(8)} highlightSince={since} />);
    expect(region(container)).toBe('');
    settle();
    const said = region(container);
    expect(said).toMatch(/^3 new events since 19 Oct 2023, 23:59 Baghdad time \(GMT\+3\)$/);
    // Unrelated: another prop, and the List view (the same text again would end in a no-break space).
    rerender(<Timeline dataset={first(8)} highlightSince={since} showLegend={false} />);
    fireEvent.click(container.querySelector('button[aria-pressed]')!);
    settle();
    expect(region(container)).toBe(said);
    rerender(<Timeline dataset={first(9)} highlightSince={since} showLegend={false} />);
    expect(region(container)).toMatch(/^1 new event since /);
  });
});

describe('new-events announcements under StrictMode (development’s unmount and remount)', () => {
  it('the Timeline and a standalone VerticalTimeline each say the mount’s batch once', () => {
    const since = sinceAfter(5);
    const { container } = render(
      <StrictMode>
        <Timeline dataset={first(8)} highlightSince={since} />
        <VerticalTimeline dataset={first(7)} highlightSince={since} />
      </StrictMode>,
    );
    settle();
    const said = [...container.querySelectorAll('[role="status"]')].map((live) => live.textContent);
    expect(said).toEqual([
      expect.stringMatching(/^3 new events since /),
      expect.stringMatching(/^2 new events since /),
    ]);
  });
});

describe('highlightSince on VerticalTimeline and EventList', () => {
  it('puts a "New" badge on new cards (first in their accessible name) and list items, and on no others', () => {
    const since = sinceAfter(4);
    const { container } = render(
      <>
        <VerticalTimeline dataset={first(6)} highlightSince={new Date(since).toISOString()} />
        <EventList dataset={first(6)} highlightSince={since} />
      </>,
    );
    const cards = [...container.querySelectorAll('.fp-vertical__card[data-new="true"]')];
    expect(cards.map((card) => card.getAttribute('data-event-id'))).toEqual([ordered[4]!.id, ordered[5]!.id]);
    const badgeId = cards[0]!.getAttribute('aria-labelledby')!.split(' ')[0]!;
    expect(document.getElementById(badgeId)!.textContent).toBe('New');
    expect(container.querySelectorAll('ol[data-fp="event-list"] li[data-new="true"] .fp-new-badge')).toHaveLength(2);
    expect(container.querySelectorAll('.fp-new-badge')).toHaveLength(4);
  });

  it('marks nothing for a highlightSince it cannot read', () => {
    const { container } = render(<EventList dataset={first(6)} highlightSince="yesterday-ish" />);
    expect(container.querySelectorAll('[data-new]')).toHaveLength(0);
  });
});
