import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EventDetail, EventList, Legend, ThemeContext, Timeline, VerticalTimeline } from '../../src/react/index';
import { resolveTheme } from '../../src/react/hooks/resolveTheme';
import { CATEGORY_SHAPES, CUSTOM_CATEGORY_SHAPE, createTheme, themes } from '../../src/theme/index';
import { event, fixtureDataset } from './eventListFixture';

/** A publication's own category, declared by the dataset and styled by the theme. */
function ceasefireDataset() {
  const data = fixtureDataset([
    ...fixtureDataset().events,
    event({ id: 'truce', start: '2023-11-24T07:00:00+03:00', title: 'Truce begins', category: 'ceasefire' }),
    event({ id: 'truce-ends', start: '2023-12-01T07:00:00+03:00', title: 'Truce ends', category: 'ceasefire' }),
  ]);
  data.categories = [{ id: 'ceasefire', label: 'Ceasefire' }];
  return data;
}

const ceasefireTheme = createTheme({
  categories: { ceasefire: { color: '#0b6e4f', shape: CATEGORY_SHAPES.hexagon } },
});

/** Attack marks and labels drawn as stars: a shape no built-in preset uses. */
const starTheme = createTheme({ categories: { attack: { shape: CATEGORY_SHAPES.star } } });

const markPath = (container: HTMLElement, id: string) =>
  container.querySelector(`.fp-mark[data-event-id="${id}"] .fp-mark__symbol`)?.getAttribute('d');
const listIcon = (container: HTMLElement, id: string) =>
  container.querySelector(`[data-fp="event-list"] [data-event-id="${id}"] .fp-category__icon path`)?.getAttribute('d');
const legendSymbol = (container: HTMLElement, category: string) =>
  container
    .querySelector(`[data-fp="legend"] [data-entry="category"][data-category="${category}"] svg path`)
    ?.getAttribute('d');

