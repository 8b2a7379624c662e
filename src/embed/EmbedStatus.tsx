import { Fragment, type ReactNode } from 'react';
import type { EmbedMessages } from './embedMessages';
import type { LoadFailure } from './loadDataset';

export type EmbedStatusProps =
  | { state: 'loading'; messages: EmbedMessages }
  | { state: 'failed'; messages: EmbedMessages; failure: LoadFailure }
  | { state: 'renderFailed'; messages: EmbedMessages };

/** `{name}` placeholders of a sentence replaced by nodes (an address stays code, read left to right). */
function fill(template: string, values: Record<string, ReactNode>): ReactNode[] {
  return template
    .split(/\{(\w+)\}/)
    .map((part, i) => <Fragment key={i}>{i % 2 === 1 ? (values[part] ?? `{${part}}`) : part}</Fragment>);
}

function failureDetail(messages: EmbedMessages, failure: LoadFailure): ReactNode[] {
  if (failure.reason === 'noData') return [messages.noData];
  const url = (
    <code key="url" dir="ltr">
      {failure.url}
    </code>
  );
  if (failure.reason === 'httpError') {
    // Isolated, so "404 Not Found" keeps its order inside a right-to-left sentence.
    const status = (
      <span key="status" dir="ltr">
        {`${failure.status} ${failure.statusText}`.trim()}
      </span>
    );
    return fill(messages.httpError, { url, status });
  }
  return fill(failure.reason === 'notJson' ? messages.notJson : messages.unreachable, { url });
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
