import { en, type Messages } from './messages';

/**
 * The message catalogue for a locale, by its language ("ar-IQ" → ar). English when there is none.
 * STUB: the catalogues for ar, fa, he, fr, es, de are being added (issue 6).
 */
export function messagesFor(locale: string): Messages {
  void locale;
  return en;
}
