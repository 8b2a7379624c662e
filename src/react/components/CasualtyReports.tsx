import type { TimelineEvent } from '../../schema/index';
import { casualtyReportParts, describeFigureSpread } from '../../i18n/index';
import type { EventListContext } from './eventListContext';
import { Heading } from './Heading';
import { Message } from './Message';
import { objects, text } from './safeData';
import { SourceLinks } from './SourceLinks';

export interface CasualtyReportsProps {
  event: TimelineEvent;
  context: EventListContext;
}

/**
 * Every casualty report of an event, side by side as a list: figures, status in words with who gives it,
 * as-of date, note and sources. Competing reports are all shown; none is picked silently.
 */
export function CasualtyReports({ event, context }: CasualtyReportsProps) {
  const reports = objects(event.casualties);
  if (reports.length === 0) return null;
  const timeZone = context.zoneOf(event);
  const spreads = (['killed', 'injured'] as const)
    .map((which) => describeFigureSpread(reports, which, { locale: context.locale, messages: context.messages }))
    .filter((spread): spread is string => spread !== null);
  return (
    <>
      <Heading level={context.headingLevel + 1} className="fp-event__section-heading">
        {context.messages.casualtiesHeading}
      </Heading>
      {spreads.map((spread) => (
        <p key={spread} className="fp-casualties__spread">
          {spread}
        </p>
      ))}
      <ul className="fp-casualties__list">
        {reports.map((report, i) => {
          const parts = casualtyReportParts(report, { locale: context.locale, timeZone, messages: context.messages });
          const note = text(report.note);
          return (
            <li key={i} className="fp-casualty" data-status={parts.status}>
              <span className="fp-casualty__figures">
                {parts.group ? (
                  <Message
                    template={context.messages.casualtyGroup}
                    values={{ group: <bdi>{parts.group}</bdi>, figures: parts.counts }}
                  />
                ) : (
                  parts.counts
                )}
              </span>
              {' — '}
              <span className="fp-casualty__status" data-status={parts.status}>
                <Message template={parts.statusByTemplate} values={{ who: <bdi>{parts.who}</bdi> }} />
              </span>
              {parts.asOf && <span className="fp-casualty__as-of"> {parts.asOf}</span>}
              {note && (
                <>
                  {' '}
                  <bdi className="fp-casualty__note">{note}</bdi>
                </>
              )}{' '}
              <SourceLinks ids={report.sources} context={context} timeZone={timeZone} variant="inline" />
            </li>
          );
        })}
      </ul>
    </>
  );
}
