import { useId, useMemo, useState } from 'react';
import { fromCsv } from '../../src/io/fromCsv';
import { fromTimelineJS } from '../../src/io/fromTimelineJS';
import { safeParseDataset } from '../../src/schema/safeParseDataset';
import { DatasetIssues, Timeline } from '../../src/react/index';
import { detectFormat, type ImportFormat } from './detectFormat';

export interface ImportWorkbenchProps {
  /** Text shown when the page opens (e.g. the spreadsheet template). */
  initialText?: string;
  /** IANA zone for dates written without an offset. */
  timeZone?: string;
}

const FORMAT_LABELS: Record<ImportFormat, string> = {
  csv: 'Spreadsheet CSV (Flashpoint template)',
  timelinejs: 'TimelineJS JSON',
  json: 'Flashpoint JSON',
};

function convert(text: string, format: ImportFormat, timeZone: string) {
  if (format === 'csv') return fromCsv(text, { title: 'Imported timeline', timeZone });
  if (format === 'timelinejs') return fromTimelineJS(text, { timeZone });
  return safeParseDataset(text);
}

/**
 * For graphics editors: paste or upload a CSV or TimelineJS file, see it drawn by Timeline with every
 * problem listed beside it, and download the converted Flashpoint JSON.
 */
export function ImportWorkbench({ initialText = '', timeZone = 'UTC' }: ImportWorkbenchProps) {
  const id = useId();
  const [text, setText] = useState(initialText);
  const [fileName, setFileName] = useState<string | undefined>(undefined);
  const [choice, setChoice] = useState<ImportFormat | 'auto'>('auto');
  const format = choice === 'auto' ? detectFormat(text, fileName) : choice;
  const result = useMemo(() => (text.trim() ? convert(text, format, timeZone) : null), [text, format, timeZone]);
  const json = useMemo(() => (result ? JSON.stringify(result.dataset, null, 2) : ''), [result]);
  // A data: URL needs no effect and no clean-up; datasets an editor pastes are small.
  const downloadUrl = json ? `data:application/json;charset=utf-8,${encodeURIComponent(json)}` : null;

  return (
    <div className="fp-root fp-import">
      <div className="fp-import__inputs">
        <label htmlFor={`${id}-text`}>Paste a CSV, TimelineJS or Flashpoint JSON file</label>
        <textarea
          id={`${id}-text`}
          rows={8}
          value={text}
          onChange={(event) => setText(event.target.value)}
          spellCheck={false}
        />
        <label htmlFor={`${id}-file`}>…or upload one</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            setFileName(file.name);
            setText(await file.text());
          }}
        />
        <label htmlFor={`${id}-format`}>Format</label>
        <select
          id={`${id}-format`}
          value={choice}
          onChange={(event) => setChoice(event.target.value as ImportFormat | 'auto')}
        >
          <option value="auto">Detect ({FORMAT_LABELS[format]})</option>
          <option value="csv">{FORMAT_LABELS.csv}</option>
          <option value="timelinejs">{FORMAT_LABELS.timelinejs}</option>
          <option value="json">{FORMAT_LABELS.json}</option>
        </select>
      </div>
      {result && (
        <>
          <p role="status">
            {result.dataset.events.length} events converted, {result.issues.length} problems.{' '}
            {downloadUrl && (
              <a href={downloadUrl} download="flashpoint-dataset.json">
                Download the Flashpoint JSON
              </a>
            )}
          </p>
          {result.issues.length > 0 && <DatasetIssues issues={result.issues} />}
          <Timeline dataset={result.dataset} locale="en-GB" headingLevel={2} />
        </>
      )}
    </div>
  );
}
