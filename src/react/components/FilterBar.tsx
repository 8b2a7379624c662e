import { useCallback, useId, useMemo } from 'react';
import type { Dataset } from '../../schema/index';
import { countFilterOptions } from '../../state/countFilterOptions';
import { emptyFilters, type FilterListFacet, type FilterMode, type Filters } from '../../state/filterModel';
import { filtersToHash } from '../../state/filtersToHash';
import { keepKnownFilters } from '../../state/keepKnownFilters';
import { normalizeFilters } from '../../state/normalizeFilters';
import { toggleFilterValue } from '../../state/toggleFilterValue';
import {
  filterMessagesEn,
  mergeFilterMessages,
  type FilterMessageOverrides,
  type FilterMessages,
} from '../../i18n/filterMessages';
import { filterMessagesFor } from '../../i18n/catalogue';
import { interpolate } from '../../i18n/interpolate';
import { numberFormat } from '../../i18n/intl';
import { DEFAULT_LOCALE, useLocaleSettings } from '../hooks/useLocaleSettings';
import { useControllableState } from '../hooks/useControllableState';
import { useHashFilters } from '../hooks/useHashFilters';
import { FilterFacet } from './FilterFacet';
import { FilterSelect } from './FilterSelect';
import { cx, objects } from './safeData';
import { ThemeScope } from './ThemeScope';
import { GraphicBoundary } from './GraphicBoundary';
import type { GraphicProps } from './graphicErrors';

export { filterMessagesEn, type FilterMessages, type FilterMessageOverrides };

export interface FilterBarProps extends GraphicProps {
  /** A validated dataset: its events are counted and filtered, its actors name the actor options. */
  dataset: Dataset;
  /** The filters in force (controlled). */
  filters?: Filters;
  /** The filters at first (uncontrolled). Default: none. */
  defaultFilters?: Filters;
  /** Called with the new filters, in their canonical form (`normalizeFilters`), whenever the reader changes them. */
  onFiltersChange?: (filters: Filters) => void;
  /** What happens to events left out: dimmed or hidden (the Timeline's `filterMode`), controlled. */
  mode?: FilterMode;
  /** The mode at first (uncontrolled). Default "dim". */
  defaultMode?: FilterMode;
  /** Given, the bar offers the reader the choice between dimming and hiding the events left out. */
  onModeChange?: (mode: FilterMode) => void;
  /** Words to replace, by key (`clearFilters`, `summary`, `status`, `category` …); the rest come from the locale. */
  messages?: FilterMessageOverrides;
  /** Extra class names for the root element, next to `fp-filter-bar`. */
  className?: string;
  /**
   * Keep the filters in the page URL (`#cat=attack&sig=3`, beside `#event=`): read on mount and when the
   * hash changes, written on every change (replacing the history entry). Default false.
   */
  syncHash?: boolean;
  /**
   * Announce the "Showing N of M events" summary in a polite live region. Default true; Timeline turns it off
   * because its own live region says the same with the dates in view (one announcement, not two).
   */
  announce?: boolean;
}

const FACETS: readonly { facet: FilterListFacet; name: keyof FilterMessages }[] = [
  { facet: 'categories', name: 'categoryFacet' },
  { facet: 'actors', name: 'actorFacet' },
  { facet: 'countries', name: 'countryFacet' },
  { facet: 'statuses', name: 'statusFacet' },
];

