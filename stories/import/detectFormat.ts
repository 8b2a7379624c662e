export type ImportFormat = 'csv' | 'timelinejs' | 'json';

/** Guesses what a pasted or uploaded text is: a Flashpoint dataset, a TimelineJS file, or a spreadsheet CSV. */
export function detectFormat(text: string, fileName?: string): ImportFormat {
  const trimmed = text.trimStart();
  if (fileName?.toLowerCase().endsWith('.csv') || !/^[[{]/.test(trimmed)) return 'csv';
  try {
    const parsed = JSON.parse(trimmed) as { events?: { start_date?: unknown }[] };
    const first = Array.isArray(parsed.events) ? parsed.events[0] : undefined;
    return first && typeof first === 'object' && 'start_date' in first ? 'timelinejs' : 'json';
  } catch {
    return 'json';
  }
}
