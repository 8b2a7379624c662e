import type { DatasetInput } from '../../schema/dataset';
import { actors } from './actors';
import { aggregates } from './aggregates';
import { events } from './events';
import { phases } from './phases';
import { sources } from './sources';

/** The dataset as written, before parsing: for tests and tools that check it. */
export const escalation2023Input = {
  title: 'Attacks on US forces in Iraq, Syria and Jordan and the US response, October 2023 – February 2024',
  description:
    "Attacks by Iran-aligned militias on US forces in Iraq, Syria and Jordan and the US strikes that answered them, from the first drone attacks of 17–18 Oct 2023 to the killing of a Kataib Hezbollah commander in Baghdad on 7 Feb 2024, with the 7 Oct attack on Israel as context. Every figure is attributed to whoever gave it, and where sources disagree, on dates, places, tolls or who was responsible, the competing claims are shown side by side; attack counts are kept per counter, because the Pentagon counts only attacks on US facilities while think tanks and monitors also count claimed attacks. A headline in one seed article about a 'massive fire' at a US base in Iraq could not be verified and is not shown as an event.",
  updated: '2026-11-21',
  credit: 'Compiled by the Flashpoint project from official statements, wire reports and monitors; see sources.',
  language: 'en',
  timeZone: 'Asia/Baghdad',
  actors,
  phases,
  sources,
  events,
  aggregates,
} satisfies DatasetInput;
