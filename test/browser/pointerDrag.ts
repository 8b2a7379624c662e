import { act } from 'react';

/**
 * A pointer drag across `surface` as Chromium would deliver it: each event goes to the element under the
 * pointer, x and y in px from the surface's top-left; ends with the click a real release produces.
 */
export async function dragAcross(surface: Element, fromX: number, toX: number, y = 50, steps = 5): Promise<void> {
  const box = surface.getBoundingClientRect();
  const point = (x: number) => ({ clientX: box.left + x, clientY: box.top + y });
  const fire = (type: string, x: number) => {
    const { clientX, clientY } = point(x);
    const target = document.elementFromPoint(clientX, clientY)!;
    target.dispatchEvent(
      new PointerEvent(type, {
        bubbles: true,
        cancelable: true,
        composed: true,
        clientX,
        clientY,
        pointerId: 1,
        pointerType: 'mouse',
        isPrimary: true,
        button: 0,
        buttons: type === 'pointerup' ? 0 : 1,
      }),
    );
    return target;
  };
  await act(async () => {
    fire('pointerdown', fromX);
  });
  for (let i = 1; i <= steps; i++) {
    await act(async () => {
      fire('pointermove', fromX + ((toX - fromX) * i) / steps);
    });
  }
  await act(async () => {
    const target = fire('pointerup', toX);
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...point(toX) }));
  });
}
