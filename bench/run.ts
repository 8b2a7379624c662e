// npm run bench: Flashpoint, vis-timeline and react-chrono on the same data in one headless Chromium run.
import { resolve } from 'node:path';
import type { Browser } from 'playwright';
import { startStaticServer } from '../test/e2e/staticServer';
import { parseBenchArgs } from './lib/args';
import { launchBrowser } from './lib/browser';
import { buildPages } from './lib/buildPages';
import { writeCaseData, type CaseData } from './lib/datasets';
import { describeEnvironment } from './lib/environment';
import { formatMs } from './lib/format';
import { targetsTable } from './lib/formatTables';
import { LIBRARIES } from './lib/libraries';
import { measureMemory, MEMORY_SIZE, type MemoryResult } from './lib/measureMemory';
import { measureSizes } from './lib/measureSizes';
import { OUT_DIR, ROOT } from './lib/paths';
import { assembleResults, type Caps } from './lib/results';
import { runCase, type RunRecord } from './lib/runCase';
import { waitForDist } from './lib/waitForDist';
import { writeResults } from './lib/writeResults';

const CAPS: Caps = { mountMs: 60_000, interactionMs: 120_000 };

const options = parseBenchArgs(process.argv.slice(2));
const started = Date.now();
const log = (text: string) => console.log(`[${Math.round((Date.now() - started) / 1000)} s] ${text}`);

await waitForDist();
const { generateDataset } = await import('flashpoint/datasets');
const libraries = LIBRARIES.filter((library) => options.libraries.includes(library.id));
const pages = await buildPages(libraries);
const runNotes = [...pages.values()].flatMap((page) => (page.note ? [page.note] : []));
const sizes = await measureSizes(options.libraries);
log('pages built, sizes measured');

const server = await startStaticServer();
let browser: Browser = await launchBrowser();
// Described now: dist/ may be rebuilt by the time the runs end.
const environment = describeEnvironment(browser.version());
const runs: RunRecord[] = [];
const datasets: CaseData[] = [];

for (const size of options.sizes) {
  const data = await writeCaseData(generateDataset, size);
  datasets.push(data);
  log(`${size} events: data written`);
  // What earlier runs of a case found that the later ones should not repeat (a mount or steps that timed out).
  const skipMount = new Map<string, string>();
  const skipInteraction = new Map<string, string>();
  for (let run = 1; run <= options.runs; run++) {
    for (const library of libraries) {
      const base = { library: library.id, size, run };
      const skipped = skipMount.get(library.id);
      if (skipped) {
        runs.push({ ...base, status: 'not run', note: skipped });
        continue;
      }
      const { record, browserOk } = await runCase(
        browser,
        {
          library,
          size,
          run,
          pageUrl: server.origin + pages.get(library.id)!.path,
          dataPath: data.files[library.id].path,
        },
        { ...CAPS, skipInteraction: skipInteraction.get(library.id) },
      );
      runs.push(record);
      const mount = record.mount
        ? `${formatMs(record.mount.firstPaintMs)} first paint`
        : `${record.status}: ${record.note}`;
      const steps = record.interaction ? `, steps ${record.interaction.status}` : '';
      log(`${library.id} ${size} run ${run}: ${mount}${steps}`);
      if (record.status !== 'ok')
        skipMount.set(library.id, `run ${run} ${record.status}, so the later runs were not run`);
      if (record.interaction && record.interaction.status !== 'ok' && record.interaction.status !== 'not run') {
        skipInteraction.set(library.id, `run ${run}'s steps ${record.interaction.status}`);
      }
      if (!browserOk) {
        log('the browser did not close a page: starting a new one');
        runNotes.push(
          `${library.id} at ${size} events, run ${run}: the page would not close, so Chromium was restarted`,
        );
        await browser.close().catch(() => undefined);
        browser = await launchBrowser();
      }
    }
  }
}

let memory: MemoryResult | undefined;
let memoryNote: string | undefined;
if (options.memory) {
  const data = datasets.find((d) => d.size === MEMORY_SIZE) ?? (await writeCaseData(generateDataset, MEMORY_SIZE));
  try {
    memory = await measureMemory(
      browser,
      server.origin + pages.get('flashpoint')!.path,
      data.files.flashpoint.path,
      CAPS.mountMs,
    );
    log(
      `memory: ${memory.flat ? 'flat' : 'NOT flat'}, ${memory.growthMb.toFixed(2)} MB over ${memory.baselineMb.toFixed(1)} MB`,
    );
  } catch (error) {
    memoryNote = error instanceof Error ? error.message : String(error);
    log(`memory: ${memoryNote}`);
  }
} else {
  memoryNote = 'not asked for (--no-memory, or Flashpoint left out)';
}

await browser.close();
await server.close();

const results = assembleResults({
  environment,
  options: { sizes: options.sizes, runs: options.runs, libraries: options.libraries, memory: options.memory },
  caps: CAPS,
  datasets,
  sizes,
  memory,
  memoryNote,
  runNotes,
  runs,
});
// Only a full run replaces the committed results; a quick one goes beside the built pages.
const written = await writeResults(results, options.complete ? resolve(ROOT, 'bench') : OUT_DIR);
console.log(`\n${targetsTable(results.targets)}\n`);
log(`wrote ${written.json} and ${written.markdown}`);
