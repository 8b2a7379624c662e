import { useId, useMemo } from 'react';
import { BUILT_IN_CATEGORIES } from '../../schema/builtInCategories';
import type { Dataset } from '../../schema/index';
import type { MessageOverrides, Messages } from '../../i18n/index';
import { numberFormat } from '../../i18n/intl';
import { DEFAULT_LOCALE, useLocaleSettings } from '../hooks/useLocaleSettings';
import { CategoryLabel } from './CategoryLabel';
import { buildEventListContext } from './eventListContext';
import { figureStatus, type FigureStatus } from '../../layout/figureStatus';
import { LegendFigures } from './LegendFigures';
import { LegendSwatch, type LegendMark } from './LegendSwatch';
import { cx, objects, text } from './safeData';
import { ThemeScope } from './ThemeScope';
import { GraphicBoundary } from './GraphicBoundary';
import type { GraphicProps } from './graphicErrors';

export type { LegendMark } from './LegendSwatch';

/** An entry of the legend: every category present, or one mark encoding. */
export type LegendItem = 'categories' | LegendMark;

/** Every entry, in the order the legend shows them. */
export const LEGEND_ITEMS: readonly LegendItem[] = [
  'categories',
  'point',
  'range',
  'approximate',
  'cluster',
  'link',
  'phase',
];

export interface LegendProps extends GraphicProps {
  /** The dataset the graphic draws: its categories are listed, and entries it cannot need are left out. */
  dataset: Dataset;
  /** Words to replace, by key (`category`, `legendLabel`, `legendPoint` …); the rest stay English. */
  messages?: MessageOverrides;
  /** Explain how marks show the status of their casualty figures (only statuses present). Default true. */
  showFigureStatus?: boolean;
  /** Extra class names for the root element, next to `fp-legend`. */
  className?: string;
  /**
   * Which entries to show, in the legend's order. Default: the categories present, point, approximate and
   * cluster always; range, link and phase when the dataset has ranges, related events and phases.
   */
  items?: readonly LegendItem[];
}

const MARK_WORDS: Record<LegendMark, keyof Messages> = {
  point: 'legendPoint',
  range: 'legendRange',
  approximate: 'legendApproximate',
  cluster: 'legendCluster',
  link: 'legendLink',
  phase: 'legendPhase',
};

/** Categories used by the events: built-in ones in their usual order, then the dataset's own, then the rest. */
function categoriesIn(dataset: Dataset | null | undefined): string[] {
  const used = new Set(
    objects(dataset?.events)
      .map((event) => text(event.category))
      .filter(Boolean),
  );
  const order = [...BUILT_IN_CATEGORIES, ...objects(dataset?.categories).map((c) => text(c.id)), ...used];
  return [...new Set(order)].filter((id) => used.has(id));
}

function defaultItems(dataset: Dataset | null | undefined): LegendItem[] {
  const events = objects(dataset?.events);
  const has: Record<LegendItem, boolean> = {
    categories: true,
    point: true,
    range: events.some((event) => typeof event.end === 'string'),
    approximate: true,
    cluster: true,
    link: events.some((event) => objects(event.related).length > 0),
    phase: objects(dataset?.phases).length > 0,
  };
  return LEGEND_ITEMS.filter((item) => has[item]);
}

function statusesIn(dataset: Dataset | null | undefined): Set<FigureStatus> {
  const found = new Set<FigureStatus>();
  for (const event of Array.isArray(dataset?.events) ? dataset.events : []) {
    const status = figureStatus(Array.isArray(event?.casualties) ? event.casualties : []);
    if (status !== 'none') found.add(status);
  }
  return found;
}

/** The Legend itself; `Legend` puts it behind its error boundary. */
function LegendGraphic({
  dataset,
  locale = DEFAULT_LOCALE,
  calendar,
  numberingSystem,
  dir,
  theme,
  messages: overrides,
  className,
  items,
  showFigureStatus = true,
}: LegendProps) {
  const labelId = `fp-${useId().replace(/[^A-Za-z0-9_-]/g, '')}-legend`;
  const {
    tag,
    messages,
    rootAttributes,
    theme: themeInForce,
  } = useLocaleSettings({
    locale,
    calendar,
    numberingSystem,
    dir,
    theme,
    messages: overrides,
  });
  const { context } = useMemo(
    () => buildEventListContext(dataset, { locale: tag, messages, headingLevel: 3, idPrefix: labelId }),
    [dataset, tag, messages, labelId],
  );
  const wanted = Array.isArray(items) ? LEGEND_ITEMS.filter((item) => items.includes(item)) : defaultItems(dataset);
  const categories = wanted.includes('categories') ? categoriesIn(dataset) : [];
  const marks = wanted.filter((item): item is LegendMark => item !== 'categories');
  const figureStatuses = useMemo(() => statusesIn(dataset), [dataset]);
  const showFigures = showFigureStatus && figureStatuses.size > 0;
  return (
    <ThemeScope theme={themeInForce}>
      <div {...rootAttributes} data-fp="legend" className={cx('fp-legend', className)}>
        <p className="fp-legend__label" id={labelId}>
          {messages.legendLabel}
        </p>
        <ul className="fp-legend__list" aria-labelledby={labelId}>
          {categories.map((category) => (
            <li key={`category:${category}`} className="fp-legend__item" data-entry="category" data-category={category}>
              <CategoryLabel category={category} context={context} symbol="shape" />
            </li>
          ))}
          {showFigures && <LegendFigures statuses={figureStatuses} messages={messages} />}
          {marks.map((mark) => (
            <li key={mark} className="fp-legend__item" data-entry={mark}>
              <LegendSwatch mark={mark} formatNumber={(n) => numberFormat(tag).format(n)} />
              <span className="fp-legend__text">{messages[MARK_WORDS[mark]] as string}</span>
            </li>
          ))}
        </ul>
      </div>
    </ThemeScope>
  );
}

/**
 * The key to the graphic, in words: each category present with its symbol and colour, then how marks
 * encode time (point, range, approximate span, cluster with a count), cause → response arrows and phase
 * bands. Drawings are decorative and coloured only through --fp-* properties; the words carry the meaning.
 */
export function Legend(props: LegendProps) {
  return (
    <GraphicBoundary component="Legend" props={props}>
      <LegendGraphic {...props} />
    </GraphicBoundary>
  );
}
