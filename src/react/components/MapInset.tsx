import { useMemo, useRef } from 'react';
import type { Dataset } from '../../schema/dataset';
import { layoutMapInset } from '../../layout/layoutMapInset';
import { compareMapPoints, mapPointViews, type MapPointView } from '../../layout/mapPointViews';
import { nextInGroup } from '../../layout/nextInGroup';
import { placeMapLabels } from '../../layout/placeMapLabels';
import { countryLabelAnchors } from '../../layout/countryLabelAnchors';
import { countryName, describeMapInset, type MapMessageOverrides } from '../../i18n/mapMessages';
import { mapMessagesFor } from '../../i18n/catalogue';
import { mergeWords } from '../../i18n/mergeWords';
import { numberFormat } from '../../i18n/intl';
import { DEFAULT_LOCALE, useLocaleSettings } from '../hooks/useLocaleSettings';
import { useControllableState } from '../hooks/useControllableState';
import { useMeasureText } from '../hooks/useMeasureText';
import { useWorldAtlas } from '../hooks/useWorldAtlas';
import { MapLabel } from './MapLabel';
import { MapLand } from './MapLand';
import { MapPoint } from './MapPoint';
import { cx, objects } from './safeData';
import { ThemeScope } from './ThemeScope';
import { GraphicGuard } from './GraphicGuard';
import type { GraphicProps } from './graphicErrors';

export { mapMessagesEn, type MapMessages, type MapMessageOverrides, type PluralMessage } from '../../i18n/mapMessages';
export type { MapPointState } from '../../layout/mapPointViews';

export interface MapInsetProps extends GraphicProps {
  /** A validated dataset: every event with coordinates is placed. */
  dataset: Dataset;
  /** The events in the timeline's current view and filters; the others are dimmed (or hidden). Default: all. */
  visibleIds?: ReadonlySet<string>;
  /** What happens to points with no event in `visibleIds`: "dim" (default) or "hide". */
  outOfView?: 'dim' | 'hide';
  /** The selected event (controlled): its point is marked `data-state="selected"`. */
  selectedId?: string | null;
  /** The event selected at first (uncontrolled). */
  defaultSelectedId?: string | null;
  /** A point was clicked: the id of the event it selects (a group's next event on each click). */
  onSelect?: (id: string) => void;
  /** The event hovered elsewhere (the timeline): its point is marked `data-state="highlighted"`. */
  highlightId?: string | null;
  /** The pointer entered a point (the id of the event it stands for) or left it (null). */
  onHighlight?: (id: string | null) => void;
  /** Size of the map, px (it scales down with its container). Default 320 × 240. */
  width?: number;
  height?: number;
  /** Words to replace (see `mapMessagesEn`); the rest come from the locale. */
  messages?: MapMessageOverrides;
  /** Extra class names for the root element, next to `fp-map-inset`. */
  className?: string;
}

const MARGIN = 8;
const LABEL_FONT_SIZE = 11;
const LINE_HEIGHT = 14;
/** Places closer than this on screen share a point: 24 px, so neighbouring pointer targets never overlap. */
const GROUP_RADIUS = 24;
const PLACE_LABELS = 4;
/** Place labels are semibold; the root's font is measured at its own weight, so leave room. */
const BOLD_ALLOWANCE = 1.1;

function size(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(80, Math.round(value)) : fallback;
}

