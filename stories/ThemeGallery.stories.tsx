import type { CSSProperties } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { escalation2023 } from '../src/datasets/index';
import { Timeline } from '../src/react/index';
import { THEME_NAMES, type ThemeName } from '../src/theme/presets/index';
import { PRESET_DESCRIPTIONS } from './docs/presetDescriptions';

/**
 * The dataset with the preset's name in its title: each Timeline is a region named by its title, and regions
 * sharing a name (eight cards, and the stories below them on the docs page) leave a screen reader's landmark
 * list unable to tell them apart.
 */
function titledFor(name: ThemeName, where: string) {
  return { ...escalation2023, title: `${escalation2023.title} (${name} theme${where})` };
}

// Two cards side by side from about 1,200 px (each wide enough for the horizontal layout); one below.
const GRID: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 36rem), 1fr))',
  gap: '1.5rem',
  alignItems: 'start',
};
const CARD: CSSProperties = {
  margin: 0,
  padding: '1rem',
  border: '1px solid var(--fp-color-border)',
  borderRadius: 'var(--fp-radius-large)',
};
const CARD_HEADING: CSSProperties = { margin: 0, fontFamily: 'var(--fp-font-heading-family)', fontSize: '1.25rem' };
const CARD_NOTE: CSSProperties = { margin: '0.25rem 0 1rem', color: 'var(--fp-color-text-muted)' };

/** One preset's card: the card itself carries the theme (its own page colours), and so does the Timeline. */
function PresetCard({ name }: { name: ThemeName }) {
  const { title, description } = PRESET_DESCRIPTIONS[name];
  const headingId = `theme-gallery-${name}`;
  return (
    <article className="fp-root" data-fp-theme={name} data-preset={name} aria-labelledby={headingId} style={CARD}>
      <h2 id={headingId} style={CARD_HEADING}>
        {title} <code>theme=&quot;{name}&quot;</code>
      </h2>
      <p style={CARD_NOTE}>{description}</p>
      <Timeline
        dataset={titledFor(name, '')}
        theme={name}
        locale="en-GB"
        headingLevel={3}
        showLegend
        showCredits={false}
        initialWidth={560}
      />
    </article>
  );
}

/**
 * Every built-in preset on the escalation dataset, side by side: `theme="<name>"` on each Timeline (or
 * `data-fp-theme="<name>"` on any ancestor). The toolbar's Theme menu sets the page around them; each card keeps
 * its own. The publication presets (broadsheet, wire, digital) change type, spacing, corners and lines as well
 * as colour; every preset meets WCAG 2.2 AA (see Docs / Accessibility statement).
 */
const meta = {
  title: 'Theming/Gallery',
  component: Timeline,
  tags: ['autodocs'],
  args: {
    dataset: escalation2023,
    locale: 'en-GB',
    theme: 'light',
    showCredits: false,
    syncHash: false,
  },
  argTypes: {
    dataset: { control: false },
    messages: { control: false },
    theme: { control: 'select', options: THEME_NAMES },
  },
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every preset at once, two to a row on a wide screen. */
export const AllPresets: Story = {
  name: 'All presets',
  parameters: {
    controls: { disable: true },
    // Each card fixes its own theme, so the toolbar variants would check the same eight graphics again.
    axeMatrix: { defaultOnly: true },
  },
  render: () => (
    <div style={GRID} data-testid="theme-gallery">
      {THEME_NAMES.map((name) => (
        <PresetCard key={name} name={name} />
      ))}
    </div>
  ),
};

function presetStory(name: ThemeName): Story {
  return {
    name: PRESET_DESCRIPTIONS[name].title,
    args: { theme: name, dataset: titledFor(name, ', full width') },
    parameters: { docs: { description: { story: PRESET_DESCRIPTIONS[name].description } } },
  };
}

export const Light = presetStory('light');
export const Dark = presetStory('dark');
export const Auto = presetStory('auto');
export const HighContrast = presetStory('highContrast');
export const Print = presetStory('print');
export const Broadsheet = presetStory('broadsheet');
export const Wire = presetStory('wire');
export const Digital = presetStory('digital');
