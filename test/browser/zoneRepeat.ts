import { inject } from 'vitest';

declare module 'vitest' {
  interface ProvidedContext {
    /** True in `npm test`'s runs after the first zone (vitest.config.ts, from FLASHPOINT_ZONE_REPEAT). */
    zoneRepeat: boolean;
  }
}

/**
 * `npm test` runs the whole suite once per zone. Files whose outcome cannot depend on the zone and that take
 * minutes (the 200-round leak test, the XSS corpus) run in the first zone only: skipped, and counted as skipped,
 * in the others. Alone (`npm run test:browser`, `vitest run`) they always run.
 */
export const zoneIndependentRepeat: boolean = inject('zoneRepeat') === true;
