export interface VerticalGapProps {
  /** "3 weeks later", or the label over the undated events. */
  label: string;
  /** "gap": a compressed quiet stretch; "undated": where the events without a usable date begin. */
  kind: 'gap' | 'undated';
}

/** A break in the vertical timeline's rail, in words (plain text that assistive technology reads in order). */
export function VerticalGap({ label, kind }: VerticalGapProps) {
  return (
    <li className="fp-vertical__break" data-kind={kind} aria-hidden="false">
      <span className="fp-vertical__break-label">{label}</span>
    </li>
  );
}
