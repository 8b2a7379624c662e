import type { DatasetInput } from '../../schema/dataset';

/**
 * The people and groups the escalation2023 events name, normalised from the research notes' free-text actors.
 * Names are neutral; who attributes an attack to whom is said in each event, never implied by an actor id.
 */
export const actors: NonNullable<DatasetInput['actors']> = [
  {
    id: 'us-military',
    name: 'US military',
    shortName: 'US military',
    kind: 'military',
    country: 'United States',
    aliases: ['US Central Command', 'CENTCOM', 'Pentagon', 'US Department of Defense'],
    description: 'US forces acting in the events: air and drone strikes, interceptions, and Pentagon statements.',
  },
  {
    id: 'us-forces',
    name: 'US and coalition forces in the region',
    shortName: 'US forces',
    kind: 'military',
    country: 'United States',
    description:
      'US troops, coalition personnel and the bases hosting them in Iraq, Syria and Jordan, as the target of attacks.',
  },
  {
    id: 'us-government',
    name: 'US government',
    shortName: 'US govt',
    kind: 'government',
    country: 'United States',
    aliases: ['White House', 'National Security Council', 'State Department', 'US Embassy Baghdad'],
    description: 'The President, the White House and the State Department.',
  },
  {
    id: 'coalition',
    name: 'US-led international coalition',
    shortName: 'Coalition',
    kind: 'coalition',
    aliases: ['Global Coalition against Daesh', 'CJTF-OIR', 'Operation Inherent Resolve'],
    description:
      "The coalition against the Islamic State group whose advisers are based in Iraq at the government's invitation.",
  },
  {
    id: 'iri',
    name: 'Islamic Resistance in Iraq',
    shortName: 'IRI',
    kind: 'armed-group',
    country: 'Iraq',
    description:
      'An umbrella name under which Iran-aligned Iraqi militias claimed most of the attacks on US forces from October 2023.',
  },
  {
    id: 'kataib-hezbollah',
    name: 'Kataib Hezbollah',
    shortName: 'KH',
    kind: 'armed-group',
    country: 'Iraq',
    aliases: ["Kata'ib Hizballah"],
    description: 'Iran-aligned Iraqi armed group; units of it belong to the Popular Mobilization Forces.',
  },
  {
    id: 'nujaba',
    name: 'Harakat Hezbollah al-Nujaba',
    shortName: 'Nujaba',
    kind: 'armed-group',
    country: 'Iraq',
    aliases: ['Harakat al-Nujaba', 'HAN'],
    description: 'Iran-aligned Iraqi armed group; its Popular Mobilization Forces unit is the 12th Brigade.',
  },
  {
    id: 'tashkil-al-waritheen',
    name: 'Tashkil al-Waritheen',
    kind: 'armed-group',
    country: 'Iraq',
    description:
      'Name under which the first claim for the 17–18 Oct Harir attack was made, before the Islamic Resistance in Iraq claimed it (Washington Institute).',
  },
  {
    id: 'iran-aligned-militias',
    name: 'Iran-aligned militias (group not named)',
    shortName: 'Militias',
    kind: 'armed-group',
    description:
      'Used where a source names no specific group. US officials call them Iran-backed militias; each event says who attributes what.',
  },
  {
    id: 'pmf',
    name: 'Popular Mobilization Forces',
    shortName: 'PMF',
    kind: 'military',
    country: 'Iraq',
    aliases: ['Hashd al-Shaabi'],
    description: 'Iraqi state-sanctioned umbrella of armed groups, several of them aligned with Iran.',
  },
  {
    id: 'iraq-government',
    name: 'Government of Iraq',
    shortName: 'Iraq govt',
    kind: 'government',
    country: 'Iraq',
    aliases: ['Prime Minister Mohammed Shia al-Sudani'],
  },
  {
    id: 'iraqi-forces',
    name: 'Iraqi security forces',
    shortName: 'Iraqi forces',
    kind: 'military',
    country: 'Iraq',
  },
  {
    id: 'iran',
    name: 'Iran',
    kind: 'state',
    country: 'Iran',
    aliases: ['Supreme Leader Ali Khamenei', 'President Ebrahim Raisi'],
  },
  {
    id: 'irgc',
    name: 'Islamic Revolutionary Guard Corps',
    shortName: 'IRGC',
    kind: 'military',
    country: 'Iran',
    aliases: ['IRGC Quds Force'],
    description:
      "Iran's Revolutionary Guards, including the Quds Force; named by the US as users of the sites it struck.",
  },
  {
    id: 'hamas',
    name: 'Hamas',
    kind: 'armed-group',
    country: 'Palestinian territories',
  },
  {
    id: 'israel',
    name: 'Israel',
    kind: 'state',
    country: 'Israel',
  },
  {
    id: 'houthis',
    name: 'Houthis (Ansar Allah)',
    shortName: 'Houthis',
    kind: 'armed-group',
    country: 'Yemen',
  },
  {
    id: 'sdf',
    name: 'Syrian Democratic Forces',
    shortName: 'SDF',
    kind: 'armed-group',
    country: 'Syria',
    description: 'Kurdish-led force in northeast Syria, partnered with the US-led coalition.',
  },
];
