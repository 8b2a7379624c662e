import type { DatasetInput } from '../../schema/dataset';

/**
 * Shaded periods derived from the record. They do not overlap: the first US strikes inside Iraq (21–22 Nov)
 * fall in the first wave, and the strikes in Iraq after the Gaza truce form the third period.
 */
export const phases: NonNullable<DatasetInput['phases']> = [
  {
    id: 'first-wave',
    title: 'First wave: attacks begin, US strikes in Syria',
    start: '2023-10-17',
    end: '2023-11-23',
    description:
      'From the first drone attacks on 17–18 Oct the US answered with strikes on IRGC-linked sites in eastern Syria, and, after the first ballistic missile attack on al-Asad, with its first strikes inside Iraq on 21–22 Nov.',
  },
  {
    id: 'gaza-truce',
    title: 'Gaza truce: attacks pause',
    start: '2023-11-24',
    end: '2023-12-01',
    description:
      'During the Israel–Hamas truce, reports said militia attacks on US forces in Iraq and Syria stopped for a time.',
  },
  {
    id: 'strikes-inside-iraq',
    title: 'Attacks resume; US strikes inside Iraq',
    start: '2023-12-02',
    end: '2024-01-27',
    description:
      "After the truce, attacks resumed and US strikes in Iraq widened, from Kataib Hezbollah sites to the killing of a Nujaba commander in Baghdad, and Iraq moved to end the coalition's presence.",
  },
  {
    id: 'after-tower-22',
    title: 'Tower 22 and the US response',
    start: '2024-01-28',
    end: '2024-02-08',
    description:
      'Three US soldiers were killed at Tower 22 in Jordan; Kataib Hezbollah announced a suspension of attacks, and the US struck more than 85 targets in Iraq and Syria and killed a Kataib Hezbollah commander in Baghdad.',
  },
];
