import { memo } from 'react';
import type { Dataset } from '../../schema/dataset';
import type { Domain } from '../../layout/types';
import { IntensityChart } from './IntensityChart';
import { MapInset } from './MapInset';

export interface TimelinePanelsProps {
  dataset: Dataset;
  locale: string;
  timeZone: string | undefined;
  domain: Domain;
  bounds: Domain;
  onDomainChange: (domain: Domain) => void;
  plotWidth: number;
  showIntensity: boolean;
  showMap: boolean;
  /** Events in view (domain and filters), for the map. */
  visibleIds: ReadonlySet<string>;
  selectedId: string | null;
  highlightId: string | null;
  onSelect: (id: string) => void;
  onHighlight: (id: string | null) => void;
}

const MAP_WIDTH = 320;

/**
 * What the Timeline adds under its graphic when asked: the intensity chart on the same time axis (its
 * brush sets the shared domain) and the map of the places in view, linked both ways by selection and hover.
 */
export const TimelinePanels = memo(function TimelinePanels(props: TimelinePanelsProps) {
  const { dataset, showIntensity, showMap } = props;
  if (!showIntensity && !showMap) return null;
  return (
    <div className="fp-timeline__panels">
      {showIntensity && (
        <IntensityChart
          dataset={dataset}
          domain={props.domain}
          bounds={props.bounds}
          onDomainChange={props.onDomainChange}
          width={props.plotWidth}
          locale={props.locale}
          timeZone={props.timeZone}
        />
      )}
      {showMap && (
        <MapInset
          dataset={dataset}
          visibleIds={props.visibleIds}
          selectedId={props.selectedId}
          highlightId={props.highlightId}
          onSelect={props.onSelect}
          onHighlight={props.onHighlight}
          width={Math.min(MAP_WIDTH, props.plotWidth)}
          locale={props.locale}
        />
      )}
    </div>
  );
});
