import type { SafeParseResult } from '../schema/safeParseDataset';
import { Timeline } from '../react/components/Timeline';
import { EventList } from '../react/components/EventList';
import { DatasetIssues } from '../react/components/DatasetIssues';
import { StylesheetRootContext } from '../react/hooks/useThemeStylesheet';
import { safeLocale } from '../i18n/intl';
import { textDirection } from '../i18n/localeTag';
import type { EmbedOptions } from './embedOptions';
import { embedMessagesFor } from './embedMessages';
import { ErrorBoundary } from '../react/components/ErrorBoundary';
import { EmbedStatus } from './EmbedStatus';
import type { LoadFailure } from './loadDataset';

/** Where an embed is: waiting for its dataset, unable to get it, or with a (leniently) parsed dataset. */
export type EmbedState =
  { status: 'loading' } | { status: 'failed'; failure: LoadFailure } | { status: 'ready'; parsed: SafeParseResult };

export interface EmbedViewProps {
  state: EmbedState;
  options: EmbedOptions;
  /** The shadow root the embed renders in (theme stylesheets go there), or null for the document. */
  stylesheetRoot: ShadowRoot | null;
  /** A graphic could not be drawn (the Timeline fell back to its list by itself). */
  onRenderError: (error: unknown) => void;
}

/**
 * Everything one embed shows: the status while loading or failed, else the Timeline and what lenient parsing left
 * out. A Timeline that throws falls back to the accessible list of the same events by itself (and reports it);
 * the boundary here is the last line, should the Timeline's own fail.
 */
export function EmbedView({ state, options, stylesheetRoot, onRenderError }: EmbedViewProps) {
  const locale = safeLocale(options.locale);
  const messages = embedMessagesFor(locale);
  const dir = options.dir ?? textDirection(locale);
  const localeProps = {
    locale,
    calendar: options.calendar,
    numberingSystem: options.numberingSystem,
    dir: options.dir,
    theme: options.theme,
  };
  let content;
  if (state.status === 'loading') content = <EmbedStatus state="loading" messages={messages} />;
  else if (state.status === 'failed')
    content = <EmbedStatus state="failed" messages={messages} failure={state.failure} />;
  else {
    const { dataset, issues } = state.parsed;
    const list = (
      <>
        <p data-fp="embed-status" data-state="list-instead">
          {messages.listInstead}
        </p>
        <ErrorBoundary resetKey={state.parsed} fallback={<EmbedStatus state="renderFailed" messages={messages} />}>
          <EventList
            {...localeProps}
            dataset={dataset}
            timeZone={options.timeZone}
            timeDisplay={options.timeDisplay}
            headingLevel={options.headingLevel}
          />
        </ErrorBoundary>
      </>
    );
    content = (
      <>
        <ErrorBoundary resetKey={state.parsed} fallback={list} onError={onRenderError}>
          <Timeline
            {...localeProps}
            dataset={dataset}
            timeZone={options.timeZone}
            timeDisplay={options.timeDisplay}
            axisDirection={options.axisDirection}
            showFilters={options.showFilters}
            showIntensity={options.showIntensity}
            showMap={options.showMap}
            showLegend={options.showLegend}
            showCredits={options.showCredits}
            syncHash={options.syncHash}
            defaultSelectedId={options.selectedId}
            headingLevel={options.headingLevel}
            highlightSince={options.highlightSince}
            onError={onRenderError}
          />
        </ErrorBoundary>
        {issues.length > 0 && options.showIssues !== false ? (
          <ErrorBoundary resetKey={state.parsed} fallback={null}>
            <DatasetIssues
              {...localeProps}
              issues={issues}
              headingLevel={Math.min(6, (options.headingLevel ?? 2) + 1)}
            />
          </ErrorBoundary>
        ) : null}
      </>
    );
  }
  return (
    <StylesheetRootContext.Provider value={stylesheetRoot}>
      <div data-fp="embed" lang={locale} dir={dir} aria-busy={state.status === 'loading' ? true : undefined}>
        {content}
      </div>
    </StylesheetRootContext.Provider>
  );
}