/** The MapInset itself; `MapInset` puts it behind its error boundary. */
function MapInsetGraphic(props: MapInsetProps) {
  const { dataset, visibleIds, outOfView = 'dim', highlightId = null, locale = DEFAULT_LOCALE, onHighlight } = props;
  const width = size(props.width, 320);
  const height = size(props.height, 240);
  const { tag, lang, rootAttributes, theme } = useLocaleSettings({
    locale,
    calendar: props.calendar,
    numberingSystem: props.numberingSystem,
    dir: props.dir,
    theme: props.theme,
  });
  const messages = useMemo(() => mergeWords(mapMessagesFor(lang), props.messages), [props.messages, lang]);
  const rootRef = useRef<HTMLDivElement>(null);
  const measureRegular = useMeasureText(rootRef, LABEL_FONT_SIZE, rootAttributes['data-fp-theme']);
  const measureText = useMemo(() => (text: string) => measureRegular(text) * BOLD_ALLOWANCE, [measureRegular]);
  const onSelect = props.onSelect;
  const [selectedId, setSelectedId] = useControllableState<string | null>(
    props.selectedId,
    props.defaultSelectedId ?? null,
    onSelect ? (id) => id !== null && onSelect(id) : undefined,
  );

  const events = useMemo(() => objects(dataset?.events), [dataset]);
  const layout = useMemo(
    () => layoutMapInset(events, { width, height, margin: MARGIN, radius: GROUP_RADIUS }),
    [events, width, height],
  );
  const atlas = useWorldAtlas(layout.groups.length > 0);
  const ready = atlas.status === 'ready';
  const points = useMemo(
    () => mapPointViews(layout.groups, { visibleIds, selectedId, highlightId, outOfView }),
    [layout.groups, visibleIds, selectedId, highlightId, outOfView],
  );

  const labels = useMemo(() => {
    const common = { measureText, width, height, lineHeight: LINE_HEIGHT };
    const obstacles = points.map(({ group, r }) => ({ x: group.x, y: group.y, r }));
    const places = placeMapLabels(
      points
        .filter((view) => view.state !== 'dimmed')
        .sort(compareMapPoints)
        .map(({ group, r }) => ({ key: group.key, text: group.shortLabel, x: group.x, y: group.y, r })),
      { ...common, obstacles, limit: PLACE_LABELS, maxWidth: width * 0.4 },
    );
    // Country names only over the land: not before it has loaded.
    const anchors = ready && layout.fitted ? countryLabelAnchors(layout.frame, layout.fitted.project) : [];
    const countries = placeMapLabels(
      anchors.map((anchor) => ({
        key: anchor.code,
        text: countryName(anchor.code, lang, anchor.name).toLocaleUpperCase(lang),
        x: anchor.x,
        y: anchor.y,
        r: 0,
        fit: anchor.maxWidth,
      })),
      { ...common, obstacles, placed: places, maxWidth: width },
    );
    return { places, countries };
  }, [points, measureText, width, height, ready, layout.fitted, layout.frame, lang]);

  const { summary, notes } = describeMapInset(
    { ...layout.framed, visibleIds, failed: atlas.status === 'error' },
    tag,
    messages,
  );
  const rootProps = {
    ...rootAttributes,
    ref: rootRef,
    'data-fp': 'map-inset',
    className: cx('fp-map-inset', props.className),
  };
  if (layout.groups.length === 0) {
    return (
      <ThemeScope theme={theme}>
        <div {...rootProps} data-state="empty">
          <p className="fp-map-inset__note">{messages.mapEmpty}</p>
        </div>
      </ThemeScope>
    );
  }

  const select = ({ pool }: MapPointView) => {
    const next = nextInGroup(pool, selectedId);
    if (next !== undefined) setSelectedId(next);
  };
  const highlight = ({ pool }: MapPointView, on: boolean) =>
    onHighlight?.(on ? (selectedId !== null && pool.includes(selectedId) ? selectedId : (pool[0] ?? null)) : null);

  return (
    <ThemeScope theme={theme}>
      <div {...rootProps} data-state={atlas.status}>
        <svg
          className="fp-map-inset__svg"
          role="img"
          aria-label={summary}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
        >
          <rect className="fp-map-inset__water" width={width} height={height} />
          {ready && layout.fitted && (
            <MapLand
              countries={atlas.countries}
              Mercator={atlas.Mercator}
              scale={layout.fitted.scale}
              translate={layout.fitted.translate}
              width={width}
              height={height}
            />
          )}
          <g className="fp-map-inset__country-labels">
            {labels.countries.map((label) => (
              <MapLabel key={label.key} label={label} className="fp-map-inset__country" />
            ))}
          </g>
          <g className="fp-map-inset__points">
            {points.map((view) => (
              <MapPoint
                key={view.group.key}
                x={view.group.x}
                y={view.group.y}
                r={view.r}
                ids={view.group.ids}
                count={view.count}
                countText={numberFormat(tag).format(view.count)}
                state={view.state}
                approximate={view.group.approximate}
                onSelect={() => select(view)}
                onHighlight={(on) => highlight(view, on)}
              />
            ))}
          </g>
          <g className="fp-map-inset__labels">
            {labels.places.map((label) => (
              <MapLabel key={label.key} label={label} className="fp-map-inset__label" />
            ))}
          </g>
          <rect className="fp-map-inset__frame" width={width} height={height} />
        </svg>
        {notes.map((note) => (
          <p key={note.key} className="fp-map-inset__note">
            {note.text}
          </p>
        ))}
      </div>
    </ThemeScope>
  );
}

/**
 * A small map of where the events happened, linked to the timeline: hovering or selecting on either side
 * marks the other. Land comes from the world-atlas npm package (Natural Earth 1:110m), a dependency, loaded
 * lazily the first time a map mounts, so it works offline, with no tile server, and costs nothing until shown;
 * points and their labels render first (also on the server), the outlines follow (`data-state`
 * "loading" → "ready"). The frame holds the smallest region with 90 % of the located events; the rest
 * are named in a note under the map ("1 event outside the map: Washington").
 *
 * Nearby places share a point with a count. Clicking a point selects its event; clicking a group selects its
 * first event in view, and each further click the next one (in time order, wrapping round), so every event
 * can be reached with the mouse.
 *
 * Accessibility: the map is supplementary. Every place is already in words in the event list and the
 * timeline's detail, so the map is one image (`role="img"`) with a summary as its name ("Map of 30 located
 * events, in Iraq, Syria, Israel and Jordan.") and no tab stops of its own: a dozen more stops that only
 * repeat the list would slow keyboard readers down. Events outside the frame and events without
 * coordinates are said in text under it. Colours come from `--fp-*` properties; selection and hover are
 * shown by a ring, not by colour alone.
 */
export function MapInset(props: MapInsetProps) {
  return (
    <GraphicGuard component="MapInset" props={props}>
      {(dataset) => <MapInsetGraphic {...props} dataset={dataset} />}
    </GraphicGuard>
  );
}
