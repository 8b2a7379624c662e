import { describe, expect, it } from 'vitest';
import { fromAcled, fromCsv, fromTimelineJS } from '../../src/io/index';
import { hostileAcledCsv, hostileTemplateCsv, hostileTimelineJs } from './hostileImports';

// The hostile inputs must still make events, or the Chromium test (XssImporters) would render nothing.
describe('hostile importer inputs', () => {
  it.each([
    ['fromCsv', () => fromCsv(hostileTemplateCsv('Plain words'))],
    ['fromTimelineJS', () => fromTimelineJS(hostileTimelineJs('Plain words'))],
    ['fromAcled', () => fromAcled(hostileAcledCsv('Plain words'))],
  ])('%s keeps an event carrying the text', (_, read) => {
    const { dataset, issues } = read();
    expect(dataset.events.length, JSON.stringify(issues.slice(0, 8), null, 1)).toBeGreaterThan(0);
    expect(JSON.stringify(dataset.events[0])).toContain('Plain words');
  });
});
