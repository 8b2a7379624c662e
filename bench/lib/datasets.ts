// One generated dataset per size (seed 1), written as each library's page loads it.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Dataset } from '../../src/schema/dataset';
import type { LibraryId } from './libraries';
import { toChronoItems, toVisData } from './peerItems';
import { OUT_DIR, OUT_URL_PATH } from './paths';

export const SEED = 1;

export interface CaseData {
  size: number;
  /** Events with an end (drawn as ranges). */
  ranges: number;
  /** First and last start, as in the data. */
  span: [string, string];
  /** URL path of each library's JSON, and its size in bytes. */
  files: Record<LibraryId, { path: string; bytes: number }>;
}

type Generate = (options: { count: number; seed: number }) => Dataset;

/** Writes the JSON for every library at this size; the data is built in Node so the pages only parse it. */
export async function writeCaseData(generateDataset: Generate, size: number): Promise<CaseData> {
  const dir = resolve(OUT_DIR, 'data');
  await mkdir(dir, { recursive: true });
  const dataset = generateDataset({ count: size, seed: SEED });
  const payloads: Record<LibraryId, unknown> = {
    flashpoint: dataset,
    'vis-timeline': toVisData(dataset),
    'react-chrono': toChronoItems(dataset),
  };
  const files = {} as CaseData['files'];
  for (const [library, payload] of Object.entries(payloads) as [LibraryId, unknown][]) {
    const text = JSON.stringify(payload);
    await writeFile(resolve(dir, `${library}-${size}.json`), text);
    files[library] = { path: `${OUT_URL_PATH}/data/${library}-${size}.json`, bytes: Buffer.byteLength(text) };
  }
  const events = dataset.events;
  return {
    size,
    ranges: events.filter((event) => event.end).length,
    span: [events[0]?.start ?? '', events.at(-1)?.start ?? ''],
    files,
  };
}
