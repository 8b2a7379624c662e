import { en as messages } from '../messages';
import { filterMessagesEn } from '../filterMessages';
import { intensityMessages } from '../intensityMessages';
import { mapMessagesEn } from '../mapMessages';
import type { LocaleCatalogue } from './types';

/** British English, the default: the existing English words objects, gathered in one catalogue. */
export const enCatalogue: LocaleCatalogue = {
  messages,
  filter: filterMessagesEn,
  intensity: intensityMessages,
  map: mapMessagesEn,
};
