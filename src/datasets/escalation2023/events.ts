import type { TimelineEventInput } from '../../schema/event';
import { events202310 } from './events-2023-10';
import { events202311 } from './events-2023-11';
import { events202312 } from './events-2023-12';
import { events2024 } from './events-2024';

/** The 33 researched events in time order; ids are the research notes' ids. */
export const events: TimelineEventInput[] = [...events202310, ...events202311, ...events202312, ...events2024];
