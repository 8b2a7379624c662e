import type { TimelineEvent } from '../../schema/index';
import type { EventListContext } from './eventListContext';
import { Heading } from './Heading';
import { Message } from './Message';
import { objects, text } from './safeData';
import { SourceLinks } from './SourceLinks';

export interface DisputeListProps {
  event: TimelineEvent;
  context: EventListContext;
}

/** What sources disagree about: the topic, each claim with who makes it, and the assessment if any. */
export function DisputeList({ event, context }: DisputeListProps) {
  const disputes = objects(event.disputes).filter((dispute) => text(dispute.topic) || objects(dispute.claims).length);
  if (disputes.length === 0) return null;
  const { messages } = context;
  const timeZone = context.zoneOf(event);
  return (
    <>
      <Heading level={context.headingLevel + 1} className="fp-event__section-heading">
        {messages.disputesHeading}
      </Heading>
      <ul className="fp-disputes__list">
        {disputes.map((dispute, d) => {
          const resolved = dispute.status === 'resolved';
          const assessment = text(dispute.assessment);
          return (
            <li key={d} className="fp-dispute" data-state={resolved ? 'resolved' : 'open'}>
              <p className="fp-dispute__topic">
                <bdi>{text(dispute.topic)}</bdi>{' '}
                <span className="fp-dispute__status">
                  ({resolved ? messages.disputeResolved : messages.disputeOpen})
                </span>
              </p>
              <ul className="fp-dispute__claims">
                {objects(dispute.claims).map((claim, c) => (
                  <li key={c} className="fp-dispute__claim">
                    <Message
                      template={messages.disputeClaim}
                      values={{
                        by: <bdi className="fp-dispute__by">{text(claim.by)}</bdi>,
                        value: <bdi className="fp-dispute__value">{text(claim.value)}</bdi>,
                      }}
                    />{' '}
                    <SourceLinks ids={claim.sources} context={context} timeZone={timeZone} variant="inline" />
                  </li>
                ))}
              </ul>
              {assessment && (
                <p className="fp-dispute__assessment">
                  <span className="fp-label">{messages.assessmentLabel}</span> <bdi>{assessment}</bdi>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
