import { MAX_DATASET_BYTES } from '../schema/limits';
import { checkDatasetAddress } from './datasetAddress';
import { readLimitedText, TooLargeError } from './readLimited';

/** Why a dataset could not be read from its address, in terms the embed can put into words. */
export type LoadFailure =
  | { reason: 'noData' }
  | { reason: 'schemeNotAllowed'; url: string }
  | { reason: 'originNotAllowed'; url: string; origin: string }
  | { reason: 'unreachable'; url: string; cause: unknown }
  | { reason: 'httpError'; url: string; status: number; statusText: string }
  | { reason: 'tooLarge'; url: string; limit: number }
  | { reason: 'notJson'; url: string; cause: unknown };

function describe(failure: LoadFailure): string {
  switch (failure.reason) {
    case 'noData':
      return 'neither data nor src was given';
    case 'schemeNotAllowed':
      return `${failure.url}: only http and https addresses are fetched`;
    case 'originNotAllowed':
      return `${failure.url}: ${failure.origin} is not among the allowed origins`;
    case 'httpError':
      return `${failure.url} answered HTTP ${failure.status} ${failure.statusText}`.trim();
    case 'tooLarge':
      return `${failure.url}: larger than ${failure.limit} bytes`;
    case 'notJson':
      return `${failure.url}: not JSON`;
    default:
      return `${failure.url}: could not be fetched`;
  }
}

/** A rejection of loadDataset: the failure, and an Error for the console's stack. */
export class DatasetLoadError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(describe(failure));
    this.name = 'DatasetLoadError';
  }
}

export interface LoadDatasetOptions {
  /** Origins besides the page's own that `src` may point to; undefined: any http(s) origin. */
  allowedOrigins?: readonly string[];
  /** What relative addresses resolve against, and whose origin is always allowed. Default: the page's address. */
  base?: string;
  /** The most bytes read. Default MAX_DATASET_BYTES. */
  maxBytes?: number;
}

function pageAddress(): string {
  return typeof location === 'undefined' ? 'http://localhost/' : location.href;
}

/**
 * Fetches a dataset's JSON (relative addresses from the page). Refuses, before fetching, an address that is not
 * http(s) or whose origin is not allowed, and stops reading a body larger than the limit. Resolves with the parsed
 * JSON, unchecked; rejects with a DatasetLoadError, or with the AbortError when `signal` aborts.
 */
export async function loadDataset(
  src: string,
  signal: AbortSignal,
  options: LoadDatasetOptions = {},
): Promise<unknown> {
  const checked = checkDatasetAddress(src, options.base ?? pageAddress(), options.allowedOrigins);
  if ('reason' in checked) throw new DatasetLoadError(checked);
  let response: Response;
  try {
    response = await fetch(checked.url.href, { signal, credentials: 'same-origin' });
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw new DatasetLoadError({ reason: 'unreachable', url: src, cause });
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new DatasetLoadError({
      reason: 'httpError',
      url: src,
      status: response.status,
      statusText: response.statusText,
    });
  }
  let text: string;
  try {
    text = await readLimitedText(response, options.maxBytes ?? MAX_DATASET_BYTES);
  } catch (cause) {
    if (signal.aborted) throw cause;
    if (cause instanceof TooLargeError)
      throw new DatasetLoadError({ reason: 'tooLarge', url: src, limit: cause.limit });
    throw new DatasetLoadError({ reason: 'unreachable', url: src, cause });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new DatasetLoadError({ reason: 'notJson', url: src, cause });
  }
}
