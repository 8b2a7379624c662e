import { optionsFromQuery, type EmbedOptions } from '../embedOptions';
import { readColorScheme, type FrameColorScheme } from './colorScheme';
import { eventIdFromParentUrl } from './parentUrlDeepLink';
import { pymChildId } from './pymProtocol';

/** What the iframe child reads from its own URL's query. */
export interface FrameSettings {
  /** The graphic's options: the embed options, plus the theme and first selection the frame derives. */
  options: EmbedOptions;
  /** The host's colour scheme (`color-scheme=light|dark|auto`): the frame page declares the same. */
  colorScheme: FrameColorScheme | null;
  /** Whether the host page shows through (default); `transparent=false` paints the theme's background. */
  transparent: boolean;
  pymChildId: string | null;
}

/**
 * `frame.html?src=…&theme=…&color-scheme=dark&childId=…&parentUrl=…`: every option spelled as for `data-*`
 * attributes, plus what only a frame has. `color-scheme` is the host's colour scheme: it picks the light, dark or
 * auto preset when no `theme` is given (an explicit theme wins). An event named in the host's URL (`parentUrl`, which pym.js passes) is
 * selected at first, over `selected-id`: it is the reader's link, the option only the editor's default.
 */
export function readFrameSettings(search: string): FrameSettings {
  const params = new URLSearchParams(search);
  const options = optionsFromQuery(params);
  const colorScheme = readColorScheme(params.get('color-scheme'));
  if (options.theme === undefined && colorScheme !== null) options.theme = colorScheme;
  const linked = eventIdFromParentUrl(params.get('parentUrl'));
  if (linked !== null) options.selectedId = linked;
  const transparent = params.get('transparent');
  return {
    options,
    colorScheme,
    transparent: transparent === null || !['false', '0', 'no', 'off'].includes(transparent.trim().toLowerCase()),
    pymChildId: pymChildId(params),
  };
}
