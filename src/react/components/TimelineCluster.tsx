import type { DOMAttributes } from 'react';
import type { ClusterMark } from '../../layout/types';
import { anyNew, newEventName, useNewEventsContext } from '../hooks/newEventsContext';
import { MarkNewBadge } from './MarkNewBadge';

/**
 * A cluster lists its events' ids in `data-event-ids` up to this many: past it, the list would be megabytes of
 * attributes rewritten on every frame at 100,000 events (data-count still says how many).
 */
const LISTED_IDS = 100;

export interface TimelineClusterProps {
  cluster: ClusterMark;
  /** Accessible name, e.g. "5 events, 12 October to 14 October 2023. Select to zoom in." */
  label: string;
  /** The count as shown, in the locale's digits (the same as in the name). Default: the count in Latin digits. */
  countText?: string;
  tabIndex: 0 | -1;
  focused: boolean;
  /** None of its events match the active filters. */
  dimmed?: boolean;
  radius: number;
  interaction: DOMAttributes<SVGGElement>;
}

/** Events too close to tell apart at this zoom, drawn as one mark with their count; activating it zooms in. */
export function TimelineCluster({
  cluster,
  label,
  countText,
  tabIndex,
  focused,
  dimmed = false,
  radius,
  interaction,
}: TimelineClusterProps) {
  const newEvents = useNewEventsContext();
  // Some of its events are new: the cluster says so, until zooming in shows which.
  const hasNew = anyNew(newEvents, cluster.eventIds);
  return (
    <g
      className="fp-cluster"
      data-mark-key={cluster.id}
      data-cluster-id={cluster.id}
      data-event-ids={cluster.count <= LISTED_IDS ? cluster.eventIds.join(' ') : undefined}
      data-count={cluster.count}
      data-state={focused ? 'focused' : dimmed ? 'dimmed' : 'idle'}
      data-new={hasNew ? 'true' : undefined}
      role="button"
      aria-label={hasNew ? newEventName(newEvents, label) : label}
      tabIndex={tabIndex}
      {...interaction}
    >
      {cluster.x2 - cluster.x1 > radius * 2 && (
        <rect
          className="fp-cluster__extent"
          x={cluster.x1}
          y={cluster.y - 2}
          width={cluster.x2 - cluster.x1}
          height={4}
          rx={2}
        />
      )}
      <circle className="fp-cluster__disc" cx={cluster.x} cy={cluster.y} r={radius} />
      <text className="fp-cluster__count" x={cluster.x} y={cluster.y} textAnchor="middle" dominantBaseline="central">
        {countText ?? cluster.count}
      </text>
      {hasNew && <MarkNewBadge x={cluster.x - radius} y={cluster.y - radius} />}
      <circle className="fp-mark__ring" cx={cluster.x} cy={cluster.y} r={radius + 4} />
    </g>
  );
}
