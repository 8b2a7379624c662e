import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { escalation2023 } from '../src/datasets/index';
import { EventDetail, EventList, Timeline } from '../src/react/index';
import TimelineMeta, { FullStory } from './Timeline.stories';

const selectEvent = fn();
const closeDetail = fn();

const AXIS_CHOICE =
  'Time flows left → right by default, whatever the text direction (`axisDirection="ltr"`): it is how most ' +
  'Arabic, Persian and Hebrew newspapers draw time charts, and dates, digits and arrows keep the order readers ' +
  'know from maps and charts. The words, the toolbar and the list still run right to left. ' +
  '`axisDirection="rtl"` mirrors the axis (Hebrew Wikipedia does), and the arrow keys follow what the reader sees.';

/**
 * The escalation story in the editions Flashpoint ships catalogues for. Each edition pins its locale, digits,
 * zone and direction (the toolbar can still switch them). The dataset's own text (titles, names, sources) stays
 * as written: only Flashpoint's words, dates and numbers change.
 */
const meta = {
  title: 'Languages',
  component: Timeline,
  tags: ['autodocs'],
  // The full story as a news site runs it; without the URL hash, as several of these share one docs page.
  args: { ...TimelineMeta.args, ...FullStory.args, dataset: escalation2023, syncHash: false },
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Arabic, right to left, Arabic-Indic digits, Baghdad time. */
export const Arabic: Story = {
  name: 'Arabic (ar, Baghdad)',
  args: { locale: 'ar', numberingSystem: 'arab', dir: 'rtl', timeZone: 'Asia/Baghdad' },
  parameters: { docs: { description: { story: `Arabic-Indic digits (\`numberingSystem="arab"\`). ${AXIS_CHOICE}` } } },
};

/** Persian with Persian digits and Tehran time (+03:30 all year since 2022). */
export const Persian: Story = {
  name: 'Persian (fa-IR, Persian digits, Tehran)',
  args: { locale: 'fa-IR', numberingSystem: 'arabext', timeZone: 'Asia/Tehran' },
  parameters: {
    docs: {
      description: {
        story:
          'Persian digits (`numberingSystem="arabext"`) and the Gregorian calendar, so the axis ticks fall on the ' +
          'months they name ("Persian list" shows the Solar Hijri calendar). Direction comes from the locale. ' +
          AXIS_CHOICE,
      },
    },
  },
};

/** Hebrew, Jerusalem time. */
export const Hebrew: Story = {
  name: 'Hebrew (he-IL, Jerusalem)',
  args: { locale: 'he-IL', timeZone: 'Asia/Jerusalem' },
  parameters: { docs: { description: { story: `Latin digits, as Israeli papers print them. ${AXIS_CHOICE}` } } },
};

/** The same Arabic timeline twice: the default axis, then the mirrored one. */
export const ArabicAxisDirections: Story = {
  name: 'Arabic: axis left → right and mirrored',
  args: {
    locale: 'ar',
    numberingSystem: 'arab',
    timeZone: 'Asia/Baghdad',
    showFilters: false,
    // The intensity chart under each runs the way its timeline's axis does.
    showIntensity: true,
    showMap: false,
    showCredits: false,
  },
  parameters: { docs: { description: { story: AXIS_CHOICE } } },
  // Each graphic is a landmark named by its dataset's title: the titles say which axis is which.
  render: (args) => (
    <>
      <Timeline {...args} dataset={{ ...args.dataset, title: `${args.dataset.title} (axisDirection="ltr")` }} />
      <Timeline
        {...args}
        dataset={{ ...args.dataset, title: `${args.dataset.title} (axisDirection="rtl")` }}
        axisDirection="rtl"
      />
    </>
  ),
};

/** Persian dates in the Solar Hijri calendar, with Persian digits. */
export const PersianCalendarList: Story = {
  name: 'Persian list, Solar Hijri calendar',
  parameters: { controls: { disable: true } },
  render: () => (
    <EventList
      dataset={escalation2023}
      heading={escalation2023.title}
      locale="fa-IR"
      calendar="persian"
      numberingSystem="arabext"
      timeZone="Asia/Tehran"
    />
  ),
};

/** French: the list, with French words, dates and numbers. */
export const French: Story = {
  name: 'French list (fr-FR)',
  parameters: { controls: { disable: true } },
  render: () => <EventList dataset={escalation2023} heading={escalation2023.title} locale="fr-FR" />,
};

/** Spanish: the list, with Spanish words, dates and numbers. */
export const Spanish: Story = {
  name: 'Spanish list (es-ES)',
  parameters: { controls: { disable: true } },
  render: () => <EventList dataset={escalation2023} heading={escalation2023.title} locale="es-ES" />,
};

/** German: the list, with German words, dates and numbers. */
export const German: Story = {
  name: 'German list (de-DE)',
  parameters: { controls: { disable: true } },
  render: () => <EventList dataset={escalation2023} heading={escalation2023.title} locale="de-DE" />,
};

/** The Tower 22 attack in Arabic: competing figures, their status and who gives them, in Arabic words and digits. */
export const ArabicDetail: Story = {
  name: 'Arabic event detail',
  parameters: { controls: { disable: true } },
  render: () => (
    <EventDetail
      dataset={escalation2023}
      eventId="tower-22-drone-attack"
      locale="ar"
      numberingSystem="arab"
      timeZone="Asia/Baghdad"
      layout="panel"
      headingLevel={2}
      onSelectEvent={selectEvent}
      onClose={closeDetail}
    />
  ),
};
