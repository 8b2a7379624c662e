import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { MapInset } from '../src/react/index';
import { loadWorldAtlas } from '../src/react/hooks/useWorldAtlas';
import { escalation2023 } from '../src/datasets/index';
import type { Dataset } from '../src/schema/index';

/**
 * `MapInset` shows where the events happened, on country outlines drawn with `@visx/geo` from the
 * `world-atlas` TopoJSON (Natural Earth 1:110m) that ships inside the package: no tile server, works
 * offline, and the 108 KB of outlines load as their own chunk only when a map is shown. Points and labels
 * render first (also on the server); the land follows (`data-state="loading"` → `"ready"`).
 *
 * **Frame.** The smallest region that holds 90 % of the located events, measured as the map draws it, padded
 * and fitted to the map's shape. For this story: Iraq, Syria, Jordan and Israel; the statement in
 * Washington, the visit to Tehran and the Red Sea interceptions are named under the map instead of
 * shrinking the region to a dot. The frame does not follow the timeline's zoom, so points never jump.
 *
 * **Points.** Events at the same place, or places under 24 px apart, share a point sized by its count; the
 * place named most often labels it (ties: the most significant event). Labels go to the selected and the
 * busiest points first, and never overlap. Country names come from `Intl.DisplayNames` in the reader's
 * locale, for the Middle East and its neighbours.
 *
 * **Linking.** Clicking a point calls `onSelect` with its event; clicking a group selects its first event in
 * view, then the next on each click (time order, wrapping round). Hover calls `onHighlight`. `selectedId`
 * and `highlightId` from the timeline mark the point with a ring (`data-state="selected|highlighted"`);
 * `visibleIds` dims (or, with `outOfView="hide"`, hides) points with no event in the timeline's view.
 *
 * **Accessibility.** The map is supplementary: every place is already in words in the event list and in the
 * detail of each event. So the map is one image (`role="img"`) whose name sums it up ("Map of 30 located
 * events, in Iraq, Syria, Israel and Jordan."), with no tab stops inside it — a dozen extra stops that only
 * repeat the list would slow keyboard readers down — and the events it cannot show are said in text under it.
 */
const meta = {
  title: 'Components/MapInset',
  component: MapInset,
  tags: ['autodocs'],
  args: { dataset: escalation2023, locale: 'en-GB', onSelect: fn(), onHighlight: fn() },
  argTypes: {
    dataset: { control: false },
    messages: { control: false },
    visibleIds: { control: false },
    locale: { control: 'select', options: ['en-GB', 'en-US', 'de-DE', 'ar-IQ'] },
    outOfView: { control: 'inline-radio', options: ['dim', 'hide'] },
  },
  // The outlines arrive asynchronously: load them before the story renders, so every run looks the same.
  loaders: [async () => ({ atlas: await loadWorldAtlas() })],
} satisfies Meta<typeof MapInset>;

export default meta;
type Story = StoryObj<typeof meta>;

const rootOf = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('[data-fp="map-inset"]')!;
const pointOf = (canvasElement: HTMLElement, id: string) =>
  canvasElement.querySelector<SVGGElement>(`.fp-map-inset__point[data-event-ids~="${id}"]`)!;

/** Every event visible. Clicking the Baghdad point selects its first event. */
export const Escalation: Story = {
  play: async ({ canvasElement, args }) => {
    await waitFor(() => expect(rootOf(canvasElement).dataset.state).toBe('ready'));
    await expect(canvasElement.querySelectorAll('path.fp-map-inset__land').length).toBeGreaterThan(0);
    await userEvent.click(pointOf(canvasElement, 'blinken-visits-baghdad'));
    await expect(args.onSelect).toHaveBeenCalledWith('sudani-orders-pursuit-of-attackers');
  },
};

/** The timeline has selected the Tower 22 drone attack: its point has a ring and its label comes first. */
export const SelectedEvent: Story = {
  args: { selectedId: 'tower-22-drone-attack' },
  play: async ({ canvasElement }) => {
    await expect(pointOf(canvasElement, 'tower-22-drone-attack').dataset.state).toBe('selected');
  },
};

const from2024 = new Set(escalation2023.events.filter((event) => event.start >= '2024').map((event) => event.id));

/** The timeline shows January and February 2024 only: points without an event in view are dimmed. */
export const SubsetVisible: Story = {
  args: { visibleIds: from2024, highlightId: 'tower-22-drone-attack' },
};

/** The same view, with points outside it hidden. */
export const SubsetHidden: Story = {
  args: { visibleIds: from2024, outOfView: 'hide' },
};

/** Linked both ways with a host's own selection, as Timeline does. */
export const Linked: Story = {
  render: function Render(args) {
    const [selectedId, setSelectedId] = useState<string | null>(null);
    const [highlightId, setHighlightId] = useState<string | null>(null);
    const title = (id: string | null) => escalation2023.events.find((event) => event.id === id)?.title ?? 'none';
    return (
      <div>
        <MapInset
          {...args}
          selectedId={selectedId}
          onSelect={setSelectedId}
          highlightId={highlightId}
          onHighlight={setHighlightId}
        />
        <p data-testid="selected">Selected: {title(selectedId)}</p>
        <p>Hovered: {title(highlightId)}</p>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(pointOf(canvasElement, 'hamas-attack-on-israel'));
    await expect(canvasElement.querySelector('[data-testid="selected"]')!.textContent).toContain('Hamas');
    await expect(pointOf(canvasElement, 'hamas-attack-on-israel').dataset.state).toBe('selected');
  },
};

const withoutPlaces: Dataset = {
  ...escalation2023,
  events: escalation2023.events.map((event) => ({ ...event, location: undefined })),
};

/** No event has coordinates: a short note instead of an empty map (and the outlines are never loaded). */
export const NoLocations: Story = {
  args: { dataset: withoutPlaces },
  play: async ({ canvasElement }) => {
    await expect(rootOf(canvasElement).dataset.state).toBe('empty');
  },
};

/** At 480 × 300, in German, with the country names from Intl. */
export const LargerInGerman: Story = {
  args: {
    width: 480,
    height: 300,
    locale: 'de-DE',
    messages: {
      mapSummary: {
        one: 'Karte mit {count} Ereignis in {countries}.',
        other: 'Karte mit {count} Ereignissen in {countries}.',
      },
      mapOutside: {
        one: '{count} Ereignis außerhalb der Karte: {places}.',
        other: '{count} Ereignisse außerhalb der Karte: {places}.',
      },
      mapMorePlaces: { one: '{count} weiterer Ort', other: '{count} weitere Orte' },
    },
  },
};
