import { knownTimeZone } from '../../i18n/intl';
import { effectiveTimeDisplay, type TimeDisplay } from '../../i18n/displayZone';
import { useReaderTimeZone } from './useReaderTimeZone';

export interface TimeDisplaySettings {
  /** The display in force: "reader" only once the reader's zone is known (after mount), else "place". */
  display: TimeDisplay;
  /** The reader's zone, after mount; undefined on the server and while hydrating. */
  readerTimeZone: string | undefined;
}

/**
 * The time display a component shows, hydration-safe: the server and the first client render show "place".
 * A reader's zone the host already knows (`readerTimeZone`, passed after mount) wins over the browser's.
 */
export function useTimeDisplay(wanted: TimeDisplay | undefined, readerTimeZone?: string): TimeDisplaySettings {
  const browserZone = useReaderTimeZone();
  const zone = knownTimeZone(readerTimeZone) ?? browserZone;
  return { display: effectiveTimeDisplay(wanted, zone), readerTimeZone: zone };
}
