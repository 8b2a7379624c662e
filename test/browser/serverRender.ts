import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { BrowserCommand } from 'vitest/node';
import type { ServerRender } from '../ssr/renderServerHtml';

const run = promisify(execFile);

/** The zone the server renders in for the hydration tests; the browser runs in another (chromiumInZone). */
export const SERVER_TIME_ZONE = 'UTC';

/**
 * Renders hydration cases (test/ssr/hydrationCases.tsx) to HTML in a separate Node process with TZ=UTC, as a server
 * would, whatever zone the test run and the browser are in. `reactLine` '18…' runs it on React 18.3 (test/react18).
 */
export const renderOnServer: BrowserCommand<[names: string[], reactLine?: string]> = async (
  context,
  names,
  reactLine,
) => {
  const react18 = reactLine?.startsWith('18') ? ['--import', './test/ssr/useReact18.mjs'] : [];
  const { stdout, stderr } = await run(
    process.execPath,
    ['--import', 'tsx', ...react18, 'test/ssr/renderServerHtml.tsx', ...names],
    {
      cwd: context.project.config.root,
      env: { ...process.env, TZ: SERVER_TIME_ZONE },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { ...(JSON.parse(stdout) as ServerRender), stderr };
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    renderOnServer: (names: string[], reactLine?: string) => Promise<ServerRender & { stderr: string }>;
  }
}
