/**
 * The largest dataset Flashpoint promises to handle: 100,000 events mount in ~0.6 s (bench/RESULTS.md) and parse
 * in 2–6 s on a busy 2-core machine (docs/limits.md). Beyond these, a clear message instead of a frozen tab (docs/limits.md).
 */
export const MAX_EVENTS = 100_000;

/** The most JSON text the embed reads from `src`, in bytes: 100,000 generated events are ~68 MB. */
export const MAX_DATASET_BYTES = 100 * 1024 * 1024;
