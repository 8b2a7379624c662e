import { describe, expect, inject, it } from 'vitest';

declare module 'vitest' {
  interface ProvidedContext {
    /** TZ of the Vitest run ('' when unset), from vitest.config.ts. */
    runTimeZone: string;
    /** The zone Node resolved for the run. */
    nodeTimeZone: string;
  }
}

/** "UTC" and "Etc/UTC" are one zone; ICU builds differ in which name they report. */
const canonical = (zone: string) => (/^(Etc\/)?(UTC|UCT|Universal|Zulu|GMT)$/.test(zone) ? 'UTC' : zone);

describe('the zone Chromium runs in', () => {
  // scripts/test.mjs runs the suite under TZ=UTC and again under TZ=America/Los_Angeles: a local-time leak
  // only shows when the browser really takes TZ from the environment, so a run that ignores it must fail.
  it('is the TZ the run was started with', () => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const runZone = inject('runTimeZone');
    expect(canonical(browserZone)).toBe(canonical(inject('nodeTimeZone')));
    if (runZone) expect(canonical(browserZone)).toBe(canonical(runZone));
  });

  it('shows the local clock of that zone (Date methods, not only Intl)', () => {
    const runZone = inject('runTimeZone') || inject('nodeTimeZone');
    const at = Date.UTC(2024, 6, 1, 12, 0);
    // The offset Intl gives for the zone, minutes east of UTC, against what Date's local-time methods use.
    const name = new Intl.DateTimeFormat('en-GB', { timeZone: runZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')!.value;
    const match = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name)!;
    const east = match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
    expect(0 - new Date(at).getTimezoneOffset()).toBe(east);
  });
});
