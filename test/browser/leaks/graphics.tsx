// Every graphic the leak test mounts and destroys, each with what a reader does to it in between: open an event,
// hover, zoom, filter, move with the keyboard. Each round mounts into a fresh container (see mountAndDestroy.ts).
import { StrictMode, type ReactElement } from 'react';
import {
  Credits,
  EventDetail,
  EventList,
  FilterBar,
  IntensityChart,
  Legend,
  MapInset,
  Timeline,
  VerticalTimeline,
  type TimelineProps,
} from '../../../src/react/index';
import { escalation2023 } from '../../../src/datasets/index';
import { createTheme } from '../../../src/theme/index';
import { TooltipPlot } from './TooltipPlot';
import { click, drag, hover, nextFrame, press, unhover, waitFor } from './interact';
import { brushIntensity, pickMapPoint, readCards, readTimeline, tickFilter, zoomIn } from './readerActions';

export interface Graphic {
  name: string;
  /** Rounds counted after the warm-up (ROUNDS for each graphic; fewer for single options). */
  rounds: number;
  width: number;
  render(): ReactElement;
  /** Waits for the graphic to be drawn, then does what a reader would. */
  interact(host: HTMLElement): Promise<void>;
}

const dataset = escalation2023;
const TOWER_22 = 'tower-22-drone-attack';
const theme = createTheme({ colors: { background: '#f4efe6', surface: '#ebe3d4', text: '#2b2118' } });
const noop = () => undefined;

type Action = (host: HTMLElement) => Promise<void>;

function timeline(name: string, rounds: number, props: Partial<TimelineProps>, ...extras: Action[]) {
  return {
    name,
    rounds,
    width: 1280,
    render: () => <Timeline dataset={dataset} locale="en-GB" {...props} />,
    async interact(host: HTMLElement) {
      await readTimeline(host);
      for (const extra of extras) await extra(host);
      await nextFrame();
    },
  } satisfies Graphic;
}

/** Each graphic: 200 rounds, the figure. */
const ROUNDS = 200;

/**
 * Each option on its own: counts are exact, so a few rounds name the option that leaks a listener, observer, timer
 * or node; a slow heap leak shows in the rounds above.
 */
const OPTION_ROUNDS = 10;

/**
 * The same graphic under StrictMode, as in a host's development build: every effect runs, is cleaned up and runs
 * again at mount, which is where a cleanup that misses half of what it set up shows.
 */
function underStrictMode(graphic: Graphic, rounds: number): Graphic {
  return {
    ...graphic,
    name: `${graphic.name} under StrictMode`,
    rounds,
    render: () => <StrictMode>{graphic.render()}</StrictMode>,
  };
}

/**
 * Every option at once: 100 rounds. At 200 its heap grew 1,406 KB (7 KB a round of V8 compiling this much code, see
 * docs/leaks.md) against a 2,024 KB tolerance, too near for a whole-tab figure inside the full suite; its exact
 * counts are as telling at 100.
 */
const ALL_OPTIONS_ROUNDS = 100;

const ALL_OPTIONS = timeline(
  'Timeline with every option',
  ALL_OPTIONS_ROUNDS,
  { showFilters: true, showIntensity: true, showMap: true, syncHash: true, theme, defaultSelectedId: TOWER_22 },
  tickFilter,
  zoomIn,
  pickMapPoint,
);

const VERTICAL: Graphic = {
  name: 'VerticalTimeline',
  rounds: ROUNDS,
  width: 375,
  render: () => <VerticalTimeline dataset={dataset} locale="en-GB" />,
  interact: readCards,
};

/** Exact counts: a few rounds name a double registration; the heap is the rounds above's business. */
const STRICT_MODE_ROUNDS = 20;

export const GRAPHICS: Graphic[] = [
  timeline('Timeline', ROUNDS, {}),
  ALL_OPTIONS,
  timeline('Timeline showFilters', OPTION_ROUNDS, { showFilters: true }, tickFilter),
  timeline('Timeline showIntensity', OPTION_ROUNDS, { showIntensity: true }),
  timeline('Timeline showMap', OPTION_ROUNDS, { showMap: true }, pickMapPoint),
  timeline('Timeline syncHash', OPTION_ROUNDS, { syncHash: true }),
  timeline('Timeline theme object', OPTION_ROUNDS, { theme }),
  timeline('Timeline event selected', OPTION_ROUNDS, { defaultSelectedId: TOWER_22 }),
  timeline('Timeline zoom step', OPTION_ROUNDS, {}, zoomIn),
  VERTICAL,
  {
    name: 'EventList',
    rounds: ROUNDS,
    width: 720,
    render: () => <EventList dataset={dataset} locale="en-GB" />,
    async interact(host) {
      const item = await waitFor(host, 'ol[data-fp="event-list"] > li[data-event-id]');
      hover(item);
      press(item, 'ArrowDown');
      unhover(item);
    },
  },
  {
    name: 'EventDetail',
    rounds: ROUNDS,
    width: 720,
    render: () => <EventDetail dataset={dataset} eventId={TOWER_22} onSelectEvent={noop} onClose={noop} />,
    async interact(host) {
      const related = await waitFor(host, '.fp-related__button');
      click(related);
      press(related, 'Escape');
    },
  },
  {
    name: 'MapInset',
    rounds: ROUNDS,
    width: 480,
    render: () => <MapInset dataset={dataset} />,
    interact: pickMapPoint,
  },
  {
    name: 'IntensityChart',
    rounds: ROUNDS,
    width: 720,
    render: () => <IntensityChart dataset={dataset} locale="en-GB" />,
    interact: (host) => brushIntensity(host, (brush) => drag(brush, 100, 300)),
  },
  {
    name: 'FilterBar',
    rounds: ROUNDS,
    width: 720,
    render: () => <FilterBar dataset={dataset} locale="en-GB" />,
    interact: tickFilter,
  },
  {
    name: 'Legend',
    rounds: ROUNDS,
    width: 720,
    render: () => <Legend dataset={dataset} locale="en-GB" />,
    interact: (host) => waitFor(host, '[data-fp="legend"]').then(noop),
  },
  {
    name: 'Credits',
    rounds: ROUNDS,
    width: 720,
    render: () => <Credits dataset={dataset} locale="en-GB" />,
    interact: nextFrame,
  },
  {
    name: 'Tooltip',
    rounds: ROUNDS,
    width: 400,
    render: () => <TooltipPlot dataset={dataset} eventId={TOWER_22} />,
    async interact(host) {
      const trigger = await waitFor(host, 'button[data-trigger]');
      hover(trigger);
      await waitFor(host, '[role="tooltip"]');
      press(trigger, 'Escape');
      unhover(trigger);
    },
  },
  underStrictMode(ALL_OPTIONS, STRICT_MODE_ROUNDS),
  underStrictMode(VERTICAL, STRICT_MODE_ROUNDS),
];
