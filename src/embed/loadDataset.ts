/** Why a dataset could not be read from its address, in terms the embed can put into words. */
export type LoadFailure =
  | { reason: 'noData' }
  | { reason: 'unreachable'; url: string; cause: unknown }
  | { reason: 'httpError'; url: string; status: number; statusText: string }
  | { reason: 'notJson'; url: string; cause: unknown };

/** A rejection of loadDataset: the failure, and an Error for the console's stack. */
export class DatasetLoadError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(
      failure.reason === 'httpError'
        ? `${failure.url} answered HTTP ${failure.status} ${failure.statusText}`.trim()
        : failure.reason === 'noData'
          ? 'neither data nor src was given'
          : `${failure.url}: ${failure.reason === 'notJson' ? 'not JSON' : 'could not be fetched'}`,
    );
    this.name = 'DatasetLoadError';
  }
}

/**
 * Fetches a dataset's JSON (relative addresses from the page). Resolves with the parsed JSON, unchecked; rejects
 * with a DatasetLoadError, or with the AbortError when `signal` aborts.
 */
export async function loadDataset(src: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(src, { signal, credentials: 'same-origin' });
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw new DatasetLoadError({ reason: 'unreachable', url: src, cause });
  }
  if (!response.ok) {
    throw new DatasetLoadError({
      reason: 'httpError',
      url: src,
      status: response.status,
      statusText: response.statusText,
    });
  }
  try {
    return (await response.json()) as unknown;
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw new DatasetLoadError({ reason: 'notJson', url: src, cause });
  }
}
