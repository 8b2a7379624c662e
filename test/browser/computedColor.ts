/** The rgb() a CSS colour computes to in this browser (`#ffffff` → `rgb(255, 255, 255)`, system colours included). */
export function computedColor(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
