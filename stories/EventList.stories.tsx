import type { Meta, StoryObj } from '@storybook/react-vite';
import { escalation2023, generateDataset } from '../src/datasets/index';
import { DatasetIssues, EventList } from '../src/react/index';
import { emptyDataset, safeParseDataset, type Dataset } from '../src/schema/index';

/**
 * `EventList` is the accessible source of truth: every event as an `<ol>` in time order, with the place's
 * local time, casualty reports with their status in words, disputes, sources and in-page links between
 * related events. It is pure markup, so it also serves readers without JavaScript, print and search engines.
 */
const meta = {
  title: 'Components/EventList',
  component: EventList,
  tags: ['autodocs'],
  args: {
    dataset: escalation2023,
    heading: escalation2023.title,
    locale: 'en-GB',
    headingLevel: 3,
  },
  argTypes: {
    dataset: { control: false },
    messages: { control: false },
    heading: { control: 'text' },
    locale: { control: 'select', options: ['en-GB', 'en-US', 'ar-IQ', 'fa-IR', 'he-IL'] },
    timeZone: { control: 'select', options: [undefined, 'UTC', 'Asia/Baghdad', 'America/New_York'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
} satisfies Meta<typeof EventList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One event of the real dataset, with everything it refers to (actors, sources). */
function only(id: string): Dataset {
  const event = escalation2023.events.find((e) => e.id === id) ?? escalation2023.events[0];
  return { ...escalation2023, events: event ? [event] : [] };
}

/** The 2023–24 series of attacks on US forces in Iraq and Syria and the US responses, as sourced. */
export const FullDataset: Story = {};

/** One event on its own: related events outside the list are not linked. */
export const SingleEvent: Story = {
  args: { dataset: only('us-strikes-abu-kamal-oct-27'), heading: 'One event' },
};

/** A dataset with no events: the list says so, inside the list, so screen readers find it. */
export const Empty: Story = {
  args: { dataset: emptyDataset('No events yet'), heading: 'No events yet' },
};

/**
 * The drone that hit a US barracks but did not explode: sources disagree about the base, the date and the
 * injuries. Competing casualty reports sit side by side, each with its status and who gives it.
 */
export const DisputedEvent: Story = {
  args: { dataset: only('barracks-drone-fails-to-detonate'), heading: 'A disputed event' },
};

/** A deliberately broken dataset: what lenient parsing dropped or changed, and what it kept. */
const broken = safeParseDataset({
  title: 'A dataset with mistakes',
  timeZone: 'Asia/Baghdad',
  actors: [
    { id: 'militia', name: 'A militia' },
    { id: 'us', name: 'US forces' },
  ],
  sources: [
    {
      id: 'wire',
      outlet: 'A wire service',
      title: 'Drone hits base',
      date: '2023-10-26',
      url: 'https://example.com/a',
    },
    { id: 'bad-link', outlet: 'A bad link', url: 'javascript:alert(1)' },
  ],
  events: [
    {
      id: 'drone',
      start: '2023-10-26T05:00:00+03:00',
      precision: 'hour',
      title: 'Drone attack on a base',
      category: 'attack',
      actors: ['militia', 'ghost-group'],
      targets: ['us'],
      casualties: [{ injured: 1, status: 'reported', reportedBy: 'Two US officials', sources: ['wire'] }],
      sources: ['wire', 'bad-link'],
    },
    { id: 'impossible-day', start: '2023-10-32', title: 'A day that does not exist', category: 'attack' },
    { id: 'no-title', start: '2023-10-27', category: 'strike' },
    { id: 'no-offset', start: '2023-10-28T10:00', title: 'A time without an offset', category: 'strike' },
    {
      id: 'strike',
      start: '2023-10-27',
      title: 'Strike in response',
      category: 'strike',
      actors: ['us'],
      targets: ['militia'],
      related: [
        { type: 'retaliates_for', id: 'drone' },
        { type: 'responds_to', id: 'missing-event' },
      ],
    },
    { id: 'drone', start: '2023-10-29', title: 'Same id again', category: 'attack' },
    { id: 'statement', start: '2023-11', title: 'A statement', category: 'press-release' },
  ],
});

/** Lenient parsing: the list of issues (path and message) above the list of what still renders. */
export const LenientParse: Story = {
  args: { dataset: broken.dataset, heading: 'What still renders' },
  render: (args) => (
    <>
      <DatasetIssues issues={broken.issues} headingLevel={2} />
      <EventList {...args} />
    </>
  ),
};

let generated: Dataset | undefined;

/** 1,000 synthetic events (seed 7): the list stays plain markup at any size. */
export const Generated1000: Story = {
  args: { heading: '1,000 generated events' },
  // axe checks every node of ~30,000; collecting only violations (not passes) keeps it inside the test timeout.
  // The theme and right-to-left matrix (AxeMatrix.browser.test.tsx) checks the same markup in Full Dataset.
  parameters: { a11y: { options: { resultTypes: ['violations'] } }, axeMatrix: { defaultOnly: true } },
  render: (args) => {
    generated ??= generateDataset({ count: 1000, seed: 7 });
    return <EventList {...args} dataset={generated} />;
  },
};
