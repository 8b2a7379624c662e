import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Timeline } from '../src/react/index';
import {
  coordinatesRemoved,
  extremeDates,
  millionCharTitle,
  mixedScripts,
  noEvents,
  oneEvent,
  relatedCycle,
  sameInstant,
} from '../test/fixtures/edgeDatasets';

/**
 * The edge cases of `docs/edge-cases.md`, each as the full `Timeline` shows it: what a dataset with nothing,
 * one thing, or odd things in it looks like. The datasets are in `test/fixtures/edgeDatasets.ts`; the browser
 * test `EdgeCases.browser.test.tsx` checks the same cases in every graphic.
 */
const meta = {
  title: 'Hardening/Edge cases',
  component: Timeline,
  tags: ['autodocs'],
  args: { dataset: oneEvent, locale: 'en-GB', showMap: true },
  argTypes: { dataset: { control: false }, messages: { control: false } },
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every event of the story's dataset is in the list under the graphic, in order. */
const listsEvery: Story['play'] = async ({ canvasElement, args }) => {
  const listed = [...canvasElement.querySelectorAll('ol[data-fp="event-list"] > li[data-event-id]')];
  await expect(listed.map((item) => item.getAttribute('data-event-id'))).toEqual(
    args.dataset.events.map((event) => event.id),
  );
};

/** No events: the axis still draws a day, and the list says there is nothing to show. */
export const NoEvents: Story = { args: { dataset: noEvents }, play: listsEvery };

/** One event: a mark in the middle of a short span. */
export const OneEvent: Story = { args: { dataset: oneEvent }, play: listsEvery };

/** Five events at the same minute: a zero-width span widened to the narrowest zoom; the marks stand side by side. */
export const SameInstant: Story = { args: { dataset: sameInstant }, play: listsEvery };

/** From 1 January 1000 to 31 December 9999, the supported range: the axis labels round years. */
export const ExtremeDates: Story = { args: { dataset: extremeDates }, play: listsEvery };

/**
 * A title and a summary of a million characters each, handed to the component without parsing (parsing would
 * shorten them). The label is cut after a few words; the list holds the whole text.
 */
export const MillionCharacterTitle: Story = {
  args: { dataset: millionCharTitle, showMap: false },
  play: async (context) => {
    await listsEvery(context);
    const label = context.canvasElement.querySelector('.fp-mark-label[data-event-id="huge"]');
    await expect(label?.textContent?.length ?? 0).toBeLessThan(200);
  },
};

/** Emoji, combining marks, and Arabic and Hebrew inside English and back: each label reads in its own direction. */
export const MixedScripts: Story = { args: { dataset: mixedScripts }, play: listsEvery };

/** A two-event and a three-event cycle of retaliation: parsing reports them; the graphic draws each link once. */
export const RelatedCycle: Story = { args: { dataset: relatedCycle }, play: listsEvery };

/** A place whose coordinates were NaN: parsing keeps the event and its place name, off the map. */
export const CoordinatesRemoved: Story = { args: { dataset: coordinatesRemoved }, play: listsEvery };
