import { Fragment, type ReactNode } from 'react';
import type { EmbedMessages } from './embedMessages';
import type { LoadFailure } from './loadDataset';
import { failureSentence, fillTemplate } from './failureWords';

export type EmbedStatusProps =
  | { state: 'loading'; messages: EmbedMessages }
  | { state: 'failed'; messages: EmbedMessages; failure: LoadFailure }
  | { state: 'renderFailed'; messages: EmbedMessages };

/**
 * The failure's sentence with its values as nodes: the address stays code, and every value is isolated left to
 * right, so "404 Not Found" or an origin keeps its order inside a right-to-left sentence.
 */
function failureDetail(messages: EmbedMessages, failure: LoadFailure): ReactNode[] {
  if (failure.reason === 'noData') return [messages.noData];
  const { template, values } = failureSentence(messages, failure);
  return fillTemplate(template, values, (value, name) =>
    name === 'url' ? <code dir="ltr">{value}</code> : <span dir="ltr">{value}</span>,
  ).map((part, i) => <Fragment key={i}>{part}</Fragment>);
}

/**
 * What stands in the placeholder while the dataset loads, or instead of the timeline when it cannot be loaded or
 * shown: plain sentences in the host page's font, which a reader (and the newsroom checking the page) can act on.
 */
export function EmbedStatus(props: EmbedStatusProps) {
  const { messages } = props;
  if (props.state === 'loading') {
    return (
      <p data-fp="embed-status" data-state="loading">
        {messages.loading}
      </p>
    );
  }
  if (props.state === 'renderFailed') {
    return (
      <p data-fp="embed-status" data-state="failed">
        {messages.renderFailed}
      </p>
    );
  }
  return (
    <div data-fp="embed-status" data-state="failed">
      <p>
        <strong>{messages.loadFailed}</strong>
      </p>
      <p>{failureDetail(messages, props.failure)}</p>
    </div>
  );
}
