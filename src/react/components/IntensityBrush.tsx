import { Brush, type BrushHandleRenderProps, type BrushProps } from '@visx/brush';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { createTimeScale } from '../../layout/createTimeScale';
import { useServerOrHydrating } from '../hooks/useServerOrHydrating';
import type { AxisDirection, Domain } from '../../layout/types';

export interface IntensityBrushProps {
  /** The span the chart covers, and the timeline's visible span inside it (the brushed window). */
  bounds: Domain;
  domain: Domain;
  width: number;
  /** Top and height of the area the brush covers, px. */
  top: number;
  height: number;
  /** Which way time runs: with "rtl" the window of [start, end] lies from x(end) on the left to x(start). */
  direction?: AxisDirection;
  /** Called while the window is dragged or resized, with a span inside the bounds. Absent: read-only. */
  onBrush?: (domain: Domain) => void;
  /** A click (no drag) at an instant: the single-pointer alternative to dragging. */
  onPick?: (time: number) => void;
}

type BrushRef = NonNullable<BrushProps['innerRef']>;

/** Narrower than this, a drag is a click that wobbled. */
const MIN_PX = 4;
/** A pointer that moved less than this between down and up clicked. */
const CLICK_SLOP = 4;
const HANDLE = 12;

function Handle({ x, y, width, height, className, isBrushActive }: BrushHandleRenderProps) {
  if (!isBrushActive) return null;
  const centre = x + width / 2;
  return (
    <g className={`fp-intensity__handle ${className}`}>
      <rect className="fp-intensity__handle-target" x={x} y={y} width={width} height={height} />
      <rect className="fp-intensity__grip" x={centre - 3} y={y + height / 2 - 10} width={6} height={20} rx={2} />
    </g>
  );
}

/**
 * The brushed window over the overview: the timeline's visible span. On the server and before hydration
 * it is a plain rectangle (visx's brush writes style attributes, which server HTML must not carry); in
 * the browser it is a @visx/brush that moves and resizes the span. The domain stays controlled: the brush
 * is moved to the `domain` prop whenever the reader is not dragging it.
 */
export function IntensityBrush(props: IntensityBrushProps) {
  const { bounds, domain, width, top, height, direction = 'ltr', onBrush, onPick } = props;
  const client = !useServerOrHydrating();
  const scale = useMemo(() => createTimeScale(bounds, width, direction), [bounds, width, direction]);
  // The brush works in px, left edge first: the domain's ends in whichever order the axis puts them.
  const a = scale(domain[0]);
  const b = scale(domain[1]);
  const x0 = Math.min(width, Math.max(0, Math.min(a, b)));
  const x1 = Math.min(width, Math.max(x0, a, b));
  const full = x0 <= 0.5 && x1 >= width - 0.5;
  if (!client || !onBrush) {
    return (
      <rect
        className="fp-intensity__window"
        data-full={full || undefined}
        x={x0}
        y={top}
        width={x1 - x0}
        height={height}
      />
    );
  }
  return (
    <LiveBrush
      scale={scale}
      bounds={bounds}
      x0={x0}
      x1={x1}
      full={full}
      width={width}
      top={top}
      height={height}
      onBrush={onBrush}
      onPick={onPick}
    />
  );
}

interface LiveBrushProps {
  scale: ReturnType<typeof createTimeScale>;
  bounds: Domain;
  x0: number;
  x1: number;
  full: boolean;
  width: number;
  top: number;
  height: number;
  onBrush: (domain: Domain) => void;
  onPick: ((time: number) => void) | undefined;
}

function LiveBrush({ scale, bounds, x0, x1, full, width, top, height, onBrush, onPick }: LiveBrushProps) {
  const brushRef: BrushRef = useRef(null);
  const dragging = useRef(false);
  const down = useRef<{ x: number; y: number } | null>(null);
  const [resync, setResync] = useState(0);
  const yScale = useMemo(() => scaleLinear().domain([0, height]).range([0, height]), [height]);

  // Put the window where the domain says, unless the reader is moving it.
  useEffect(() => {
    const brush = brushRef.current;
    if (!brush || dragging.current) return;
    const extent = brush.state.extent;
    if (Math.abs(extent.x0 - x0) < 0.5 && Math.abs(extent.x1 - x1) < 0.5) return;
    brush.updateBrush((previous) => ({
      ...previous,
      start: { x: x0, y: 0 },
      end: { x: x1, y: height },
      extent: { x0, x1, y0: 0, y1: height },
    }));
  }, [x0, x1, height, resync]);

  const handleChange = useCallback(() => {
    const extent = brushRef.current?.state.extent;
    if (!extent || extent.x0 < 0) {
      // Cleared (a click on the overlay, a double click): show the domain again once the pointer is up.
      if (!dragging.current) setResync((n) => n + 1);
      return;
    }
    if (!dragging.current) return;
    const a = Math.max(0, Math.min(extent.x0, extent.x1));
    const b = Math.min(width, Math.max(extent.x0, extent.x1));
    if (b - a < MIN_PX || (Math.abs(a - x0) < 0.5 && Math.abs(b - x1) < 0.5)) return;
    // On a reversed axis the left edge is the later instant: sort, so the span is always [start, end].
    const ta = scale.invert(a).getTime();
    const tb = scale.invert(b).getTime();
    const start = Math.max(bounds[0], Math.min(ta, tb));
    const end = Math.min(bounds[1], Math.max(ta, tb));
    if (end > start) onBrush([start, end]);
  }, [width, x0, x1, bounds, scale, onBrush]);

  const handleEnd = useCallback(() => {
    dragging.current = false;
    setResync((n) => n + 1);
  }, []);

  const onPointerDown = (event: PointerEvent<SVGGElement>) => {
    dragging.current = true;
    down.current = { x: event.clientX, y: event.clientY };
  };
  const onClick = (event: MouseEvent<SVGGElement>) => {
    const start = down.current;
    down.current = null;
    dragging.current = false;
    if (!onPick || !start) return;
    if (Math.abs(event.clientX - start.x) > CLICK_SLOP || Math.abs(event.clientY - start.y) > CLICK_SLOP) return;
    const svg = event.currentTarget.ownerSVGElement;
    const box = svg?.getBoundingClientRect();
    if (!box || !(box.width > 0)) return;
    const x = ((event.clientX - box.left) * width) / box.width;
    onPick(scale.invert(Math.min(width, Math.max(0, x))).getTime());
  };

  return (
    // A pointer-only enhancement: the same spans are reachable with the keyboard (the range inputs under
    // the chart) and with single clicks (this onClick), so the group itself takes no focus.
    <g
      className="fp-intensity__brush"
      data-full={full || undefined}
      transform={`translate(0 ${top})`}
      onPointerDownCapture={onPointerDown}
      onPointerCancelCapture={handleEnd}
      onClick={onClick}
    >
      <Brush
        innerRef={brushRef}
        xScale={scale}
        yScale={yScale}
        width={width}
        height={height}
        handleSize={HANDLE}
        resizeTriggerAreas={['left', 'right']}
        brushDirection="horizontal"
        initialBrushPosition={{ start: { x: x0 }, end: { x: x1 } }}
        selectedBoxStyle={{ className: 'fp-intensity__window' }}
        renderBrushHandle={Handle}
        disableDraggingSelection={false}
        onChange={handleChange}
        onBrushEnd={handleEnd}
      />
    </g>
  );
}
