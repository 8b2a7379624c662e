import type { CSSProperties } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { escalation2023 } from '../src/datasets/index';
import { EventList, Legend, Timeline } from '../src/react/index';
import { createTheme } from '../src/theme/createTheme';
import { themes } from '../src/theme/presets/index';
import { CategoryChecksTable } from './docs/CategoryChecksTable';
import { PUBLICATION_CATEGORIES, publicationDataset, publicationTheme } from './docs/publicationExample';
import { ThemeBuilder } from './docs/ThemeBuilder';

/**
 * Themes a publication makes: its own categories with their colours and shapes, themes nested inside one
 * another on one page, and a theme built with `createTheme` from a few tokens over a preset. Everything here
 * is a plain object and a `theme` prop; see Docs / Theme builder to make one.
 */
const meta = {
  title: 'Theming/Custom themes',
  component: Timeline,
  tags: ['autodocs'],
  args: { dataset: escalation2023, locale: 'en-GB', showCredits: false, syncHash: false },
  argTypes: { dataset: { control: false }, messages: { control: false }, theme: { control: false } },
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A newsroom's own categories: declared in the dataset, coloured and shaped by the theme. */
export const PublicationCategories: Story = {
  name: 'Publication categories',
  args: { dataset: publicationDataset, theme: publicationTheme },
  parameters: {
    docs: {
      description: {
        story:
          'The dataset declares `categories: [{ id: "ceasefire", label: "Ceasefire" }, …]` and files five events ' +
          'under them; the theme gives each a colour and a mark shape: `createTheme({ categories: { ceasefire: ' +
          '{ color: "#008e73", shape: CATEGORY_SHAPES.hexagon }, … } })`. The table is measured as the story ' +
          'renders, with the checks the unit tests run.',
      },
    },
  },
  render: (args) => (
    <>
      <Timeline {...args} />
      <CategoryChecksTable theme={publicationTheme} categories={PUBLICATION_CATEGORIES} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const mark = canvasElement.querySelector('.fp-mark[data-category="ceasefire"]');
    await expect(mark, 'a ceasefire mark is drawn').not.toBeNull();
    await expect(within(canvasElement).getAllByText('Ceasefire').length).toBeGreaterThan(0);
  },
};

const DARK_SECTION: CSSProperties = { padding: '1.5rem', borderRadius: '0.5rem' };
// The timeline wide enough for its horizontal layout, the legend and list beside it; stacked when narrow.
const SIDE_BY_SIDE: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: '1.5rem', alignItems: 'flex-start' };
const NESTED_DATASET = { ...escalation2023, title: `${escalation2023.title} (broadsheet, inside a dark section)` };

/** A dark section of the page holding a broadsheet timeline, and a legend and list in high contrast. */
export const NestedThemes: Story = {
  name: 'Nested themes',
  parameters: {
    controls: { disable: true },
    docs: {
      description: {
        story:
          'The section carries `data-fp-theme="dark"`; the Timeline inside has `theme="broadsheet"`, the Legend ' +
          'and EventList beside it `theme="highContrast"`. The last Legend has no theme of its own and takes the ' +
          "section's. Each graphic's theme stops at its own root: none leaks into its neighbours.",
      },
    },
  },
  render: (args) => (
    <section
      className="fp-root"
      data-fp-theme="dark"
      aria-labelledby="nested-themes-heading"
      style={DARK_SECTION}
      data-testid="dark-section"
    >
      <h2 id="nested-themes-heading" style={{ marginBlockStart: 0 }}>
        A dark page section
      </h2>
      <div style={SIDE_BY_SIDE}>
        <div style={{ flex: '2 1 36rem', minInlineSize: 0 }}>
          <Timeline
            {...args}
            dataset={NESTED_DATASET}
            theme="broadsheet"
            headingLevel={3}
            showLegend={false}
            initialWidth={600}
          />
        </div>
        <div style={{ flex: '1 1 18rem', minInlineSize: 0 }}>
          <Legend dataset={escalation2023} locale={args.locale} theme="highContrast" />
          <EventList
            dataset={escalation2023}
            locale={args.locale}
            theme="highContrast"
            headingLevel={4}
            heading="The first two events, in high contrast"
            pageSize={2}
          />
        </div>
      </div>
      <h3>The section&apos;s own theme</h3>
      <Legend dataset={escalation2023} locale={args.locale} items={['categories']} />
    </section>
  ),
  play: async ({ canvasElement }) => {
    const section = canvasElement.querySelector<HTMLElement>('[data-testid="dark-section"]')!;
    const background = (selector: string) => getComputedStyle(section.querySelector(selector)!).backgroundColor;
    const dark = getComputedStyle(section).backgroundColor;
    await expect(background('[data-fp="timeline"]'), 'the broadsheet timeline keeps its paper').not.toBe(dark);
    await expect(background('[data-fp="legend"][data-fp-theme="highContrast"]')).not.toBe(dark);
    await expect(background('[data-fp="legend"]:not([data-fp-theme])'), 'the plain legend takes the section').toBe(
      dark,
    );
  },
};

/** `createTheme` over the wire preset: a heading face, rounder corners and the publication's link colour. */
const newsroom = createTheme(
  {
    name: 'newsroom',
    colors: { link: '#8a1538' },
    font: { headingFamily: 'Georgia, "Times New Roman", serif', lineHeight: '1.55' },
    radius: { small: '3px', medium: '8px', large: '12px' },
  },
  themes.wire,
);

export const CreateTheme: Story = {
  name: 'createTheme over wire',
  args: {
    theme: newsroom,
    dataset: { ...escalation2023, title: `${escalation2023.title} (createTheme over wire)` },
    showFilters: true,
  },
  parameters: {
    docs: {
      description: {
        story:
          "```ts\nconst newsroom = createTheme(\n  {\n    name: 'newsroom',\n    colors: { link: '#8a1538' },\n" +
          "    font: { headingFamily: 'Georgia, \"Times New Roman\", serif', lineHeight: '1.55' },\n" +
          "    radius: { small: '3px', medium: '8px', large: '12px' },\n  },\n  themes.wire,\n);\n```\n" +
          'Everything the partial does not say comes from `themes.wire`; the link colour reaches 8.3:1 on every ' +
          'surface it is drawn on.',
      },
    },
  },
};

/** The builder of Docs / Theme builder, as a story so axe checks its controls. */
export const Builder: Story = {
  name: 'Theme builder',
  parameters: { controls: { disable: true } },
  render: () => <ThemeBuilder />,
};
