// The Tooltip as a host page uses it on its own: a trigger from useTooltip, the Tooltip with an event's content.
import { useMemo, useState } from 'react';
import { EventTooltipContent, Tooltip, useTooltip } from '../../../src/react/index';
import { buildEventListContext } from '../../../src/react/components/eventListContext';
import { en } from '../../../src/i18n/index';
import type { Dataset } from '../../../src/schema/index';

export function TooltipPlot({ dataset, eventId }: { dataset: Dataset; eventId: string }) {
  const tooltip = useTooltip({ closeDelay: 100 });
  const [anchor, setAnchor] = useState({ x: 0, y: 0 });
  const { context } = useMemo(
    () => buildEventListContext(dataset, { locale: 'en-GB', messages: en, headingLevel: 3, idPrefix: 'leak' }),
    [dataset],
  );
  const event = dataset.events.find((e) => e.id === eventId);
  const measure = (el: HTMLElement) => setAnchor({ x: el.offsetLeft + el.offsetWidth / 2, y: el.offsetTop });
  return (
    <div className="fp-root" style={{ position: 'relative', width: 400, height: 300 }}>
      <button
        type="button"
        data-trigger=""
        aria-label={event?.title}
        {...tooltip.getTriggerProps<HTMLButtonElement>(eventId, {
          onPointerEnter: (e) => measure(e.currentTarget),
          onFocus: (e) => measure(e.currentTarget),
        })}
        style={{ position: 'absolute', left: 150, top: 200, width: 24, height: 24 }}
      />
      {tooltip.openKey && event && (
        <Tooltip {...tooltip.tooltipProps} x={anchor.x} y={anchor.y}>
          <EventTooltipContent event={event} context={context} />
        </Tooltip>
      )}
    </div>
  );
}
