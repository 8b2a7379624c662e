// How figures are written in the tables.

export const formatMs = (ms: number) =>
  ms >= 100 ? `${Math.round(ms).toLocaleString('en-GB')} ms` : `${ms.toFixed(1)} ms`;
export const formatMb = (mb: number) => `${mb.toFixed(1)} MB`;
export const formatKb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const formatCount = (count: number) => Math.round(count).toLocaleString('en-GB');
export const formatRatio = (ratio: number) => `×${ratio < 0.1 ? ratio.toFixed(3) : ratio.toFixed(2)}`;
/** A table cell cannot hold a pipe or a line break. */
export const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
