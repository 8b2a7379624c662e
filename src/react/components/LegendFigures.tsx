import type { FigureStatus } from '../../layout/figureStatus';
import type { Messages } from '../../i18n/messages';
import { categoryShape } from '../../theme/categoryShapes';
import { useTheme } from '../hooks/themeContext';
import { MarkFigureBadge } from './MarkFigureBadge';

/** Statuses in the order a reader checks them, with the words that explain their drawing. */
const ENTRIES: { status: FigureStatus; words: keyof Messages['legendFigures'] }[] = [
  { status: 'confirmed', words: 'confirmed' },
  { status: 'reported', words: 'reported' },
  { status: 'claimed', words: 'claimed' },
  { status: 'denied', words: 'denied' },
  { status: 'unverified', words: 'unverified' },
  { status: 'contested', words: 'contested' },
];

export interface LegendFiguresProps {
  statuses: ReadonlySet<FigureStatus>;
  messages: Messages;
}

/** Legend entries for how far casualty figures hold: the mark drawn as on the graphic, and the words. */
export function LegendFigures({ statuses, messages }: LegendFiguresProps) {
  const theme = useTheme();
  return (
    <>
      {ENTRIES.filter((entry) => statuses.has(entry.status)).map(({ status, words }) => (
        <li key={status} className="fp-legend__item fp-legend__figures" data-entry="figures" data-figures={status}>
          <svg
            className="fp-legend__swatch"
            viewBox="-2 -4 22 20"
            width="22"
            height="20"
            aria-hidden="true"
            focusable="false"
          >
            <path className="fp-mark__symbol" d={categoryShape(theme, 'context')} />
            {status === 'denied' && <line className="fp-mark__denied" x1={0} y1={16} x2={16} y2={0} />}
            <MarkFigureBadge status={status} x={15} y={6} />
          </svg>
          <span className="fp-legend__text">{messages.legendFigures[words]}</span>
        </li>
      ))}
    </>
  );
}
