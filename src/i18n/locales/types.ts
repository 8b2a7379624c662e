import type { Messages } from '../messages';
import type { FilterMessages } from '../filterMessages';
import type { IntensityMessages } from '../intensityMessages';
import type { MapMessages } from '../mapMessages';

/**
 * Every words object of the library for one language. Not partial: a locale missing a key fails the type
 * check, so a new English key cannot ship untranslated.
 */
export interface LocaleCatalogue {
  messages: Messages;
  filter: FilterMessages;
  intensity: IntensityMessages;
  map: MapMessages;
}
