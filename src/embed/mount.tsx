import { createRoot, type Root } from 'react-dom/client';
import { safeParseDataset } from '../schema/index';
import { Timeline } from '../react/components/Timeline';
import { DatasetIssues } from '../react/components/DatasetIssues';
import type { EmbedError, EmbedHandle, EmbedOptions } from './embedOptions';
import { adoptStyles } from './adoptStyles';

/**
 * Renders a Timeline into `element` (React included in the embed script). Contract version: the embed
 * helper owns the full behaviour (loading and error states, lazy mounting, custom element); this is the shape.
 */
export function mount(element: HTMLElement, initial: EmbedOptions): EmbedHandle {
  let options: EmbedOptions = { ...initial };
  let root: Root | null = createRoot(element);
  const releaseStyles = adoptStyles(element);
  let fetchController: AbortController | null = null;

  const report = (error: EmbedError) => {
    console.error(`Flashpoint: ${error.message}`, error.cause ?? '');
    options.onError?.(error);
  };

  const render = (data: unknown) => {
    if (!root) return;
    const { dataset, issues } = safeParseDataset(data);
    root.render(
      <>
        <Timeline
          dataset={dataset}
          theme={options.theme}
          locale={options.locale}
          timeZone={options.timeZone}
          timeDisplay={options.timeDisplay}
          calendar={options.calendar}
          numberingSystem={options.numberingSystem}
          dir={options.dir}
          axisDirection={options.axisDirection}
          showFilters={options.showFilters}
          showIntensity={options.showIntensity}
          showMap={options.showMap}
          showLegend={options.showLegend}
          showCredits={options.showCredits}
          syncHash={options.syncHash}
          defaultSelectedId={options.selectedId}
          headingLevel={options.headingLevel}
        />
        {issues.length > 0 ? <DatasetIssues issues={issues} locale={options.locale} /> : null}
      </>,
    );
  };

  const load = () => {
    if (options.data !== undefined) return render(options.data);
    if (!options.src) return report({ kind: 'parse', message: 'no data: give `data` or `src`' });
    fetchController?.abort();
    const controller = new AbortController();
    fetchController = controller;
    fetch(options.src, { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((data) => {
        if (!controller.signal.aborted) render(data);
      })
      .catch((cause: unknown) => {
        if (!controller.signal.aborted) report({ kind: 'fetch', message: `could not load ${options.src}`, cause });
      });
  };

  load();
  return {
    update(next) {
      if (!root) return;
      const srcChanged = next.src !== undefined && next.src !== options.src;
      options = { ...options, ...next };
      if (next.data !== undefined || srcChanged) load();
      else load();
    },
    destroy() {
      fetchController?.abort();
      root?.unmount();
      root = null;
      releaseStyles();
    },
  };
}
