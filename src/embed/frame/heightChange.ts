/** Sub-pixel rounding and scrollbars make heights wobble by a pixel; a host resized on each wobble can loop. */
const JITTER_PX = 1;

/** Whether `next` is worth telling the host, given the height it was last told (null: never told). */
export function isHeightChange(last: number | null, next: number): boolean {
  if (!Number.isFinite(next) || next < 0) return false;
  return last === null || Math.abs(next - last) > JITTER_PX;
}
