import type { Dataset } from '../../schema/dataset';
import { useLocaleSettings, type LocaleProps } from '../hooks/useLocaleSettings';
import { EventList } from './EventList';

export interface GraphicFallbackProps extends LocaleProps {
  /** The failed component's name, kept as `data-failed` for hosts' styles and tests. */
  component: string;
  dataset: Dataset | undefined;
}

/**
 * What a graphic that could not be drawn leaves on the page: a sentence saying so, then its events as the
 * accessible list (or, should that fail too, as plain dates and titles). The reader still gets the story.
 */
export function GraphicFallback({ component, dataset, ...localeProps }: GraphicFallbackProps) {
  const { messages, rootAttributes } = useLocaleSettings(localeProps);
  return (
    <div {...rootAttributes} data-fp="graphic-fallback" data-failed={component} className="fp-graphic-fallback">
      <p className="fp-graphic-fallback__message">{messages.graphicFailed}</p>
      {/* EventList has its own boundary: should it fail too, plain dates and titles. */}
      <EventList dataset={dataset as Dataset} {...localeProps} />
    </div>
  );
}
