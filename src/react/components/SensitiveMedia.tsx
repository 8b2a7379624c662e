import { useId, useState, type ReactNode } from 'react';

export interface SensitiveMediaProps {
  /** The warning in words, e.g. "Content warning: shows injured people". */
  warning: string;
  /** Words of the reveal button. */
  revealLabel: string;
  children: ReactNode;
}

/**
 * Media flagged as graphic: blurred, and hidden from assistive technology, until the reader chooses to
 * reveal it. Without JavaScript it simply stays blurred.
 */
export function SensitiveMedia({ warning, revealLabel, children }: SensitiveMediaProps) {
  const [revealed, setRevealed] = useState(false);
  const warningId = `fp-${useId().replace(/[^A-Za-z0-9_-]/g, '')}-warning`;
  return (
    <div className="fp-media__sensitive" data-revealed={revealed ? 'true' : 'false'}>
      {!revealed && (
        <div className="fp-media__veil">
          <p className="fp-media__warning-text" id={warningId}>
            {warning}
          </p>
          <button
            type="button"
            className="fp-media__reveal"
            aria-describedby={warningId}
            onClick={() => setRevealed(true)}
          >
            {revealLabel}
          </button>
        </div>
      )}
      <div className="fp-media__content" aria-hidden={revealed ? undefined : true} inert={!revealed}>
        {children}
      </div>
    </div>
  );
}
