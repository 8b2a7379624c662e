import { StrictMode, useEffect, useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Timeline } from '../src/react/index';
import { escalation2023 } from '../src/datasets/index';
import type { Dataset } from '../src/schema/dataset';
import type { TimelineEvent } from '../src/schema/event';
import { datePeriod, startEpochMs } from '../src/schema/epoch';

const FIRST = 8;
const PER_UPDATE = 4;
const AUTO_PLAY_MS = 6_000;
const ordered = [...escalation2023.events].sort((a, b) => startEpochMs(a.start) - startEpochMs(b.start));
const UPDATES = Math.ceil((ordered.length - FIRST) / PER_UPDATE);

/** The last instant any of these events may stand for: "the time of the previous update" in the story's clock. */
function latestOf(events: readonly TimelineEvent[]): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const event of events) latest = Math.max(latest, datePeriod(event.start, event.timeZone)?.end ?? latest);
  return latest;
}

/**
 * The dataset after `update` updates: each adds the next few events in time order, corrects the title of one
 * already published and withdraws another, as an editor does on a live page. `since` is the previous update.
 */
function publishedAt(update: number): { dataset: Dataset; since: number | undefined } {
  let events = ordered.slice(0, FIRST);
  let since: number | undefined;
  for (let step = 1; step <= update; step += 1) {
    since = latestOf(events);
    const kept = events.filter((_, index) => index !== 1 + (step % 3));
    const edited = kept.map((event, index) =>
      index === step % kept.length ? { ...event, title: `${event.title} (corrected)` } : event,
    );
    events = [...edited, ...ordered.slice(FIRST + (step - 1) * PER_UPDATE, FIRST + step * PER_UPDATE)];
  }
  return { dataset: { ...escalation2023, events, corrections: [] }, since };
}

function DevelopingStoryDemo() {
  const [update, setUpdate] = useState(0);
  const [autoPlay, setAutoPlay] = useState(false);
  const { dataset, since } = publishedAt(update);
  const last = update >= UPDATES;
  useEffect(() => {
    if (!autoPlay || last) return;
    const timer = setTimeout(() => setUpdate((n) => n + 1), AUTO_PLAY_MS);
    return () => clearTimeout(timer);
  }, [autoPlay, last, update]);
  return (
    <div>
      <p>
        <button type="button" onClick={() => setUpdate((n) => n + 1)} disabled={last}>
          Publish next update
        </button>{' '}
        <label>
          <input type="checkbox" checked={autoPlay} onChange={(event) => setAutoPlay(event.target.checked)} /> Publish
          every {AUTO_PLAY_MS / 1000} seconds
        </label>{' '}
        <span>
          Update {update} of {UPDATES}: {dataset.events.length} events
        </span>
      </p>
      <Timeline dataset={dataset} locale="en-GB" highlightSince={since} showFilters />
    </div>
  );
}

/**
 * A live story, as a newsroom runs one: the host re-renders `<Timeline dataset={next} highlightSince={…} />` with
 * each update. Every update adds the next events of the bundled escalation story, corrects one title and withdraws
 * one event; `highlightSince` is the time of the previous update, so what it added carries a "New" badge (a spark
 * on the graphic) and is announced once, politely. Zoom in, open an event or focus a mark, then publish: the span,
 * the selection and focus stay where their events still are. See docs/developing-stories.md.
 */
const meta = {
  title: 'Hardening/Developing story',
  component: DevelopingStoryDemo,
} satisfies Meta<typeof DevelopingStoryDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const LiveUpdates: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const timeline = canvasElement.querySelector<HTMLElement>('[data-fp="timeline"]')!;
    await expect(timeline.querySelectorAll('[data-new="true"]')).toHaveLength(0);
    await userEvent.click(canvas.getByRole('button', { name: 'Publish next update' }));
    await waitFor(() => expect(timeline.querySelectorAll('svg [data-new="true"]').length).toBeGreaterThan(0));
    await waitFor(() =>
      expect(timeline.querySelector('.fp-timeline > [role="status"]')).toHaveTextContent(/new events? since/),
    );
    await expect(timeline.querySelector('.fp-timeline__new')).toHaveTextContent(/^\s*New since/);
  },
};

/**
 * The first update, opened inside React's `StrictMode` (how hosts develop: every effect runs, is cleaned up and
 * runs again at mount). The new events are announced once, and a mark opens and closes its detail. Under `act()`
 * (a host's own Testing Library tests) that announcement used to be lost; test/react/DevelopingStory.test.tsx
 * holds that case, which this browser play test does not reproduce.
 */
export const UnderStrictMode: Story = {
  name: 'Under StrictMode',
  render: () => {
    const { dataset, since } = publishedAt(1);
    return (
      <StrictMode>
        <Timeline dataset={dataset} locale="en-GB" highlightSince={since} />
      </StrictMode>
    );
  },
  play: async ({ canvasElement }) => {
    const timeline = canvasElement.querySelector<HTMLElement>('[data-fp="timeline"]')!;
    const region = timeline.querySelector('.fp-timeline > [role="status"]');
    await waitFor(() => expect(region).toHaveTextContent(/^\d+ new events? since/), { timeout: 5000 });
    const mark = await waitFor(() => {
      const first = timeline.querySelector<SVGGElement>('svg .fp-mark[data-event-id]');
      if (!first) throw new Error('no mark yet');
      return first;
    });
    mark.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(timeline.querySelector('[data-fp="event-detail"]')).not.toBeNull());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(timeline.querySelector('[data-fp="event-detail"]')).toBeNull());
    await expect(canvasElement.ownerDocument.activeElement).toBe(mark);
  },
};
