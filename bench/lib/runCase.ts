// One run of one library at one size, in a fresh page: mount, heap, DOM, then the zoom and pan steps.
import type { Browser } from 'playwright';
import type { Library, LibraryId } from './libraries';
import { measureFrames, type Interaction } from './measureFrames';
import { loadData, measureMount, openPage } from './measureMount';
import type { MountTiming } from './types';
import { TimedOut, withTimeout } from './withTimeout';

export type RunStatus = 'ok' | 'timed out' | 'failed' | 'not run';

export interface RunRecord {
  library: LibraryId;
  size: number;
  run: number;
  /** Of the mount: when not "ok", nothing else was measured. */
  status: RunStatus;
  note?: string;
  mount?: MountTiming;
  heap?: { beforeMountMb: number; afterMountMb: number };
  /** Of the zoom and pan steps: the steps measured before a timeout or failure are kept. */
  interaction?: { status: RunStatus; note?: string } & Interaction;
}

export interface CaseCaps {
  mountMs: number;
  interactionMs: number;
  /** Skip the zoom and pan steps (an earlier run of the case timed out in them), with the reason. */
  skipInteraction?: string;
}

export interface RunTarget {
  library: Library;
  size: number;
  run: number;
  pageUrl: string;
  dataPath: string;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const statusOf = (error: unknown): RunStatus => (error instanceof TimedOut ? 'timed out' : 'failed');

/** Never throws: what could not be measured is recorded with its reason. `browserOk` is false when the page hung. */
export async function runCase(
  browser: Browser,
  target: RunTarget,
  caps: CaseCaps,
): Promise<{ record: RunRecord; browserOk: boolean }> {
  const record: RunRecord = { library: target.library.id, size: target.size, run: target.run, status: 'ok' };
  let opened: Awaited<ReturnType<typeof openPage>> | undefined;
  try {
    opened = await openPage(browser, target.pageUrl);
    await loadData(opened.page, target.dataPath);
    const { mount, heap } = await measureMount(opened.page, caps.mountMs);
    if (!mount) throw new TimedOut('the mount', caps.mountMs);
    record.mount = mount;
    if (heap) record.heap = heap;
  } catch (error) {
    record.status = statusOf(error);
    record.note = [describe(error), ...(opened?.errors ?? [])].join('; ');
  }
  if (record.status === 'ok' && opened) {
    const interaction: NonNullable<RunRecord['interaction']> = { status: 'ok', zoom: [], pan: [] };
    record.interaction = interaction;
    if (caps.skipInteraction) {
      interaction.status = 'not run';
      interaction.note = caps.skipInteraction;
    } else {
      try {
        await measureFrames(opened.page, target.library, interaction, caps.interactionMs);
      } catch (error) {
        interaction.status = statusOf(error);
        interaction.note = [describe(error), ...opened.errors].join('; ');
      }
    }
  }
  const browserOk = await withTimeout(opened?.context.close() ?? Promise.resolve(), 30_000, 'closing the page').then(
    () => true,
    () => false,
  );
  return { record, browserOk };
}
