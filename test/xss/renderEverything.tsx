// Every component that shows a dataset, at once, for the hostile-input tests: the Timeline with everything on and
// an event selected, a second Timeline switched to its List view, and the rest beside them.
import { act, useMemo } from 'react';
import {
  Credits,
  DatasetIssues,
  EventDetail,
  EventList,
  EventTooltipContent,
  Legend,
  Timeline,
  Tooltip,
  VerticalTimeline,
} from '../../src/react/index';
import { buildEventListContext } from '../../src/react/components/eventListContext';
import type { SafeParseResult } from '../../src/schema/index';
import { en } from '../../src/i18n/index';
import { mountInBrowser } from '../browser/mountInBrowser';
import { settle } from './sentinel';

const noop = () => {};
const SELECTED_FALLBACK = 'e1';

function TooltipOf({ parsed, selectedId }: { parsed: SafeParseResult; selectedId: string }) {
  const { context } = useMemo(
    () => buildEventListContext(parsed.dataset, { locale: 'en-GB', messages: en, headingLevel: 3, idPrefix: 'x' }),
    [parsed],
  );
  const event = parsed.dataset.events.find((e) => e.id === selectedId) ?? parsed.dataset.events[0];
  if (!event) return null;
  return (
    <div className="fp-root" style={{ position: 'relative', width: 400, height: 200 }}>
      <Tooltip id="xss-tip" x={200} y={150}>
        <EventTooltipContent event={event} context={context} />
      </Tooltip>
    </div>
  );
}

/** Every component that shows a dataset, the Timeline with everything on and an event selected. */
export function Everything({
  parsed,
  selectedId = SELECTED_FALLBACK,
}: {
  parsed: SafeParseResult;
  selectedId?: string;
}) {
  const { dataset, issues } = parsed;
  return (
    <>
      <Timeline
        dataset={dataset}
        showFilters
        showIntensity
        showMap
        showLegend
        showCredits
        defaultSelectedId={selectedId}
        initialWidth={960}
      />
      <div data-xss="list-view">
        <Timeline dataset={dataset} showFilters initialWidth={960} />
      </div>
      <VerticalTimeline dataset={dataset} defaultSelectedId={selectedId} />
      <EventList dataset={dataset} />
      <EventDetail dataset={dataset} eventId={selectedId} onSelectEvent={noop} onClose={noop} />
      <Legend dataset={dataset} />
      <Credits dataset={dataset} />
      <DatasetIssues issues={issues} />
      <TooltipOf parsed={parsed} selectedId={selectedId} />
    </>
  );
}

/** Renders everything for one parsed dataset, switches the second Timeline to its List view, and waits for it to settle. */
export async function renderAll(parsed: SafeParseResult, selectedId?: string): Promise<HTMLElement> {
  const host = await mountInBrowser(<Everything parsed={parsed} selectedId={selectedId} />, { width: 1000 });
  const listSwitch = host.querySelector<HTMLButtonElement>('[data-xss="list-view"] button[aria-pressed]');
  if (listSwitch) await act(async () => listSwitch.click());
  await settle();
  return host;
}
