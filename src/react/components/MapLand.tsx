import { memo } from 'react';
import type { CountryFeature, MercatorComponent } from '../hooks/useWorldAtlas';

export interface MapLandProps {
  countries: readonly CountryFeature[];
  /** visx's Mercator, loaded lazily with the outlines (useWorldAtlas). */
  Mercator: MercatorComponent;
  /** d3-geo Mercator scale and translate, from fitMercator: the points use the same numbers. */
  scale: number;
  translate: [number, number];
  width: number;
  height: number;
}

/**
 * The countries as filled outlines, clipped to the map. Memoised: the paths are computed again only when the
 * outlines or the frame change, not on every hover or selection.
 */
export const MapLand = memo(function MapLand({ countries, Mercator, scale, translate, width, height }: MapLandProps) {
  return (
    <Mercator
      data={countries as CountryFeature[]}
      scale={scale}
      translate={translate}
      clipExtent={[
        [0, 0],
        [width, height],
      ]}
      digits={1}
    >
      {({ features }) => (
        <g className="fp-map-inset__land-layer">
          {features.map(({ feature, path, index }) =>
            path ? (
              <path
                key={`${String(feature.id ?? '')}-${index}`}
                className="fp-map-inset__land"
                d={path}
                data-country={String(feature.id ?? '')}
              />
            ) : null,
          )}
        </g>
      )}
    </Mercator>
  );
});
