import { useContext, useMemo, type ErrorInfo, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { EnclosingGraphic, toError, type GraphicErrorHandler, type GraphicProps } from './graphicErrors';
import { PartFallback } from './PartFallback';

export interface GraphicBoundaryProps {
  /** The public component's name, for `onError`. */
  component: string;
  /** The graphic's own props: its dataset (a new one gets a new try), `onError`, language and theme. */
  props: GraphicProps & { dataset?: unknown };
  /** What a failed graphic shows when it stands on its own. Default, and always inside another graphic: a sentence. */
  fallback?: ReactNode;
  children: ReactNode;
}

const ignore: GraphicErrorHandler = () => {};

/**
 * The boundary around one public graphic. A failure is reported to the graphic's `onError`, or, for a part drawn
 * inside another graphic, to that graphic's; the page never sees it.
 */
export function GraphicBoundary({ component, props, fallback, children }: GraphicBoundaryProps) {
  const enclosing = useContext(EnclosingGraphic);
  const handler = props.onError ?? enclosing?.report ?? ignore;
  const forParts = useMemo(() => ({ report: handler }), [handler]);
  const report = (error: unknown, info: ErrorInfo) =>
    handler(toError(error), { component, ...(info.componentStack && { componentStack: info.componentStack }) });
  const { locale, calendar, numberingSystem, dir, theme } = props;
  const sentence = <PartFallback component={component} {...{ locale, calendar, numberingSystem, dir, theme }} />;
  return (
    <ErrorBoundary resetKey={props.dataset} onError={report} fallback={enclosing ? sentence : (fallback ?? sentence)}>
      <EnclosingGraphic.Provider value={forParts}>{children}</EnclosingGraphic.Provider>
    </ErrorBoundary>
  );
}
