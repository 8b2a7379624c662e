import { describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { EventList, Timeline } from '../../src/react/index';
import { TimeDisplaySwitch } from '../../src/react/components/TimeDisplaySwitch';
import { formatEventDate, formatZoneName } from '../../src/i18n/index';
import { escalation2023 } from '../../src/datasets/index';
import { event, fixtureDataset } from './eventListFixture';

const LATE = '2024-04-13T23:45:00Z';
const dataset = fixtureDataset([
  event({ id: 'late', start: LATE, precision: 'minute', title: 'Late strike', timeZone: 'Asia/Tehran' }),
]);
/** The zone this run's jsdom reports: the reader's (scripts/test.mjs runs under UTC and America/Los_Angeles). */
const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const en = { locale: 'en-GB' };
const timeOf = (root: ParentNode, id = 'late') =>
  root.querySelector(`[data-event-id="${id}"] .fp-event__time`)?.textContent;

describe('time display', () => {
  it('"reader" shows the reader’s zone once mounted, named, on the reader’s day', () => {
    const { container } = render(<EventList dataset={dataset} timeDisplay="reader" />);
    const expected = formatEventDate({ start: LATE }, { ...en, timeZone: readerZone });
    expect(timeOf(container)).toBe(expected);
    expect(expected).toContain(formatZoneName(readerZone, Date.parse(LATE), en));
    // Not the place's clock, which says 14 April in Tehran.
    expect(timeOf(container)).not.toContain('Tehran');
  });

  it('hydrates a "reader" list without a mismatch: the server shows the place, the browser then the reader', async () => {
    const element = <EventList dataset={dataset} timeDisplay="reader" idPrefix="h" />;
    const host = document.createElement('div');
    host.innerHTML = renderToString(element);
    document.body.append(host);
    expect(timeOf(host)).toBe('14 April 2024, 03:15 Tehran time (GMT+3:30)');
    const onRecoverableError = vi.fn();
    const root = await act(async () => hydrateRoot(host, element, { onRecoverableError }));
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(timeOf(host)).toBe(formatEventDate({ start: LATE }, { ...en, timeZone: readerZone }));
    act(() => root.unmount());
    host.remove();
  });

  it('the switch is a labelled select with three choices, uncontrolled by default', () => {
    const onTimeDisplayChange = vi.fn();
    render(<TimeDisplaySwitch onTimeDisplayChange={onTimeDisplayChange} />);
    const select = screen.getByRole('combobox', { name: 'Times' }) as HTMLSelectElement;
    expect([...select.options].map((option) => [option.value, option.text])).toEqual([
      ['place', 'Local'],
      ['reader', 'Yours'],
      ['utc', 'UTC'],
    ]);
    expect(select.value).toBe('place');
    fireEvent.change(select, { target: { value: 'utc' } });
    expect(onTimeDisplayChange).toHaveBeenCalledWith('utc');
    expect(select.value).toBe('utc');
  });

  it('a controlled switch only asks for changes', () => {
    const onTimeDisplayChange = vi.fn();
    render(<TimeDisplaySwitch timeDisplay="place" onTimeDisplayChange={onTimeDisplayChange} />);
    const select = screen.getByRole('combobox', { name: 'Times' }) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'reader' } });
    expect(onTimeDisplayChange).toHaveBeenCalledWith('reader');
    expect(select.value).toBe('place');
  });

  it('Timeline: the switch moves list, detail and the line under the graphic to UTC', () => {
    const onTimeDisplayChange = vi.fn();
    const { container } = render(
      <Timeline
        dataset={escalation2023}
        defaultSelectedId="us-strikes-kh-facilities-dec-26"
        onTimeDisplayChange={onTimeDisplayChange}
      />,
    );
    const zoneLine = () => container.querySelector('.fp-timeline__zone')?.textContent;
    expect(zoneLine()).toBe('Times are local to each place; the axis shows Baghdad time (GMT+3).');
    const select = screen.getByRole('combobox', { name: 'Times' });
    fireEvent.change(select, { target: { value: 'utc' } });
    expect(onTimeDisplayChange).toHaveBeenCalledWith('utc');
    expect(zoneLine()).toBe('Times are in UTC.');
    // Every time of day in the list now names UTC, and none names a place's zone.
    const times = [...container.querySelectorAll('[data-fp="event-list"] .fp-event__time')].map((t) => t.textContent);
    const withClock = times.filter((text) => /\d\d:\d\d/.test(text ?? ''));
    expect(withClock.length).toBeGreaterThan(0);
    for (const text of withClock) expect(text).toMatch(/ UTC$/);
    // The open detail too: 04:45 in Baghdad is 01:45 UTC.
    expect(container.querySelector('[data-fp="event-detail"] .fp-event__time')?.textContent).toBe(
      '26 December 2023, 01:45 UTC',
    );
  }, 20_000);
});
