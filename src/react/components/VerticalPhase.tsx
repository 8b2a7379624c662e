import type { Phase } from '../../schema/index';
import { text } from './safeData';

export interface VerticalPhaseProps {
  phase: Pick<Phase, 'id' | 'title' | 'description'>;
}

/** Where a phase of the story begins on the vertical timeline: its title, and its description if any. */
export function VerticalPhase({ phase }: VerticalPhaseProps) {
  const description = text(phase.description);
  return (
    <li className="fp-vertical__phase" data-phase-id={text(phase.id) || undefined}>
      {/* Text from data keeps its own direction (an English phase in an Arabic edition). */}
      <p className="fp-vertical__phase-title" dir="auto">
        {text(phase.title)}
      </p>
      {description && (
        <p className="fp-vertical__phase-description" dir="auto">
          {description}
        </p>
      )}
    </li>
  );
}
