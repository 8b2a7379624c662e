export type FrameColorScheme = 'light' | 'dark' | 'auto';

/** `color-scheme=light|dark|auto` from the frame's query ("light dark" counts as auto); null otherwise. */
export function readColorScheme(value: string | null): FrameColorScheme | null {
  const scheme = value?.trim().toLowerCase().replace(/\s+/g, ' ');
  if (scheme === 'light' || scheme === 'dark' || scheme === 'auto') return scheme;
  if (scheme === 'light dark' || scheme === 'dark light') return 'auto';
  return null;
}
