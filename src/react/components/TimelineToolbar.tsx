import type { Messages } from '../../i18n/messages';
import type { AxisDirection } from '../../layout/types';
import type { TimelineZoom } from '../hooks/useTimelineZoom';
import { ZoomControls } from './ZoomControls';

export type LinkMode = 'all' | 'selected' | 'none';
export type TimelineView = 'graphic' | 'list';

export interface TimelineToolbarProps {
  view: TimelineView;
  onViewChange: (view: TimelineView) => void;
  linkMode: LinkMode;
  onLinkModeChange: (mode: LinkMode) => void;
  zoom: Pick<
    TimelineZoom,
    'zoomBy' | 'fitAll' | 'panBy' | 'canZoomIn' | 'canZoomOut' | 'canPanEarlier' | 'canPanLater'
  >;
  /** Which way time runs on the axis (the pan buttons' arrows follow it). */
  axisDirection?: AxisDirection;
  messages: Messages;
}

/** The pan buttons move the view by this share of its span. */
const PAN_SHARE = 1 / 3;

/** The Timeline's controls: zoom and pan buttons, which arrows to draw, and the List view switch. */
export function TimelineToolbar({
  view,
  onViewChange,
  linkMode,
  onLinkModeChange,
  zoom,
  axisDirection,
  messages,
}: TimelineToolbarProps) {
  return (
    <div className="fp-timeline__controls" role="group" aria-label={messages.timelineControls}>
      {view === 'graphic' && (
        <>
          <ZoomControls
            onZoomIn={() => zoom.zoomBy(2)}
            onZoomOut={() => zoom.zoomBy(0.5)}
            onFitAll={zoom.fitAll}
            canZoomIn={zoom.canZoomIn}
            canZoomOut={zoom.canZoomOut}
            onPanEarlier={() => zoom.panBy(-PAN_SHARE)}
            onPanLater={() => zoom.panBy(PAN_SHARE)}
            canPanEarlier={zoom.canPanEarlier}
            canPanLater={zoom.canPanLater}
            axisDirection={axisDirection}
            messages={messages}
          />
          <label className="fp-timeline__links">
            <span>{messages.linksLabel}</span>
            <select
              className="fp-select"
              value={linkMode}
              onChange={(event) => onLinkModeChange(event.target.value as LinkMode)}
            >
              <option value="all">{messages.linksAll}</option>
              <option value="selected">{messages.linksSelected}</option>
              <option value="none">{messages.linksNone}</option>
            </select>
          </label>
        </>
      )}
      <button
        type="button"
        className="fp-button fp-timeline__view"
        aria-pressed={view === 'list'}
        onClick={() => onViewChange(view === 'list' ? 'graphic' : 'list')}
      >
        {messages.listView}
      </button>
    </div>
  );
}
