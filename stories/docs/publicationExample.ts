import { escalation2023 } from '../../src/datasets/index';
import type { Dataset } from '../../src/schema/dataset';
import { CATEGORY_SHAPES } from '../../src/theme/categoryShapes';
import { createTheme } from '../../src/theme/createTheme';

/** Categories a publication files some events under, beyond the five built-in ones. */
export const PUBLICATION_CATEGORIES = [
  { id: 'ceasefire', label: 'Ceasefire', description: 'Truces, pauses and announced halts to attacks' },
  { id: 'interception', label: 'Interception', description: 'Missiles and drones shot down before they hit' },
  { id: 'politics', label: 'Iraqi politics', description: "Decisions of Iraq's government and parliament" },
];

/** Which events of the bundled dataset move to the publication's categories. */
const MOVED: Record<string, string> = {
  'gaza-truce-lull': 'ceasefire',
  'kataib-hezbollah-suspends-attacks': 'ceasefire',
  'uss-carney-intercepts-houthi-launches': 'interception',
  'sudani-orders-pursuit-of-attackers': 'politics',
  'iraq-committee-end-coalition-mission': 'politics',
};

/** The escalation dataset as a publication that declares three categories of its own would file it. */
export const publicationDataset: Dataset = {
  ...escalation2023,
  title: `${escalation2023.title} (with the publication's own categories)`,
  categories: PUBLICATION_CATEGORIES,
  events: escalation2023.events.map((event) => (MOVED[event.id] ? { ...event, category: MOVED[event.id]! } : event)),
};

/**
 * The publication's theme: light, with a colour and a mark shape for each added category. The colours reach
 * 3.4:1 or more on the background, the cards and the phase bands, and stay 10 ΔE2000 or more from every other
 * category colour for normal vision, protanopia, deuteranopia and tritanopia (the story measures both).
 */
export const publicationTheme = createTheme({
  name: 'publication',
  categories: {
    ceasefire: { color: '#008e73', shape: CATEGORY_SHAPES.hexagon },
    interception: { color: '#a057f6', shape: CATEGORY_SHAPES.triangleUp },
    politics: { color: '#7f7b9b', shape: CATEGORY_SHAPES.star },
  },
});
