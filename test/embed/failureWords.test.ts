import { describe, expect, it } from 'vitest';
import { embedMessagesFor } from '../../src/embed/embedMessages';
import { fillFailure, formatLimit } from '../../src/embed/failureWords';
import type { LoadFailure } from '../../src/embed/loadDataset';
import { MAX_DATASET_BYTES } from '../../src/schema/limits';

const LANGUAGES = ['en', 'fr', 'es', 'de', 'ar', 'fa', 'he'];

const FAILURES: Exclude<LoadFailure, { reason: 'noData' }>[] = [
  { reason: 'schemeNotAllowed', url: 'javascript:alert(1)' },
  { reason: 'originNotAllowed', url: 'https://other.example/d.json', origin: 'https://other.example' },
  { reason: 'tooLarge', url: '/big.json', limit: MAX_DATASET_BYTES },
  { reason: 'httpError', url: '/d.json', status: 404, statusText: 'Not Found' },
  { reason: 'unreachable', url: '/d.json', cause: null },
  { reason: 'notJson', url: '/d.json', cause: null },
];

describe('the embed’s words for a failed load', () => {
  it.each(LANGUAGES)('%s: every failure has its own sentence, with every value filled in', (language) => {
    const messages = embedMessagesFor(language);
    if (language !== 'en') expect(messages.tooLarge).not.toBe(embedMessagesFor('en').tooLarge);
    for (const failure of FAILURES) {
      const sentence = fillFailure(messages, failure).join('');
      expect(sentence).toContain(failure.url);
      expect(sentence).not.toMatch(/\{\w+\}/);
      if (failure.reason === 'originNotAllowed') expect(sentence).toContain(failure.origin);
      if (failure.reason === 'tooLarge') expect(sentence).toContain('100 MB');
      if (failure.reason === 'httpError') expect(sentence).toContain('404 Not Found');
    }
  });

  it('says the limit in megabytes', () => {
    expect(formatLimit(MAX_DATASET_BYTES)).toBe('100 MB');
    expect(formatLimit(500)).toBe('500 B');
  });
});
