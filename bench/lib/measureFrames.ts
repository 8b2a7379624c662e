// The interaction script, the same input for every library: 60 Ctrl + wheel zoom steps and 60 pan steps.
import type { Page } from 'playwright';
import type { Library } from './libraries';
import type { StepTiming } from './types';
import { TimedOut, withTimeout } from './withTimeout';

/** Zoom: in, out, in, (the pan), out; 15 steps each way, ×1.2 each, so at most ×15 (1.2^15) from the start. */
export const ZOOM_STEPS_PER_LEG = 15;
export const PAN_STEPS = 60;
/** One pan step, px: 30 steps one way and 30 back, within ±225 px of the middle of the plot. */
export const PAN_STEP_PX = 15;
/** One step that never finishes is a hang, not a slow frame. */
const STEP_CAP_MS = 15_000;

export interface Interaction {
  zoom: StepTiming[];
  pan: StepTiming[];
}

/**
 * Runs the script and fills `into` step by step (so a timeout keeps what was measured). Each step arms the page's
 * listener, sends one real input event through Playwright, and waits until the page has painted the response.
 */
export async function measureFrames(page: Page, library: Library, into: Interaction, capMs: number): Promise<void> {
  const deadline = Date.now() + capMs;
  const target = await page.evaluate(() => window.bench.target());
  if (!target) throw new Error('the element that takes wheel and drag is not visible');
  const step = async (type: string, input: () => Promise<void>, list: StepTiming[]) => {
    await page.evaluate((armed) => window.bench.arm(armed), type);
    await input();
    const remaining = deadline - Date.now();
    const cap = Math.min(STEP_CAP_MS, remaining);
    try {
      if (remaining <= 0) throw new TimedOut('', 0);
      list.push(
        await withTimeout(
          page.evaluate(() => window.bench.step()),
          cap,
          'one step',
        ),
      );
    } catch (error) {
      // Past the run's deadline, say so: that, not the step, is the cap that ran out.
      if (error instanceof TimedOut && cap < STEP_CAP_MS) throw new TimedOut('the zoom and pan steps', capMs);
      throw error;
    }
  };
  const zoomLeg = async (direction: 1 | -1) => {
    if (library.zoomInDeltaY === null) return;
    const deltaY = direction * library.zoomInDeltaY;
    await page.keyboard.down('Control');
    for (let i = 0; i < ZOOM_STEPS_PER_LEG; i++) await step('wheel', () => page.mouse.wheel(0, deltaY), into.zoom);
    await page.keyboard.up('Control');
  };

  await page.mouse.move(target.x, target.y);
  await zoomLeg(1);
  await zoomLeg(-1);
  await zoomLeg(1);
  if (library.pan === 'drag') {
    let x = target.x + (PAN_STEPS / 2) * (PAN_STEP_PX / 2);
    await page.mouse.move(x, target.y);
    await page.mouse.down();
    for (let i = 0; i < PAN_STEPS; i++) {
      x += i < PAN_STEPS / 2 ? -PAN_STEP_PX : PAN_STEP_PX;
      await step('pointermove', () => page.mouse.move(x, target.y), into.pan);
    }
    await page.mouse.up();
  } else {
    for (let i = 0; i < PAN_STEPS; i++) {
      const deltaX = i < PAN_STEPS / 2 ? PAN_STEP_PX : -PAN_STEP_PX;
      await step('wheel', () => page.mouse.wheel(deltaX, 0), into.pan);
    }
  }
  await page.mouse.move(target.x, target.y);
  await zoomLeg(-1);
}
