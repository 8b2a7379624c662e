import type { Aggregate } from '../../schema/aggregate';
import type { Random } from './random';
import type { Slot } from './slots';
import type { ZoneClock } from './zoneClock';

const DAY = 86_400_000;

interface Series {
  id: string;
  label: string;
  source: string;
  /** About one count per this many days. */
  cadence: number;
  max: number;
}

const OFFICIAL: Series = {
  id: 'synthetic-official',
  label: 'Synthetic Coalition Command',
  source: 'syn-official',
  cadence: 10,
  max: 60,
};
const MONITOR: Series = {
  id: 'synthetic-monitor',
  label: 'Synthetic Regional Monitor',
  source: 'syn-monitor',
  cadence: 14,
  max: 45,
};

function date(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10);
}

/** Days (from 0) on which a series publishes: spread over the period, increasing, the last near its end. */
function asOfDays(days: number, series: Series, random: Random): number[] {
  const n = Math.min(series.max, Math.max(3, Math.round(days / series.cadence)));
  const out: number[] = [];
  for (let j = 0; j < n; j++) {
    const even = Math.floor(((j + 1) * days) / n) - 1 - random.int(0, 2);
    const after = out.length > 0 ? out[out.length - 1]! + 1 : 0;
    out.push(Math.min(days - 1, Math.max(after, even)));
  }
  return out.filter((day, j) => j === 0 || day > out[j - 1]!);
}

/**
 * Cumulative counts of attacks in two series that never mix: the command counts only the attacks it confirms
 * (with a breakdown by country), the monitor also counts claimed ones and says "at least". One pass, O(n).
 */
export function aggregatesFor(
  slots: Slot[],
  days: number,
  startWall: number,
  clock: ZoneClock,
  random: Random,
): Aggregate[] {
  const attacks = slots.filter((slot) => slot.category === 'attack');
  const confirmed = attacks.map(() => random.chance(0.9));
  const periodStart = date(startWall);
  const out: Aggregate[] = [];

  for (const series of [OFFICIAL, MONITOR]) {
    let next = 0;
    let counted = 0;
    const byCountry: Record<string, number> = {};
    asOfDays(days, series, random).forEach((day, j) => {
      const cutoff = clock.wallToEpoch(startWall + (day + 1) * DAY);
      for (; next < attacks.length && attacks[next]!.epoch < cutoff; next++) {
        if (series === MONITOR || confirmed[next]) {
          counted++;
          const country = attacks[next]!.place?.countryKey ?? 'unknown';
          byCountry[country] = (byCountry[country] ?? 0) + 1;
        }
      }
      const official = series === OFFICIAL;
      const count = official ? counted : counted + Math.floor(counted * 0.15);
      const aggregate: Aggregate = {
        id: `agg-${official ? 'official' : 'monitor'}-${String(j + 1).padStart(3, '0')}`,
        series: series.id,
        seriesLabel: series.label,
        measure: official ? 'attacks on coalition forces' : 'attacks',
        asOf: date(startWall + day * DAY),
        periodStart,
        count,
        qualifier: official ? 'exact' : 'at-least',
        text: official ? `${count} attacks on coalition forces since ${periodStart}` : `at least ${count} attacks`,
        sources: [series.source],
      };
      if (official) aggregate.breakdown = { ...byCountry };
      else aggregate.note = 'Includes attacks claimed by armed groups but not confirmed.';
      out.push(aggregate);
    });
  }
  return out;
}
