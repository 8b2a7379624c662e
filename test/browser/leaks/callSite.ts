// Where a listener, observer or timer was created, as a short "file:line" (the first frame in the project's own
// code, else the caller itself), so a failure can say which hook left it behind.

const OWN_CODE = /:\/\/[^/\s]+(?:\/[^\s)]*?)?\/((?:src|test)\/[^\s)?:]+)(?:\?[^\s):]*)?:(\d+)/;
const ANY_FILE = /\/([^/\s)?:]+)(?:\?[^\s):]*)?:(\d+):\d+\)?$/;
/** The counters' own frames. */
const COUNTERS = /\/test\/browser\/leaks\/(?:callSite|count\w+)\.ts/;
/** Vitest's runner and browser client: their timers and listeners come and go with each RPC call. */
const HARNESS = /\/@vitest\/|\/vitest\/dist\/|__vitest_browser__|\/@id\/vitest|\/__vitest__/;

export interface CallSite {
  /** "src/react/hooks/usePrinting.ts:25", or "react-dom_client.js:1234" when no project code is on the stack. */
  site: string;
  /** Called by Vitest itself: not the graphic's, never counted. */
  harness: boolean;
}

export function callSite(): CallSite {
  const frames = (new Error().stack ?? '')
    .split('\n')
    .slice(1)
    .filter((frame) => !COUNTERS.test(frame));
  const caller = frames[0]?.trim() ?? 'unknown';
  if (HARNESS.test(caller)) return { site: 'vitest', harness: true };
  for (const frame of frames) {
    const own = frame.includes('/node_modules/') ? null : OWN_CODE.exec(frame);
    if (own) return { site: `${own[1]}:${own[2]}`, harness: false };
  }
  const file = ANY_FILE.exec(caller);
  return { site: file ? `${file[1]}:${file[2]}` : caller, harness: false };
}
