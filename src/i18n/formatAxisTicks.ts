import { toWallClock } from '../layout/toWallClock';
import type { AxisLayout, AxisTick, TickPosition, TickSet, TickUnit } from '../layout/types';
import { formatZoneName } from './formatZoneName';
import { interpolate } from './interpolate';
import { dateTimeFormat, resolveTimeZone } from './intl';
import { en, type Messages } from './messages';

export interface FormatAxisTicksOptions {
  /** BCP 47 locale, always explicit. */
  locale: string;
  /** The zone the ticks were chosen in (chooseTicks' `timeZone`). */
  timeZone: string;
  messages?: Messages;
}

type Options = Intl.DateTimeFormatOptions;

const DAY = 86_400_000;

const TIME: Options = { hour: '2-digit', minute: '2-digit' };
/** As formatEventDate writes a day (the Hebrew calendar's own numerals with it). */
const DAY_MONTH_YEAR: Options = { dateStyle: 'long' };

/** Short labels under the axis: "17", "06:00", "Oct", "2023". */
const MINOR: Record<TickUnit, Options> = {
  minute: TIME,
  hour: TIME,
  day: { day: 'numeric' },
  week: { day: 'numeric' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};

/** Long labels above them: "17 October 2023", "October 2023", "2023". */
const MAJOR: Record<TickUnit, Options> = {
  minute: DAY_MONTH_YEAR,
  hour: DAY_MONTH_YEAR,
  day: DAY_MONTH_YEAR,
  week: DAY_MONTH_YEAR,
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

const FINER_THAN_DAY = new Set<TickUnit>(['minute', 'hour']);

/**
 * Words for the ticks chooseTicks picked, through Intl with an explicit locale and zone: short minor
 * labels ("17", "06:00", "Oct", "2023"), long major ones ("October 2023", "17 October 2023", "2023"),
 * a full label for each (with the zone for times of day), and the zone named for the axis.
 * When hour ticks sit under month ticks (no day row), a tick at local midnight says which day: "17 Oct".
 */
export function formatAxisTicks(ticks: TickSet, options: FormatAxisTicksOptions): AxisLayout {
  const { locale } = options;
  const messages = options.messages ?? en;
  const timeZone = resolveTimeZone(options.timeZone);
  const format = (time: number, opts: Options) => dateTimeFormat(locale, { timeZone, ...opts }).format(time);
  const middle = ticks.minor[ticks.minor.length >> 1] ?? ticks.major[0];
  const zoneLabel = formatZoneName(timeZone, middle?.time ?? 0, { locale, messages });

  const fullLabel = (time: number, unit: TickUnit) => {
    const date = format(time, MAJOR[unit]);
    if (!FINER_THAN_DAY.has(unit)) return date;
    const dateTime = interpolate(messages.dateTime, { date, time: format(time, TIME) });
    return interpolate(messages.dateTimeWithZone, { dateTime, zone: zoneLabel });
  };
  const noDayRow = FINER_THAN_DAY.has(ticks.unit) && ticks.majorUnit !== 'day';
  const minorLabel = (time: number) => {
    if (noDayRow && toWallClock(time, timeZone) % DAY === 0) {
      return format(time, { day: 'numeric', month: 'short' });
    }
    return format(time, MINOR[ticks.unit]);
  };
  const label = (tick: TickPosition, text: string, unit: TickUnit): AxisTick => ({
    ...tick,
    label: text,
    fullLabel: fullLabel(tick.time, unit),
  });

  return {
    minor: ticks.minor.map((tick) => label(tick, minorLabel(tick.time), ticks.unit)),
    major: ticks.major.map((tick) => label(tick, format(tick.time, MAJOR[ticks.majorUnit]), ticks.majorUnit)),
    unit: ticks.unit,
    majorUnit: ticks.majorUnit,
    zoneLabel,
  };
}
