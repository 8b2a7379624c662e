import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TimelineAxis } from '../../src/react/components/TimelineAxis';
import { chooseTicks } from '../../src/layout/chooseTicks';
import { formatAxisTicks } from '../../src/i18n/formatAxisTicks';
import type { AxisDirection, Domain } from '../../src/layout/types';

// Monday to Monday: weekly ticks fall on both edges.
const DOMAIN: Domain = [Date.UTC(2023, 9, 2), Date.UTC(2023, 10, 13)];
const WIDTH = 720;

function drawAxis(direction: AxisDirection = 'ltr') {
  const ticks = chooseTicks(DOMAIN, WIDTH, { timeZone: 'UTC', direction });
  const axis = formatAxisTicks(ticks, { locale: 'en-GB', timeZone: 'UTC' });
  const { container } = render(
    <svg>
      <TimelineAxis axis={axis} direction={direction} width={WIDTH} top={10} plotHeight={200} />
    </svg>,
  );
  return { axis, root: container.querySelector<SVGGElement>('.fp-axis')! };
}

const numbers = (elements: Iterable<Element>, attribute: string) =>
  [...elements].map((element) => Number(element.getAttribute(attribute)));

describe('<TimelineAxis>', () => {
  it('draws one tick (a mark and its label) per minor tick, where layout placed it', () => {
    const { axis, root } = drawAxis();
    expect(axis.minor.length).toBeGreaterThan(2);
    const ticks = root.querySelectorAll('.fp-axis__line > .fp-axis__tick');
    expect(ticks).toHaveLength(axis.minor.length);
    const xs = axis.minor.map((tick) => tick.x);
    expect(numbers(root.querySelectorAll('.fp-axis__tick line'), 'x1')).toEqual(xs);
    expect(numbers(root.querySelectorAll('.fp-axis__tick .fp-axis__minor'), 'x')).toEqual(xs);
    expect([...root.querySelectorAll('.fp-axis__minor')].map((text) => text.textContent)).toEqual(
      axis.minor.map((tick) => tick.label),
    );
    // The grid lines run from the tick row down through the plot, at the same places.
    expect(numbers(root.querySelectorAll('.fp-axis__grid line'), 'x1')).toEqual(xs);
  });

  it('keeps the classes styles.css selects: the axis line and tick marks are lines inside their groups', () => {
    const { root } = drawAxis();
    const rule = root.querySelector('.fp-axis__line > line')!;
    expect([rule.getAttribute('x1'), rule.getAttribute('x2'), rule.getAttribute('y1')]).toEqual(['0.5', '720.5', '0']);
    expect(root.getAttribute('transform')).toBe('translate(0, 10)');
    expect(root.querySelector('.fp-axis__line')!.getAttribute('transform')).toBe('translate(0, 34)');
    expect(root.querySelector('.fp-axis__grid')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('anchors labels at the edges inwards and names months on the side their days run to', () => {
    const ltr = drawAxis('ltr');
    const anchors = [...ltr.root.querySelectorAll('.fp-axis__minor')].map((text) => text.getAttribute('text-anchor'));
    expect([anchors[0], anchors[1], anchors.at(-1)]).toEqual(['start', 'middle', 'end']);
    const ltrMajor = [...ltr.root.querySelectorAll('.fp-axis__major-label')];
    expect(ltrMajor.map((text) => text.textContent)).toEqual(ltr.axis.major.map((tick) => tick.label));
    expect(ltrMajor.every((text) => text.getAttribute('text-anchor') === 'start')).toBe(true);

    const rtl = drawAxis('rtl');
    const rtlMajor = [...rtl.root.querySelectorAll('.fp-axis__major-label')];
    expect(rtlMajor.every((text) => text.getAttribute('text-anchor') === 'end')).toBe(true);
    expect(numbers(rtlMajor, 'x')).toEqual(rtl.axis.major.map((tick) => Math.min(WIDTH - 2, tick.x - 2)));
  });
});