/** The FilterBar itself; `FilterBar` puts it behind its error boundary. */
function FilterBarGraphic(props: FilterBarProps) {
  const { dataset, locale = DEFAULT_LOCALE, className, syncHash = false } = props;
  const prefix = `fp${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const { tag, lang, rootAttributes, theme } = useLocaleSettings({
    locale,
    calendar: props.calendar,
    numberingSystem: props.numberingSystem,
    dir: props.dir,
    theme: props.theme,
  });
  const messages = useMemo(() => mergeFilterMessages(props.messages, filterMessagesFor(lang)), [props.messages, lang]);
  const events = useMemo(() => objects(dataset?.events), [dataset]);
  const [rawFilters, setFilters] = useControllableState(
    props.filters,
    props.defaultFilters ?? emptyFilters,
    props.onFiltersChange,
  );
  const filters = useMemo(() => normalizeFilters(rawFilters), [rawFilters]);
  const [mode, setMode] = useControllableState<FilterMode>(props.mode, props.defaultMode ?? 'dim', props.onModeChange);

  const change = useCallback(
    (next: Filters) => {
      if (filtersToHash('', next) !== filtersToHash('', filters)) setFilters(normalizeFilters(next));
    },
    [filters, setFilters],
  );
  const sanitize = useCallback((found: Filters) => keepKnownFilters(found, events), [events]);
  useHashFilters({ filters, onHashFilters: change, sanitize, readHash: syncHash, syncHash });

  const options = useMemo(
    () =>
      countFilterOptions(events, filters, dataset, {
        locale: lang,
        labels: { category: messages.category, status: messages.status },
      }),
    [events, filters, dataset, lang, messages],
  );
  const format = numberFormat(tag);
  const formatCount = (count: number) => format.format(count);
  const significance = options.significance.map((option) => ({
    value: String(option.value) as `${typeof option.value}`,
    label: interpolate(
      option.value === 1
        ? messages.significanceAny
        : option.value === 5
          ? messages.significanceTop
          : messages.significanceAtLeast,
      { n: formatCount(option.value), count: formatCount(option.count) },
    ),
  }));
  const summary = interpolate(options.matched === options.total ? messages.summaryAll : messages.summary, {
    shown: formatCount(options.matched),
    total: formatCount(options.total),
  });

  return (
    <ThemeScope theme={theme}>
      <div
        {...rootAttributes}
        role="search"
        aria-label={messages.filtersLabel}
        data-fp="filter-bar"
        className={cx('fp-filter-bar', className)}
      >
        <div className="fp-filter-bar__facets">
          {FACETS.map(({ facet, name }) => (
            <FilterFacet
              key={facet}
              facet={facet}
              name={messages[name] as string}
              options={options[facet]}
              inputName={`${prefix}-${facet}`}
              onToggle={(value, chosen) => change(toggleFilterValue(filters, facet, value, chosen))}
              formatCount={formatCount}
              messages={messages}
            />
          ))}
        </div>
        <div className="fp-filter-bar__controls">
          <FilterSelect
            control="significance"
            label={messages.significanceLabel}
            value={String(filters.minSignificance ?? 1) as `${1 | 2 | 3 | 4 | 5}`}
            options={significance}
            onChange={(value) => change({ ...filters, minSignificance: Number(value) as Filters['minSignificance'] })}
          />
          {props.onModeChange && (
            <FilterSelect
              control="mode"
              label={messages.modeLabel}
              value={mode}
              options={[
                { value: 'dim', label: messages.modeDim },
                { value: 'hide', label: messages.modeHide },
              ]}
              onChange={setMode}
            />
          )}
          <button type="button" className="fp-filter-bar__clear" onClick={() => change(emptyFilters)}>
            {messages.clearFilters}
          </button>
        </div>
        <p className="fp-filter-bar__status" role={props.announce === false ? undefined : 'status'}>
          {summary}
        </p>
      </div>
    </ThemeScope>
  );
}

/**
 * Filters by category, actor (acting or targeted), country, claim status of the figures and significance,
 * each option with the number of events it would show; a live summary says how many events are shown.
 * Native controls only (disclosures, fieldsets, checkboxes, selects), so it works with any keyboard and
 * screen reader, and facets fold to one line each on a phone.
 */
export function FilterBar(props: FilterBarProps) {
  return (
    <GraphicBoundary component="FilterBar" props={props}>
      <FilterBarGraphic {...props} />
    </GraphicBoundary>
  );
}
