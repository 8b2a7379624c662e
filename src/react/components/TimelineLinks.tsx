import type { LinkPath } from '../../layout/types';

export interface TimelineLinksProps {
  links: LinkPath[];
  /** Ids of events whose links are highlighted (the selected event). */
  highlightIds: ReadonlySet<string>;
  /** Unique per graphic, so two timelines on a page never share an arrowhead. */
  markerId: string;
}

/** Cause → response arrows. A link touching the selected event is drawn stronger; the rest recede. */
export function TimelineLinks({ links, highlightIds, markerId }: TimelineLinksProps) {
  return (
    <g className="fp-links" aria-hidden="true">
      <defs>
        <marker
          id={markerId}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path className="fp-links__head" d="M0 1L10 5L0 9z" />
        </marker>
      </defs>
      {links.map((link) => {
        const highlighted = highlightIds.has(link.fromId) || highlightIds.has(link.toId);
        return (
          <path
            key={link.id}
            className="fp-link"
            data-state={highlighted ? 'selected' : highlightIds.size > 0 ? 'dimmed' : 'idle'}
            data-link-type={link.type}
            data-from={link.fromId}
            data-to={link.toId}
            d={link.d}
            markerEnd={`url(#${markerId})`}
          />
        );
      })}
    </g>
  );
}
