import { NEW_BADGE_PATH } from './MarkNewBadge';

/** Under the graphic, while events are marked new: the spark and what it means ("New since …"). Not live. */
export function NewEventsKey({ text }: { text: string }) {
  return (
    <p className="fp-timeline__new">
      <svg
        className="fp-timeline__new-icon"
        viewBox="0 0 10 10"
        width="10"
        height="10"
        aria-hidden="true"
        focusable="false"
      >
        <path className="fp-mark__new-glyph" d={NEW_BADGE_PATH} />
      </svg>{' '}
      {text}
    </p>
  );
}
