import { memo } from 'react';
import type { Dataset } from '../../schema/dataset';
import type { AxisDirection, Domain } from '../../layout/types';
import type { MessageOverrides } from '../../i18n/messages';
import type { LocaleProps } from '../hooks/useLocaleSettings';
import { IntensityChart } from './IntensityChart';
import { MapInset } from './MapInset';

export interface TimelinePanelsProps extends Omit<LocaleProps, 'theme'> {
  dataset: Dataset;
  /** The zone of the Timeline's axis under its time display: the chart's days and weeks follow it. */
  timeZone: string | undefined;
  /** The Timeline's word overrides: shared ones (category names, qualifiers) apply to the chart too. */
  messages: MessageOverrides | undefined;
  domain: Domain;
  bounds: Domain;
  onDomainChange: (domain: Domain) => void;
  plotWidth: number;
  /** The Timeline's axis direction: the chart's time runs the same way, so both axes line up. */
  axisDirection: AxisDirection;
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
 * Both get the Timeline's language, calendar, digits and direction.
 */
export const TimelinePanels = memo(function TimelinePanels(props: TimelinePanelsProps) {
  const { dataset, showIntensity, showMap } = props;
  if (!showIntensity && !showMap) return null;
  const localeProps = {
    locale: props.locale,
    calendar: props.calendar,
    numberingSystem: props.numberingSystem,
    dir: props.dir,
  };
  return (
    <div className="fp-timeline__panels">
      {showIntensity && (
        <IntensityChart
          {...localeProps}
          dataset={dataset}
          domain={props.domain}
          bounds={props.bounds}
          onDomainChange={props.onDomainChange}
          width={props.plotWidth}
          axisDirection={props.axisDirection}
          timeZone={props.timeZone}
          messages={props.messages}
        />
      )}
      {showMap && (
        <MapInset
          {...localeProps}
          dataset={dataset}
          visibleIds={props.visibleIds}
          selectedId={props.selectedId}
          highlightId={props.highlightId}
          onSelect={props.onSelect}
          onHighlight={props.onHighlight}
          width={Math.min(MAP_WIDTH, props.plotWidth)}
        />
      )}
    </div>
  );
});
