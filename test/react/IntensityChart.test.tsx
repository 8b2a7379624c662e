import { fireEvent, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { IntensityChart } from '../../src/react/index';
import { escalation2023, generateDataset } from '../../src/datasets/index';
import type { Dataset } from '../../src/schema/index';
import type { Domain } from '../../src/layout/types';

const chart = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-fp="intensity-chart"]')!;
const DEC: Domain = [Date.parse('2023-12-01T00:00:00+03:00'), Date.parse('2024-01-01T00:00:00+03:00')];

describe('<IntensityChart>', () => {
  it('draws bars by category, one line per counter, our own count, and names the drawing', () => {
    const { container } = render(<IntensityChart dataset={escalation2023} width={720} domain={DEC} />);
    const root = chart(container);
    expect(root.tagName).toBe('FIGURE');
    expect(root.dataset.unit).toBe('day');
    const figure = screen.getByRole('figure', { name: 'Events over time and reported counts' });
    expect(figure).toBe(root);
    const img = within(root).getByRole('img');
    expect(img.getAttribute('aria-label')).toMatch(
      /^Bar chart of events per day by category, 30 September 2023\s?–\s?\d+ \w+ 2024, with lines/,
    );
    expect(img.getAttribute('aria-label')).toMatch(/US Department of Defense \(168, 7 Feb\)/);
    expect(img.getAttribute('aria-label')).toMatch(/data table below/);

    const bars = [...root.querySelectorAll<SVGRectElement>('rect.fp-intensity__bar')].filter(
      (bar) => !bar.closest('.fp-intensity__legend'),
    );
    expect(new Set(bars.map((bar) => bar.dataset.category))).toEqual(
      new Set(['attack', 'strike', 'diplomacy', 'statement', 'context']),
    );
    expect(bars.every((bar) => Number(bar.getAttribute('width')) > 0)).toBe(true);

    const lines = root.querySelectorAll<SVGGElement>('.fp-intensity__lines [data-series]');
    expect([...lines].map((g) => g.dataset.series)).toEqual([
      'us-dod',
      'isw',
      'wikipedia',
      'sohr',
      'washington-institute',
    ]);
    // Each counter has its own style (dash, shape, colour), not only a colour.
    expect(new Set([...lines].map((g) => g.dataset.style)).size).toBe(5);
    expect(lines[0]!.querySelectorAll('.fp-intensity__marker')).toHaveLength(19);
    expect(lines[0]!.querySelectorAll('.fp-intensity__line')).toHaveLength(1);

    const labels = [...root.querySelectorAll('.fp-intensity__label')].map((t) => t.textContent);
    expect(labels).toEqual([
      '168, 7 Feb',
      'more than 170, 29 Jan',
      'more than 170, 4 Feb',
      '108, 5 Feb',
      'Events in this dataset (Attack): 10',
    ]);
    const titles = [...lines[0]!.querySelectorAll('title')].map((t) => t.textContent);
    expect(titles).toContain('at least 40, 7 Nov');
    expect(root.querySelector('.fp-intensity__own .fp-intensity__line')).not.toBeNull();
  });

  it('has a key in words for every counter and our own count, with the latest figure', () => {
    render(<IntensityChart dataset={escalation2023} width={720} />);
    const legend = screen.getByRole('list', { name: 'Key to the counts chart' });
    const items = within(legend)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toContain('US Department of Defense: 168, 7 Feb');
    expect(items).toContain('Syrian Observatory for Human Rights: 108, 5 Feb');
    expect(items).toContain(
      'Washington Institute for Near East Policy: more than 180, 20 Jun, outside the period shown',
    );
    expect(items).toContain('Events in this dataset (Attack): 10');
    expect(items[0]).toMatch(/^Bars: events per day, by category \(left scale\)AttackStrike/);
  });

  it('lists every reported count and our own in a data table, and the events per month', () => {
    const { container } = render(<IntensityChart dataset={escalation2023} width={720} />);
    const details = chart(container).querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).toBe('Data table');
    const [counts, months] = within(details).getAllByRole('table', { hidden: true });
    const rows = within(counts!).getAllByRole('row', { hidden: true }).slice(1);
    expect(rows).toHaveLength(escalation2023.aggregates!.length + 1);
    const nov14 = rows.filter((row) => row.textContent!.includes('14 November 2023'));
    expect(nov14.map((row) => row.querySelector('th')!.textContent)).toEqual(['US Department of Defense']);
    expect(nov14[0]!.textContent).toContain('55');
    expect(rows.at(-1)!.textContent).toMatch(
      /^Events in this dataset \(Attack\).*10Events listed in this dataset, not a reported figure$/,
    );
    const monthRows = within(months!).getAllByRole('row', { hidden: true }).slice(1);
    expect(monthRows.map((row) => row.querySelector('th')!.textContent)).toEqual([
      'October 2023',
      'November 2023',
      'December 2023',
      'January 2024',
      'February 2024',
    ]);
    const totals = monthRows.map((row) => Number(row.lastElementChild!.textContent));
    expect(totals.reduce((a, b) => a + b, 0)).toBe(escalation2023.events.length);
  });

  it('moves the window from the keyboard: two sliders, each announcing its date', () => {
    const onDomainChange = vi.fn();
    render(<IntensityChart dataset={escalation2023} width={720} domain={DEC} onDomainChange={onDomainChange} />);
    const start = screen.getByRole('slider', { name: 'Start of the period shown' });
    const end = screen.getByRole('slider', { name: 'End of the period shown' });
    expect(start.getAttribute('aria-valuetext')).toBe('1 December 2023');
    expect(end.getAttribute('aria-valuetext')).toBe('1 January 2024');
    fireEvent.change(start, { target: { value: String(Number((start as HTMLInputElement).value) + 7) } });
    const [next] = onDomainChange.mock.calls.at(-1)! as [Domain];
    expect(next[1]).toBe(DEC[1]);
    expect(next[0]).toBeGreaterThan(DEC[0]);
    expect(next[0]).toBeLessThan(DEC[1]);
  });

  it('"Show all" sets the whole span, and is off while everything is shown', () => {
    const onDomainChange = vi.fn();
    const { rerender } = render(
      <IntensityChart dataset={escalation2023} width={720} domain={DEC} onDomainChange={onDomainChange} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    const [all] = onDomainChange.mock.calls.at(-1)! as [Domain];
    expect(all[0]).toBeLessThan(Date.parse('2023-10-07'));
    expect(all[1]).toBeGreaterThan(Date.parse('2024-02-05'));
    rerender(<IntensityChart dataset={escalation2023} width={720} domain={all} onDomainChange={onDomainChange} />);
    expect((screen.getByRole('button', { name: 'Show all' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('keeps its own window when uncontrolled', () => {
    render(<IntensityChart dataset={escalation2023} width={720} defaultDomain={DEC} />);
    const start = screen.getByRole('slider', { name: 'Start of the period shown' }) as HTMLInputElement;
    fireEvent.change(start, { target: { value: String(Number(start.value) + 3) } });
    expect(start.getAttribute('aria-valuetext')).toBe('4 December 2023');
  });

  it('takes words: its own keys and the shared ones (categories, qualifiers)', () => {
    const { container } = render(
      <IntensityChart
        dataset={escalation2023}
        width={720}
        messages={{
          intensityTitle: 'Attacks and counts',
          qualifier: { 'more-than': 'über {n}' },
          category: { attack: 'Angriff' },
        }}
      />,
    );
    expect(screen.getByRole('figure', { name: 'Attacks and counts' })).toBeTruthy();
    const labels = [...chart(container).querySelectorAll('.fp-intensity__label')].map((t) => t.textContent);
    expect(labels).toContain('über 170, 29 Jan');
    expect(labels).toContain('Events in this dataset (Angriff): 10');
  });

  it('leaves out the lines on request', () => {
    const { container } = render(
      <IntensityChart dataset={escalation2023} width={720} showReportedCounts={false} showOwnCount={false} />,
    );
    expect(chart(container).querySelector('.fp-intensity__line')).toBeNull();
    expect(within(chart(container)).getByRole('img').getAttribute('aria-label')).not.toMatch(/lines for/);
  });

  it('does not throw without aggregates or without events, and says so', () => {
    const noCounts: Dataset = { ...escalation2023, aggregates: [] };
    const { container, unmount } = render(<IntensityChart dataset={noCounts} width={720} />);
    expect(chart(container).textContent).toContain('No counts to show');
    expect(chart(container).querySelectorAll('.fp-intensity__series')).toHaveLength(0);
    expect(chart(container).querySelector('.fp-intensity__own')).not.toBeNull();
    unmount();

    const nothing: Dataset = { ...escalation2023, events: [], aggregates: [] };
    const empty = render(<IntensityChart dataset={nothing} width={720} />);
    expect(chart(empty.container).textContent).toContain('No counts to show');
    expect(chart(empty.container).querySelector('svg')).toBeNull();
    empty.unmount();

    const countsOnly: Dataset = { ...escalation2023, events: [] };
    const only = render(<IntensityChart dataset={countsOnly} width={720} />);
    expect(only.container.querySelectorAll('.fp-intensity__lines [data-series]')).toHaveLength(5);
    expect(only.container.querySelector('rect.fp-intensity__bar:not(.fp-intensity__legend *)')).toBeNull();
  });

  it('switches to week bins when days would be too thin, and handles 1,000 events', () => {
    const { container } = render(<IntensityChart dataset={generateDataset({ count: 1000, seed: 3 })} width={600} />);
    expect(chart(container).dataset.unit).toBe('week');
    expect(chart(container).querySelectorAll('.fp-intensity__lines [data-series]')).toHaveLength(2);
  });

  it('renders on the server with no style attribute and a plain window for the brush', () => {
    const html = renderToString(<IntensityChart dataset={escalation2023} width={640} domain={DEC} />);
    expect(html).toContain('data-fp="intensity-chart"');
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).toMatch(/<rect class="fp-intensity__window"/);
    expect(html).not.toContain('visx-brush');
  });

  it('leaves out broken counts from an unparsed dataset instead of throwing', () => {
    const junk = {
      ...escalation2023,
      aggregates: [
        null,
        { series: 'x', asOf: '2023-11-01', count: 'many' },
        { series: 'ok', asOf: '2023-11-01', count: 12, qualifier: 'roughly', sources: 'nope' },
        { series: 'ok', asOf: 'not a date', count: 3 },
      ],
    } as unknown as Dataset;
    const { container } = render(<IntensityChart dataset={junk} width={720} />);
    expect(
      [...container.querySelectorAll('.fp-intensity__lines [data-series]')].map((g) => g.getAttribute('data-series')),
    ).toEqual(['ok']);
    expect([...container.querySelectorAll('.fp-intensity__label')].map((t) => t.textContent)).toContain('12, 1 Nov');
  });

  it('shows data text as text', () => {
    const hostile: Dataset = {
      ...escalation2023,
      aggregates: [
        { ...escalation2023.aggregates![0]!, seriesLabel: '<img src=x onerror=alert(1)>', text: '<b>13</b>' },
      ],
    };
    const { container } = render(<IntensityChart dataset={hostile} width={720} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
