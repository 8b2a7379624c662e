import { MAX_DATASET_BYTES } from '../schema/limits';
import type { EmbedMessages } from './embedMessages';
import type { LoadFailure } from './loadDataset';

/** A byte limit as readers say it: 104857600 → "100 MB" (binary megabytes, as the limit is set). */
export function formatLimit(bytes: number = MAX_DATASET_BYTES): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${bytes} B`;
}

/** The sentence for a failure and the values of its `{url}`, `{status}`, `{origin}` and `{limit}` placeholders. */
export function failureSentence(
  messages: EmbedMessages,
  failure: Exclude<LoadFailure, { reason: 'noData' }>,
): { template: string; values: Record<string, string> } {
  const values: Record<string, string> = { url: failure.url };
  if (failure.reason === 'httpError') values.status = `${failure.status} ${failure.statusText}`.trim();
  if (failure.reason === 'originNotAllowed') values.origin = failure.origin;
  if (failure.reason === 'tooLarge') values.limit = formatLimit(failure.limit);
  return { template: messages[failure.reason], values };
}

/** A template's parts with each `{name}` replaced through `wrap` (a string, or a node for EmbedStatus). */
export function fillTemplate<T>(
  template: string,
  values: Record<string, string>,
  wrap: (value: string, name: string) => T,
): (string | T)[] {
  return template
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 === 1 ? (values[part] === undefined ? `{${part}}` : wrap(values[part]!, part)) : part));
}

/** The failure in words, as plain text (the console and onError). */
export function fillFailure(
  messages: EmbedMessages,
  failure: Exclude<LoadFailure, { reason: 'noData' }>,
  wrap: (value: string) => string = String,
): string[] {
  const { template, values } = failureSentence(messages, failure);
  return fillTemplate(template, values, wrap).map(String);
}
