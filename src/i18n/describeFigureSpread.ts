import type { CasualtyReport } from '../schema/casualtyReport';
import type { Figure } from '../schema/figure';
import { en, type Messages } from './messages';
import { interpolate } from './interpolate';
import { formatFigure } from './formatFigure';
import { numberFormat } from './intl';

function numbersIn(figure: Figure | undefined): number[] {
  if (typeof figure === 'number') return [figure];
  if (!figure || typeof figure !== 'object') return [];
  return [figure.value, figure.min, figure.max].filter((n): n is number => typeof n === 'number' && Number.isFinite(n));
}

/**
 * When accounts of one toll disagree, the spread in words: "Killed, by 4 accounts: 1–3". Null when fewer
 * than two accounts give a number or they all agree. Every account stays listed beside it; this only sums up.
 */
export function describeFigureSpread(
  reports: readonly Pick<CasualtyReport, 'killed' | 'injured'>[],
  which: 'killed' | 'injured',
  options: { locale: string; messages?: Messages },
): string | null {
  const messages = options.messages ?? en;
  const numbers: number[] = [];
  let accounts = 0;
  for (const report of reports) {
    const found = numbersIn(report[which]);
    if (found.length === 0) continue;
    accounts += 1;
    numbers.push(...found);
  }
  if (accounts < 2) return null;
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  if (low === high) return null;
  return interpolate(messages.figureSpread, {
    what: which === 'killed' ? messages.figureSpreadKilled : messages.figureSpreadInjured,
    count: numberFormat(options.locale).format(accounts),
    range: formatFigure({ min: low, max: high }, { locale: options.locale, messages }),
  });
}
