import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { escalation2023 } from '../src/datasets/index';
import { layoutTimeline } from '../src/layout/layoutTimeline';
import { prepareTimeline } from '../src/layout/prepareTimeline';
import { formatAxisTicks } from '../src/i18n/formatAxisTicks';
import { TimelineAxis, TIMELINE_AXIS_HEIGHT } from '../src/react/components/TimelineAxis';
import { TimelineLanes } from '../src/react/components/TimelineLanes';
import { TimelineLinks } from '../src/react/components/TimelineLinks';
import { TimelineMark } from '../src/react/components/TimelineMark';
import { TimelineCluster } from '../src/react/components/TimelineCluster';
import { TimelinePhases } from '../src/react/components/TimelinePhases';
import type { Domain } from '../src/layout/types';

const WIDTH = 760;
const prepared = prepareTimeline(escalation2023);
const FULL: Domain = [Date.parse('2023-10-01T00:00:00+03:00'), Date.parse('2024-02-15T00:00:00+03:00')];
const layout = layoutTimeline(prepared, {
  domain: FULL,
  width: WIDTH,
  measureText: (text) => text.length * 7,
  laneHeight: 62,
  laneHeaderHeight: 16,
  rowHeight: 18,
});
const axis = formatAxisTicks(layout.ticks, { locale: 'en-GB', timeZone: prepared.timeZone });
const noop = () => {};

/** A part drawn alone, in an SVG with the timeline's classes, so the stylesheet applies as in the graphic. */
function Frame({ height, label, children }: { height: number; label: string; children: ReactNode }) {
  return (
    <div className="fp-root fp-timeline">
      <svg
        className="fp-plot"
        width={WIDTH}
        height={height}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="group"
        aria-label={label}
      >
        {children}
      </svg>
    </div>
  );
}

const meta: Meta = {
  title: 'Components/Timeline parts',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The pieces the Timeline composes, each drawn alone from the same pure layout (`layoutTimeline`). ' +
          'They only render what layout computed; use them to build a custom graphic.',
      },
    },
  },
};
export default meta;

/** The time axis in Baghdad time: months over days, zone named under the graphic. */
export const Axis: StoryObj = {
  render: () => (
    <Frame height={TIMELINE_AXIS_HEIGHT + 20} label="Time axis, October 2023 to February 2024">
      <TimelineAxis axis={axis} width={WIDTH} top={0} plotHeight={20} />
    </Frame>
  ),
};

/** Lanes by acting actor, with phases shaded behind them. */
export const LanesAndPhases: StoryObj = {
  render: () => (
    <Frame height={layout.height} label="Lanes by actor, with the phases of the story">
      <TimelinePhases bands={layout.phases} top={0} height={layout.height} />
      <TimelineLanes lanes={layout.lanes} width={WIDTH} />
    </Frame>
  ),
};

/** Every kind of mark: a shape per category, a point, a range bar, an approximate date's span, a cluster. */
export const Marks: StoryObj = {
  render: () => {
    const base = { type: 'event' as const, laneKey: 'demo', y: 30, significance: 3 };
    const categories = ['attack', 'strike', 'diplomacy', 'statement', 'context'];
    return (
      <Frame height={60} label="Mark shapes">
        {categories.map((category, i) => (
          <TimelineMark
            key={category}
            mark={{ ...base, id: category, category, x: 30 + i * 60, x2: 30 + i * 60, kind: 'point' }}
            label={category}
            state="idle"
            selected={false}
            tabIndex={-1}
            size={7}
            interaction={{}}
          />
        ))}
        <TimelineMark
          mark={{ ...base, id: 'range', category: 'context', x: 340, x2: 430, kind: 'range' }}
          label="A range"
          state="idle"
          selected={false}
          tabIndex={-1}
          size={7}
          interaction={{}}
        />
        <TimelineMark
          mark={{ ...base, id: 'span', category: 'attack', x: 460, x2: 520, cx: 490, kind: 'uncertain' }}
          label="An approximate date"
          state="idle"
          selected={false}
          tabIndex={-1}
          size={7}
          interaction={{}}
        />
        <TimelineMark
          mark={{ ...base, id: 'selected', category: 'strike', x: 560, x2: 560, kind: 'point' }}
          label="A selected event"
          state="selected"
          selected
          tabIndex={-1}
          size={7}
          interaction={{}}
        />
        <TimelineCluster
          cluster={{
            type: 'cluster',
            id: 'cluster:a:b',
            laneKey: 'demo',
            eventIds: ['a', 'b', 'c'],
            count: 3,
            x: 640,
            x1: 620,
            x2: 660,
            y: 30,
            domain: [0, 1],
          }}
          label="3 events"
          tabIndex={-1}
          focused={false}
          radius={10}
          interaction={{ onClick: noop }}
        />
      </Frame>
    );
  },
};

/** Cause → response arrows between the escalation's events, over their marks. */
export const Links: StoryObj = {
  render: () => (
    <Frame height={layout.height} label="Cause and response arrows">
      <TimelineLinks links={layout.links} highlightIds={new Set(['tower-22-drone-attack'])} markerId="parts-arrow" />
      {layout.marks.map((mark) =>
        mark.type === 'event' ? (
          <TimelineMark
            key={mark.id}
            mark={mark}
            label={mark.id}
            state="idle"
            selected={false}
            tabIndex={-1}
            size={6}
            interaction={{}}
          />
        ) : (
          <TimelineCluster
            key={mark.id}
            cluster={mark}
            label={`${mark.count} events`}
            tabIndex={-1}
            focused={false}
            radius={10}
            interaction={{}}
          />
        ),
      )}
    </Frame>
  ),
};
