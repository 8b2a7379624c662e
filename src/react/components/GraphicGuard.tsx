import { useMemo, type ReactNode } from 'react';
import type { Dataset } from '../../schema/dataset';
import { limitDataset } from '../../schema/limitDataset';
import { GraphicBoundary } from './GraphicBoundary';
import { GraphicFallback } from './GraphicFallback';
import { LimitNote } from './LimitNote';
import type { GraphicProps } from './graphicErrors';

export interface GraphicGuardProps {
  /** The public component's name, for `onError` and `data-failed`. */
  component: string;
  props: GraphicProps & { dataset: Dataset };
  /** The graphic, drawn from the dataset it is given (cut to MAX_EVENTS when it has more). */
  children: (dataset: Dataset) => ReactNode;
}

/**
 * What stands around a graphic of events (Timeline, VerticalTimeline, MapInset, IntensityChart): a dataset over the
 * stated limit is cut, with a note saying so, and a failure falls back to the list of the events.
 */
export function GraphicGuard({ component, props, children }: GraphicGuardProps) {
  const { locale, calendar, numberingSystem, dir, theme } = props;
  const localeProps = { locale, calendar, numberingSystem, dir, theme };
  // Not a list: a host may hand over anything; the graphic's own defences deal with it.
  const limited = useMemo(
    () => (Array.isArray(props.dataset?.events) ? limitDataset(props.dataset) : null),
    [props.dataset],
  );
  const dataset = limited?.dataset ?? props.dataset;
  return (
    <>
      {limited && limited.leftOut > 0 && (
        <LimitNote total={limited.total} shown={dataset.events.length} {...localeProps} />
      )}
      <GraphicBoundary
        component={component}
        props={props}
        fallback={<GraphicFallback component={component} dataset={dataset} {...localeProps} />}
      >
        {children(dataset)}
      </GraphicBoundary>
    </>
  );
}
