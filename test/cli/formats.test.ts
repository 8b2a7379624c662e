import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/cli/formats';

describe('detectFormat', () => {
  const timelineJS = JSON.stringify({ events: [{ start_date: { year: '2020' }, text: { headline: 'x' } }] });
  const dataset = JSON.stringify({ title: 'T', events: [{ id: 'a', start: '2020-01-01' }] });

  it.each([
    ['data.json', dataset, 'json'],
    ['data.JSON', timelineJS, 'timelinejs'],
    ['data.json', '{ not json', 'json'],
    ['data.json', '{"events": [{"start_date": "2020"}]}', 'json'],
    ['events.csv', 'start,title\n2020-01-01,x\n', 'csv'],
    ['acled.csv', '\uFEFFEVENT_ID_CNTY,event_date\nX1,2020-01-01\n', 'acled'],
    ['acled.csv', '"event_id_cnty","event_date"\r\n', 'acled'],
    ['-', `  ${timelineJS}`, 'timelinejs'],
    ['-', 'event_id_cnty,event_date\n', 'acled'],
    ['export.txt', dataset, 'json'],
    ['export.csv', '[1, 2]', 'csv'],
  ])('%s with %j → %s', (path, text, format) => {
    expect(detectFormat(path, text)).toBe(format);
  });
});