describe('category styles from the theme', () => {
  it('draws a category the theme adds with its shape: marks, legend, list, detail, tooltip card', () => {
    const { container } = render(
      <Timeline dataset={ceasefireDataset()} theme={ceasefireTheme} defaultSelectedId="truce" initialWidth={1000} />,
    );
    expect(markPath(container, 'truce')).toBe(CATEGORY_SHAPES.hexagon);
    expect(markPath(container, 'truce-ends')).toBe(CATEGORY_SHAPES.hexagon);
    expect(legendSymbol(container, 'ceasefire')).toBe(CATEGORY_SHAPES.hexagon);
    expect(container.querySelector('[data-fp="legend"] [data-category="ceasefire"]')!.textContent).toBe('Ceasefire');
    expect(listIcon(container, 'truce')).toBe(CATEGORY_SHAPES.hexagon);
    const detail = container.querySelector('[data-fp="event-detail"]')!;
    expect(detail.getAttribute('data-category')).toBe('ceasefire');
    expect(detail.querySelector('.fp-category__icon path')!.getAttribute('d')).toBe(CATEGORY_SHAPES.hexagon);
    // The tooltip of a mark (opens on pointer enter).
    fireEvent.pointerEnter(container.querySelector('.fp-mark[data-event-id="truce"]')!);
    const tip = container.querySelector('.fp-tooltip__event[data-category="ceasefire"]')!;
    expect(tip.querySelector('.fp-category__icon path')!.getAttribute('d')).toBe(CATEGORY_SHAPES.hexagon);
    // Built-in categories keep the theme's own shapes.
    expect(markPath(container, 'meeting')).toBe(CATEGORY_SHAPES.ring);
    // Its colour reaches the marks through CSS the theme prop adds.
    expect(resolveTheme(ceasefireTheme).css).toMatch(/\[data-category='ceasefire'\]/);
    expect(resolveTheme(ceasefireTheme).css).toContain('--fp-color-category-ceasefire: #0b6e4f');
  });

  it('without the theme, the added category gets the shape for unstyled categories', () => {
    const { container } = render(<Timeline dataset={ceasefireDataset()} initialWidth={1000} />);
    expect(markPath(container, 'truce')).toBe(CUSTOM_CATEGORY_SHAPE);
    expect(legendSymbol(container, 'ceasefire')).toBe(CUSTOM_CATEGORY_SHAPE);
    expect(CUSTOM_CATEGORY_SHAPE).not.toBe(CATEGORY_SHAPES.hexagon);
  });

  it('hands the Timeline’s theme object to the parts and components inside it that have no theme prop', () => {
    const { container } = render(<Timeline dataset={fixtureDataset()} theme={starTheme} defaultSelectedId="drone" />);
    expect(markPath(container, 'drone')).toBe(CATEGORY_SHAPES.star);
    // The EventList, Legend and EventDetail inside the Timeline are components of their own, given no theme.
    for (const fp of ['event-list', 'legend', 'event-detail']) {
      const part = container.querySelector(`[data-fp="${fp}"]`)!;
      expect(part.hasAttribute('data-fp-theme'), fp).toBe(false);
      expect(part.querySelector('.fp-category[data-category="attack"] svg path')!.getAttribute('d'), fp).toBe(
        CATEGORY_SHAPES.star,
      );
    }
    expect(listIcon(container, 'drone')).toBe(CATEGORY_SHAPES.star);
    expect(legendSymbol(container, 'attack')).toBe(CATEGORY_SHAPES.star);
  });

  it('hands it to the cards of the vertical layout too', () => {
    const { container } = render(<Timeline dataset={fixtureDataset()} theme={starTheme} initialWidth={400} />);
    const card = container.querySelector('.fp-vertical__card[data-event-id="drone"]')!;
    expect(card.querySelector('.fp-vertical__icon path')!.getAttribute('d')).toBe(CATEGORY_SHAPES.star);
    const standalone = render(<VerticalTimeline dataset={fixtureDataset()} theme={ceasefireTheme} />).container;
    expect(
      standalone
        .querySelector('.fp-vertical__card[data-event-id="meeting"] .fp-vertical__icon path')!
        .getAttribute('d'),
    ).toBe(CATEGORY_SHAPES.ring);
  });

  it('a component’s own theme wins over the one around it; without one it inherits it', () => {
    const { container } = render(
      <ThemeContext.Provider value={starTheme}>
        <EventList dataset={fixtureDataset()} idPrefix="inherits" />
        <EventList dataset={fixtureDataset()} idPrefix="own" theme="light" />
        <EventDetail dataset={fixtureDataset()} eventId="drone" onSelectEvent={() => {}} />
      </ThemeContext.Provider>,
    );
    const icon = (prefix: string) =>
      container.querySelector(`#${prefix}-event-drone .fp-category__icon path`)?.getAttribute('d');
    expect(icon('inherits')).toBe(CATEGORY_SHAPES.star);
    expect(icon('own')).toBe(themes.light.categories.attack!.shape);
    expect(container.querySelector('[data-fp="event-detail"] .fp-category__icon path')!.getAttribute('d')).toBe(
      CATEGORY_SHAPES.star,
    );
  });

  it('the legend shows the marks’ shape, the list the icon, when a theme gives a category both', () => {
    const theme = createTheme({
      categories: { attack: { shape: CATEGORY_SHAPES.cross, icon: CATEGORY_SHAPES.star } },
    });
    const { container } = render(<Timeline dataset={fixtureDataset()} theme={theme} />);
    expect(markPath(container, 'drone')).toBe(CATEGORY_SHAPES.cross);
    expect(legendSymbol(container, 'attack')).toBe(CATEGORY_SHAPES.cross);
    expect(listIcon(container, 'drone')).toBe(CATEGORY_SHAPES.star);
  });

  it('a Legend on its own lists a declared category with the theme’s shape', () => {
    const { container } = render(<Legend dataset={ceasefireDataset()} theme={ceasefireTheme} />);
    expect(legendSymbol(container, 'ceasefire')).toBe(CATEGORY_SHAPES.hexagon);
  });
});
