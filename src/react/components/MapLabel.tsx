import type { PlacedMapLabel } from '../../layout/placeMapLabels';

const round = (value: number) => Math.round(value * 10) / 10;

/** A place or country name on the map, where placeMapLabels put it. Text from data is text. */
export function MapLabel({ label, className }: { label: PlacedMapLabel; className: string }) {
  return (
    <text className={className} x={round(label.x)} y={round(label.y)} textAnchor={label.anchor} dy="0.35em">
      {label.text}
    </text>
  );
}
