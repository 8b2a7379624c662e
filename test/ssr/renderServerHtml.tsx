// Renders hydration cases the way a server would: `node --import tsx test/ssr/renderServerHtml.tsx <case>…`, run
// with TZ=UTC by the `renderOnServer` browser command. Prints one JSON object on stdout.
import { version } from 'react';
import { renderToString } from 'react-dom/server';
import { hydrationCases, type HydrationCase } from './hydrationCases';

export interface ServerRender {
  reactVersion: string;
  /** The zone Node ran in (the machine's clock, which nothing rendered should read). */
  timeZone: string;
  /** Whether any DOM global existed while rendering (it must not). */
  hadDom: boolean;
  html: Partial<Record<HydrationCase, string>>;
}

const names = process.argv.slice(2);
const unknown = names.filter((name) => !(name in hydrationCases));
if (unknown.length > 0) {
  console.error(`renderServerHtml: no case named ${unknown.join(', ')}`);
  process.exit(2);
}

const result: ServerRender = {
  reactVersion: version,
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  hadDom: typeof window !== 'undefined' || typeof document !== 'undefined',
  html: Object.fromEntries(names.map((name) => [name, renderToString(hydrationCases[name as HydrationCase]())])),
};
process.stdout.write(JSON.stringify(result));
