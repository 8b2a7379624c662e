import type { Messages } from '../../i18n/messages';
import type { AxisDirection } from '../../layout/types';

export interface ZoomControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitAll: () => void;
  canZoomIn: boolean;
  canZoomOut: boolean;
  /** Move the view earlier or later (by a third of it): the single-pointer alternative to dragging. */
  onPanEarlier?: () => void;
  onPanLater?: () => void;
  canPanEarlier?: boolean;
  canPanLater?: boolean;
  /** Which way time runs on the axis: the arrows of Earlier and Later point where those times are. */
  axisDirection?: AxisDirection;
  messages: Pick<Messages, 'zoomIn' | 'zoomOut' | 'zoomFitAll' | 'panEarlier' | 'panLater'>;
}

const ARROW_LEFT = 'M6.5 3 1.5 8l5 5 1.4-1.4L5.3 9H14.5V7H5.3l2.6-2.6z';
const ARROW_RIGHT = 'M9.5 3l5 5-5 5-1.4-1.4L10.7 9H1.5V7h9.2L8.1 4.4z';

function Arrow({ path }: { path: string }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={path} />
    </svg>
  );
}

/**
 * Buttons for everything the wheel, pinch and drag do (WCAG 2.5.7: a single-pointer alternative), each
 * ≥ 24×24 px: zoom in and out, show all, and move earlier or later. "Earlier" always means earlier; its
 * arrow points right when the axis runs right to left, and the pair sits in the axis's order.
 */
export function ZoomControls(props: ZoomControlsProps) {
  const { onZoomIn, onZoomOut, onFitAll, canZoomIn, canZoomOut, messages, axisDirection = 'ltr' } = props;
  const earlierArrow = axisDirection === 'rtl' ? ARROW_RIGHT : ARROW_LEFT;
  const laterArrow = axisDirection === 'rtl' ? ARROW_LEFT : ARROW_RIGHT;
  return (
    <div className="fp-zoom">
      <button
        type="button"
        className="fp-button fp-zoom__in"
        onClick={onZoomIn}
        disabled={!canZoomIn}
        aria-label={messages.zoomIn}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M7 2h2v5h5v2H9v5H7V9H2V7h5z" />
        </svg>
      </button>
      <button
        type="button"
        className="fp-button fp-zoom__out"
        onClick={onZoomOut}
        disabled={!canZoomOut}
        aria-label={messages.zoomOut}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M2 7h12v2H2z" />
        </svg>
      </button>
      <button type="button" className="fp-button fp-zoom__fit" onClick={onFitAll} disabled={!canZoomOut}>
        {messages.zoomFitAll}
      </button>
      {props.onPanEarlier && props.onPanLater && (
        <span className="fp-pan" data-axis-direction={axisDirection}>
          <button
            type="button"
            className="fp-button fp-pan__earlier"
            onClick={props.onPanEarlier}
            disabled={props.canPanEarlier === false}
          >
            <Arrow path={earlierArrow} />
            {messages.panEarlier}
          </button>
          <button
            type="button"
            className="fp-button fp-pan__later"
            onClick={props.onPanLater}
            disabled={props.canPanLater === false}
          >
            {messages.panLater}
            <Arrow path={laterArrow} />
          </button>
        </span>
      )}
    </div>
  );
}
