import type { Messages } from '../../i18n/messages';

export interface ZoomControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitAll: () => void;
  canZoomIn: boolean;
  canZoomOut: boolean;
  messages: Pick<Messages, 'zoomIn' | 'zoomOut' | 'zoomFitAll'>;
}

/** Buttons for everything the wheel and pinch do (WCAG 2.5.7: a single-pointer alternative), each ≥ 24×24 px. */
export function ZoomControls({ onZoomIn, onZoomOut, onFitAll, canZoomIn, canZoomOut, messages }: ZoomControlsProps) {
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
    </div>
  );
}
