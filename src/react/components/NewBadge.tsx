export interface NewBadgeProps {
  /** The word, in the component's language ("New"). */
  label: string;
  /** So a card's accessible name can start with it (aria-labelledby). */
  id?: string;
}

/** The "New" badge of a list item or card: a word in a box, so colour is never the only cue. */
export function NewBadge({ label, id }: NewBadgeProps) {
  return (
    <span className="fp-new-badge" id={id}>
      {label}
    </span>
  );
}
